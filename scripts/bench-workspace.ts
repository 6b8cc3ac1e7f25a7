// The workspace as a growing archive: a stream of synthetic reports built from the ECB+ texts (8
// reports a story, each story's names respelled so it is a new happening with new people, reports
// spread over three days, 25 new stories a day) ingested batch after batch through the whole
// pipeline (`addDocuments`: clean, language, copies, placement, briefings, one commit per chunk).
// Per batch it prints the seconds, the CPU seconds of the process (every thread; steady when other
// work shares the machine, where wall time is not), articles/s, database bytes per article, the
// largest stored value and the peak RSS, then times the reads a desk makes on the result and (SQLite)
// breaks the bytes an article down by table and index. It runs the built package (dist/, as
// `newsfuse` runs for a user, with WordNet's tables prebuilt; `npm run build` first) unless --source
// is given, which runs the TypeScript sources through tsx: every batch's worker threads then compile
// them and derive WordNet's tables from the dictionary files again.
//   node --import tsx scripts/bench-workspace.ts [--articles 20000] [--batch 2000] [--pg-throwaway | --pg URL | --keep FILE] [--source]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { evalDataDir } from '../src/eval/data.js';
import { type PgServer, startPgServer } from '../src/store/fixtures/pg-server.js';
import type { RawDocument } from '../src/types/article.js';
import type { Context, Outcome } from '../src/types/stages.js';
import { rng } from './rng.js';

const source = process.argv.includes('--source');
const root = new URL(source ? '../src/' : '../dist/', import.meta.url);
const load = async <T>(path: string): Promise<T> => {
  try {
    return (await import(new URL(path, root).href)) as T;
  } catch (err) {
    console.error(
      `bench-workspace: cannot load ${new URL(path, root).pathname} (run \`npm run build\` first): ${err}`,
    );
    process.exit(1);
  }
};
const { defaultConfig } = await load<typeof import('../src/config/index.js')>('config/index.js');
const { setHeapGrowth } = await load<typeof import('../src/parallel/heap.js')>('parallel/heap.js');
const { openWorkspace } = await load<typeof import('../src/store/index.js')>('store/index.js');
const { addDocuments, storyBriefings } =
  await load<typeof import('../src/workspace/index.js')>('workspace/index.js');

const REPORTS_PER_STORY = 8;
const STORIES_PER_DAY = 25;

const SYLLABLES = ['ka', 'ro', 'mi', 'tes', 'van', 'lo', 'dur', 'en', 'sa', 'bel', 'ix', 'or', 'tu', 'na'];

