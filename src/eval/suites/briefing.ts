// Every briefing says only what it can point back to: the whole pipeline runs over each labelled
// corpus (as plain inputs: the labels are not read) and the verifier checks every citation, quote
// occurrence, fact and timeline span, and that every summary sentence is verbatim and supported.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyAnalysis } from '../../brief/index.js';
import { runOnDocuments, runPipeline } from '../../pipeline.js';
import type { RawDocument } from '../../types/article.js';
import type { Context, Outcome } from '../../types/stages.js';
import type { Analysis } from '../../types/story.js';
import { repoRoot } from '../data.js';
import type { Suite, SuiteResult } from '../types.js';

interface Corpus {
  name: string;
  /** Null when the corpus is not on this machine. */
  run(dataDir: string, ctx: Context): Promise<Analysis> | null;
}

const folder = (name: string, paths: (dataDir: string) => string[]): Corpus => ({
  name,
  run: (dataDir, ctx) => {
    const dirs = paths(dataDir).filter((d) => existsSync(d));
    return dirs.length ? runPipeline(dirs, ctx).then((r) => r.analysis) : null;
  },
});

/** TempEval-3 documents carry their creation date, which anchors relative dates as in a feed. */
const tbaq: Corpus = {
  name: 'tempeval3',
  run: (dataDir, ctx) => {
    const file = join(dataDir, 'dates/tempeval3/tbaq.jsonl');
    if (!existsSync(file)) return null;
    const docs = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line, i): Outcome<RawDocument> => {
        const d = JSON.parse(line) as { id: string; dct: string; title: string | null; text: string };
        const meta = { title: d.title, published: d.dct, publishedFrom: 'feed' as const };
        return {
          status: 'ok',
          value: { id: `tbaq-${i}`, input: d.id, kind: 'jsonl', format: 'text', content: d.text, meta },
        };
      });
    return runOnDocuments(docs, ctx).then((r) => r.analysis);
  },
};

const CORPORA: Corpus[] = [
  folder('geneva', () => [join(repoRoot, 'examples/geneva-2022')]),
  folder('ecbplus', (d) => [join(d, 'clustering/ecbplus/docs')]),
  folder('polnear', (d) => [join(d, 'quotes/polnear/train/text'), join(d, 'quotes/polnear/dev/text')]),
  tbaq,
  folder('extraction', (d) => [join(d, 'extraction/html')]),
  folder('clough', (d) => [join(d, 'reuse/clough-stevenson')]),
];

async function run(dataDir: string, outer: Context): Promise<SuiteResult> {
  const metrics: Record<string, number> = {};
  const notes: string[] = [];
  // Labelled sets hold a few texts too short to be articles: counted in the notes, not printed.
  let skipped = 0;
  const ctx: Context = {
    ...outer,
    reporter: { ...outer.reporter, skipped: () => void skipped++, progress: () => {} },
  };
  let citations = 0;
  let problems = 0;
  let sentences = 0;
  for (const corpus of CORPORA) {
    const pending = corpus.run(dataDir, ctx);
    if (!pending) {
      notes.push(`${corpus.name}: not on this machine, skipped`);
      continue;
    }
    const analysis = await pending;
    const v = verifyAnalysis(analysis);
    citations += v.citations;
    sentences += v.sentences;
    problems += v.problems.length;
    metrics[`${corpus.name}_ok`] = v.ok ? 1 : 0;
    const cited = analysis.stories.reduce(
      (n, s) => n + s.summary.filter((x) => x.citations.length).length,
      0,
    );
    notes.push(
      `${corpus.name}: ${analysis.articles.length} articles, ${analysis.stories.length} stories, ${v.sentences} summary sentences (${cited} cited), ${v.citations} spans checked, ${v.problems.length} problems${v.problems[0] ? ` — first: ${v.problems[0]}` : ''}`,
    );
  }
  if (skipped) notes.push(`${skipped} inputs skipped by the pipeline (too short or not articles)`);
  metrics.citations_checked = citations;
  metrics.summary_sentences = sentences;
  metrics.problems = problems;
  metrics.verified_share = citations ? 1 - Math.min(problems, citations) / citations : 0;
  return { metrics, peers: {}, notes };
}

const suite: Suite = {
  name: 'briefing',
  description:
    'the verifier over briefings of every labelled corpus: every citation verbatim, every summary sentence supported',
  dataPath: '.',
  run,
};
export default suite;
