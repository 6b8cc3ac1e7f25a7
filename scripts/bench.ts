// npm run bench: end-to-end speed and memory of newsfuse on ~1,600 real articles, next to raw
// wink-nlp (tokens, sentences, POS) reading the same texts in the same run. It runs the built
// package (dist/, as `newsfuse` runs for a user; `npm run build` first) unless --source is given,
// which runs the TypeScript sources through tsx and so also pays for compiling them in every thread.
// --workers N sets the worker threads (1: everything on this thread, which shows what the threads cost).
// --heap-growth P sets how far the heaps grow past what they held after a full collection, as the CLI
// does from `runtime.heapGrowthPercent` (default 50; 0: V8's own growth).
//   node --expose-gc --import tsx scripts/bench.ts [--json FILE] [--source] [--workers N] [--heap-growth P]
import { once } from 'node:events';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { evalDataDir } from '../src/eval/data.js';
import type { Context } from '../src/types/stages.js';

const args = process.argv.slice(2);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const root = new URL(args.includes('--source') ? '../src/' : '../dist/', import.meta.url);
const workersArg = args.includes('--workers') ? Number(args[args.indexOf('--workers') + 1]) : undefined;
if (workersArg !== undefined && !(Number.isInteger(workersArg) && workersArg >= 1)) {
  console.error('bench: --workers takes a whole number of threads, 1 or more');
  process.exit(2);
}
const load = async <T>(path: string): Promise<T> => {
  try {
    return (await import(new URL(path, root).href)) as T;
  } catch (err) {
    console.error(`bench: cannot load ${new URL(path, root).pathname} (run \`npm run build\` first): ${err}`);
    process.exit(1);
  }
};
const growthArg = args.includes('--heap-growth')
  ? Number(args[args.indexOf('--heap-growth') + 1])
  : undefined;
if (growthArg !== undefined && !(Number.isInteger(growthArg) && growthArg >= 0)) {
  console.error('bench: --heap-growth takes a whole percentage, 0 or more');
  process.exit(2);
}
const { defaultConfig } = await load<typeof import('../src/config/index.js')>('config/index.js');
const { setHeapGrowth } = await load<typeof import('../src/parallel/heap.js')>('parallel/heap.js');
const { WorkerPool } = await load<typeof import('../src/parallel/index.js')>('parallel/index.js');
const { analyzeAndSynthesize, readArticles } = await load<typeof import('../src/pipeline.js')>('pipeline.js');

const data = evalDataDir();
if (!data) {
  console.log('bench skipped: ../shared/eval is not on this machine (set NEWSFUSE_SHARED)');
  process.exit(0);
}
const folders = [join(data, 'clustering/ecbplus/docs'), join(data, 'quotes/polnear/train/text')];

const texts = folders.flatMap((d) =>
  readdirSync(d)
    .sort()
    .map((f) => readFileSync(join(d, f), 'utf8')),
);
/** When the briefings started (the first progress they report): the end of copies and placement. */
let briefStart: { at: number; cpu: NodeJS.CpuUsage } | undefined;
const defaults = defaultConfig();
// As the CLI sets it for its process (see src/parallel/heap.ts).
const heapGrowth = growthArg ?? defaults.runtime.heapGrowthPercent;
setHeapGrowth(heapGrowth);
const ctx: Context = {
  config: workersArg ? { ...defaults, runtime: { ...defaults.runtime, workers: workersArg } } : defaults,
  now: new Date('2026-01-01T00:00:00Z'),
  reporter: {
    skipped: () => {},
    progress: (stage) => {
      if (stage === 'brief') briefStart ??= { at: performance.now(), cpu: process.cpuUsage() };
    },
    warn: () => {},
  },
};
/** CPU seconds of the whole process (main and worker threads) since `start`. */
const cpuSince = (start: NodeJS.CpuUsage) => {
  const cpu = process.cpuUsage(start);
  return (cpu.user + cpu.system) / 1e6;
};
/** The annotations newsfuse's own reading asks wink for. */
const { WINK_PIPE: PIPE } = await load<typeof import('../src/nlp/index.js')>('nlp/index.js');
interface WinkTime {
  seconds: number;
  cpuSeconds: number;
}
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => bytes / 1024 / 1024;

/**
 * The raw read of the texts, twice: wink with all its annotations (the comparison this bench has
 * always made), and with only those newsfuse asks for (sentences and parts of speech, PIPE). Each
 * is timed after a warm-up run that loads the model and JIT-compiles its hot loops. They run on a
 * thread of their own that ends before newsfuse starts, so the memory figures below are newsfuse's
 * and not those of the wink instances made for the comparison.
 */
async function timeWink(): Promise<{ all: WinkTime; lean: WinkTime }> {
  const worker = new Worker(
    `
    const { parentPort, workerData } = require('node:worker_threads');
    const load = require('node:module').createRequire(workerData.from);
    const model = load('wink-eng-lite-web-model');
    const winkNLP = load('wink-nlp');
    const time = (pipe) => {
      const nlp = winkNLP(model, pipe);
      const its = nlp.its;
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      for (const t of workerData.texts) {
        const doc = nlp.readDoc(t);
        doc.tokens().out(its.value);
        doc.tokens().out(its.pos);
        doc.sentences().out(its.span);
      }
      const cpu = process.cpuUsage(cpu0);
      return { seconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
    };
    time();
    const all = time();
    time(workerData.pipe);
    parentPort.postMessage({ all, lean: time(workerData.pipe) });
    `,
    { eval: true, workerData: { texts, pipe: PIPE, from: import.meta.url } },
  );
  const [times] = (await once(worker, 'message')) as [{ all: WinkTime; lean: WinkTime }];
  await worker.terminate();
  return times;
}