/** A story-specific respelling of a name: the same story always spells it the same way. */
function respell(word: string, story: number): string {
  let n = story + 1;
  let tail = '';
  while (n > 0) {
    tail += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return word + tail;
}

function bases(): string[] {
  const data = evalDataDir();
  if (!data) throw new Error('bench-workspace: ../shared/eval is not on this machine (set NEWSFUSE_SHARED)');
  const dir = join(data, 'clustering', 'ecbplus', 'docs');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** Report `r` of story `s`: the base text with names respelled and about a fifth of its sentences left out. */
function report(base: string, story: number, r: number, day: number, seed: number): Outcome<RawDocument> {
  const random = rng(seed);
  const sentences = base.split(/(?<=[.!?])\s+/);
  const kept = sentences.filter((_, i) => i < 2 || random() > 0.2);
  const content = kept
    .join(' ')
    .replace(/\b[A-Z][a-z]{2,}\b/g, (w, at: number) => (at === 0 ? w : respell(w, story)));
  const id = `bench-s${story}r${r}`;
  const published = new Date(day * 86_400_000).toISOString().slice(0, 10);
  return {
    status: 'ok',
    value: {
      id,
      input: `${id}.txt`,
      kind: 'text',
      format: 'text',
      content,
      meta: { published, publishedFrom: 'feed', outlet: `Outlet ${r}` },
    },
  };
}

/** The stream in arrival order: by day, shuffled within the day. */
function* stream(texts: readonly string[], size: number): Generator<Outcome<RawDocument>> {
  const random = rng(size);
  const plan: { s: number; r: number; day: number; seed: number; key: number }[] = [];
  for (let s = 0; plan.length < size; s++)
    for (let r = 0; r < REPORTS_PER_STORY && plan.length < size; r++) {
      const day = 19_000 + Math.floor(s / STORIES_PER_DAY) + Math.floor(random() * 3);
      plan.push({ s, r, day, seed: Math.floor(random() * 2 ** 32), key: day + random() });
    }
  plan.sort((a, b) => a.key - b.key);
  for (const p of plan) yield report(texts[p.s % texts.length]!, p.s, p.r, p.day, p.seed);
}

const mb = (n: number) => (n / 1e6).toFixed(1);

/** Bytes an article of each table and index of a SQLite workspace (dbstat), largest first, all above 1%. */
function sqliteBreakdown(path: string, articles: number): string {
  const db = new Database(path, { readonly: true });
  try {
    const rows = db
      .prepare(
        'SELECT name, SUM(pgsize) AS bytes, SUM(unused) AS unused FROM dbstat GROUP BY name ORDER BY bytes DESC',
      )
      .all() as { name: string; bytes: number; unused: number }[];
    const total = rows.reduce((n, r) => n + r.bytes, 0);
    const per = (n: number) => Math.round(n / articles);
    return rows
      .filter((r) => r.bytes >= total / 100)
      .map((r) => `${r.name} ${per(r.bytes)} (${per(r.unused)} unused)`)
      .join(', ');
  } catch (e) {
    return `not available (${(e as Error).message})`;
  } finally {
    db.close();
  }
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const out = await fn();
  return [out, performance.now() - t];
}

async function main() {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '20000' },
      batch: { type: 'string', default: '2000' },
      pg: { type: 'string' },
      'pg-throwaway': { type: 'boolean', default: false },
      /** Keep the SQLite workspace at this path (to look at it afterwards). */
      keep: { type: 'string' },
      /** Run the TypeScript sources instead of the built package. */
      source: { type: 'boolean', default: false },
    },
  });
  const total = Number(values.articles);
  const batch = Number(values.batch);
  const texts = bases();
  const dir = mkdtempSync(join(tmpdir(), 'newsfuse-bench-ws-'));
  let server: PgServer | undefined;
  const path = values.pg || values['pg-throwaway'] ? null : (values.keep ?? join(dir, 'bench.db'));
  if (values['pg-throwaway']) server = await startPgServer();
  const target = path ?? values.pg ?? (await server!.database('bench'));
  const ws = await openWorkspace(target);
  const config = defaultConfig();
  // As `newsfuse ingest` sets it for its process (see src/parallel/heap.ts).
  setHeapGrowth(config.runtime.heapGrowthPercent);
  const ctx: Context = {
    config,
    now: new Date('2026-01-01T00:00:00Z'),
    reporter: { skipped() {}, progress() {}, warn() {} },
  };
  const docs = stream(texts, total);
  console.log(
    `workspace bench: ${total} articles in batches of ${batch} into ${path ? 'SQLite' : 'PostgreSQL'}, ${source ? 'TypeScript sources' : 'built package'}`,
  );
  console.log('   after | seconds | CPU s | articles/s | DB bytes/article | largest value | RSS MB (peak)');
  const firstPerArticle: number[] = [];
  const cpuPerArticle: number[] = [];
  try {
    for (let done = 0; done < total; done += batch) {
      const slice: Outcome<RawDocument>[] = [];
      for (let i = 0; i < batch; i++) {
        const next = docs.next();
        if (next.done) break;
        slice.push(next.value);
      }
      const cpu0 = process.cpuUsage();
      const [summary, ms] = await timed(() => addDocuments(slice, ws, ctx));
      const cpuUsed = process.cpuUsage(cpu0);
      const cpuS = (cpuUsed.user + cpuUsed.system) / 1e6;
      const stats = await ws.stats();
      const { bytes, largest } = await ws.storage();
      const rss = process.memoryUsage().rss;
      const peak = process.resourceUsage().maxRSS * 1024;
      firstPerArticle.push(ms / slice.length);
      cpuPerArticle.push(cpuS / slice.length);
      console.log(
        `${String(done + slice.length).padStart(8)} | ${(ms / 1000).toFixed(1).padStart(7)} | ${cpuS.toFixed(1).padStart(5)} | ${(slice.length / (ms / 1000)).toFixed(0).padStart(10)} | ` +
          `${Math.round(bytes / stats.articles)
            .toString()
            .padStart(
              16,
            )} | ${(largest.bytes / 1024).toFixed(1).padStart(7)} KB (${largest.where}) | ${mb(rss)} (${mb(peak)}); ${summary.added} added, ${stats.stories} stories; ms ${Object.entries(
            summary.timings,
          )
            .map(([k, v]) => `${k} ${Math.round(v)}`)
            .join(', ')}`,
      );
    }
    const ratio = firstPerArticle.at(-1)! / firstPerArticle[0]!;
    const cpuRatio = cpuPerArticle.at(-1)! / cpuPerArticle[0]!;
    console.log(
      `cost of the last batch / the first: ${ratio.toFixed(2)}× wall time, ${cpuRatio.toFixed(2)}× CPU time`,
    );
    const [page, listMs] = await timed(() => ws.listStories({ limit: 20 }));
    const [, nextMs] = await timed(() => ws.listStories({ limit: 20, cursor: page.next }));
    const [, oneMs] = await timed(() => ws.getBriefing(page.items[5]!.id));
    const [hits, searchMs] = await timed(() => ws.search({ q: 'police arrested', limit: 20 }));
    const [n, streamMs] = await timed(async () => {
      let count = 0;
      for await (const one of storyBriefings(ws)) count += one.stories.length;
      return count;
    });
    console.log(
      `reads: story list (20) ${listMs.toFixed(0)} ms, next page ${nextMs.toFixed(0)} ms, one briefing ${oneMs.toFixed(0)} ms, ` +
        `search ${searchMs.toFixed(0)} ms (${hits.items.length} hits); every briefing streamed: ${n} stories in ${(streamMs / 1000).toFixed(1)} s, peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB`,
    );
    if (path)
      console.log(`bytes/article by table and index: ${sqliteBreakdown(path, (await ws.stats()).articles)}`);
  } finally {
    await ws.close();
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