async function timePipeline() {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const pool = WorkerPool.forRuntime(ctx.config.runtime);
  // Each stage's input is let go once the next stage has it: the bench keeps only counts.
  let { articles } = await readArticles(folders, ctx, pool);
  const count = articles.length;
  const t1 = performance.now();
  const c1 = cpuSince(cpu0);
  const analysis = analyzeAndSynthesize(articles, ctx, pool);
  articles = [];
  const stories = (await analysis).stories.length;
  await pool?.close();
  const t3 = performance.now();
  const c3 = cpuSince(cpu0);
  // The language stage with copies and placement beside it (on this thread), then the briefings.
  const t2 = briefStart?.at ?? t3;
  const c2 = briefStart ? (briefStart.cpu.user + briefStart.cpu.system - cpu0.user - cpu0.system) / 1e6 : c3;
  return {
    cpuSeconds: c3,
    stageCpuSeconds: { ingestClean: c1, languagePlace: c2 - c1, brief: c3 - c2 },
    articles: count,
    stories,
    seconds: {
      ingestClean: (t1 - t0) / 1000,
      languagePlace: (t2 - t1) / 1000,
      brief: (t3 - t2) / 1000,
      total: (t3 - t0) / 1000,
    },
  };
}

const winkTimes = await timeWink();
const { seconds: wink, cpuSeconds: winkCpu } = winkTimes.all;
const { seconds: winkLean, cpuSeconds: winkLeanCpu } = winkTimes.lean;
// The baseline: this process with newsfuse's modules loaded (its wink model among them), its
// garbage collected, before newsfuse starts.
gc?.();
const baselineMB = mb(process.memoryUsage().rss);
const run = await timePipeline();
const peakMB = process.resourceUsage().maxRSS / 1024;
const result = {
  texts: texts.length,
  articles: run.articles,
  stories: run.stories,
  winkSeconds: wink,
  winkCpuSeconds: winkCpu,
  pipelineCpuSeconds: run.cpuSeconds,
  pipelineStageCpuSeconds: run.stageCpuSeconds,
  winkArticlesPerSecond: texts.length / wink,
  /** The same read with only sentences and parts of speech, as newsfuse reads. */
  winkSentencesPosSeconds: winkLean,
  winkSentencesPosCpuSeconds: winkLeanCpu,
  pipelineSeconds: run.seconds,
  articlesPerSecond: run.articles / run.seconds.total,
  languagePlaceArticlesPerSecond: run.articles / run.seconds.languagePlace,
  ratioToWink: run.seconds.total / wink,
  ratioToWinkSentencesPos: run.seconds.total / winkLean,
  peakRssMB: peakMB,
  baselineRssMB: baselineMB,
  /** Peak RSS (all threads) over the baseline, per article. */
  memoryPerArticleKB: ((peakMB - baselineMB) * 1024) / Math.max(1, run.articles),
};
const f = (n: number, d = 1) => n.toFixed(d);
console.log(
  `newsfuse bench: ${result.texts} texts (ECB+ docs and PolNeAR train), ${ctx.config.runtime.workers > 1 ? `${ctx.config.runtime.workers} worker threads for the per-article stages and briefings` : 'everything on one thread'}, heap growth ${heapGrowth ? `${heapGrowth}%` : "V8's own"}, ${args.includes('--source') ? 'TypeScript sources' : 'built package'}`,
);
console.log(
  `  raw wink-nlp read, every annotation    ${f(wink, 2)} s   ${f(result.winkArticlesPerSecond, 0)} articles/s   CPU ${f(winkCpu, 2)} s`,
);
console.log(
  `  the same, sentences and POS only       ${f(winkLean, 2)} s   ${f(texts.length / winkLean, 0)} articles/s   CPU ${f(winkLeanCpu, 2)} s   (wink's entities, negation and sentiment left out, as newsfuse reads)`,
);
console.log(
  `  newsfuse end to end                    ${f(run.seconds.total, 2)} s   ${f(result.articlesPerSecond, 0)} articles/s   ${f(result.ratioToWink, 2)}× wink (${f(result.ratioToWinkSentencesPos, 2)}× the lean read)   CPU ${f(run.cpuSeconds, 1)} s (all threads, ${f(run.cpuSeconds / winkCpu, 1)}× the read's)`,
);
console.log(
  `    ingest + clean                       ${f(run.seconds.ingestClean, 2)} s   CPU ${f(run.stageCpuSeconds.ingestClean)} s`,
);
console.log(
  `    language; copies and stories beside  ${f(run.seconds.languagePlace, 2)} s   ${f(result.languagePlaceArticlesPerSecond, 0)} articles/s   CPU ${f(run.stageCpuSeconds.languagePlace)} s`,
);
console.log(
  `    briefings                            ${f(run.seconds.brief, 2)} s   (${run.stories} stories)   CPU ${f(run.stageCpuSeconds.brief)} s`,
);
console.log(
  `  peak RSS ${f(peakMB, 0)} MB (all threads); baseline ${f(baselineMB, 0)} MB with newsfuse loaded; memory per article ≈ ${f(result.memoryPerArticleKB, 0)} KB ((peak − baseline) / articles)`,
);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(result, null, 2));
