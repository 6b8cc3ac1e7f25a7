// Main-text extraction from news HTML, scored with the article-extraction-benchmark's own metric:
// 4-token shingles as a multiset, per-page precision and recall, corpus P and R the page means.
// Readability.js runs live in the same process on the same pages, so speed is compared like for like.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { clean } from '../../clean/index.js';
import type { Context } from '../../types/stages.js';
import type { Suite, SuiteResult } from '../types.js';

/** Python's `\w` under re.UNICODE: letters, digits (every numeric category) and the underscore. */
const WORD = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Shingles of `n` tokens as a multiset; a text of fewer than `n` tokens is one shingle. */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const out = new Map<string, number>();
  const count = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < count; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    if (key) out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export function pageCounts(truth: string, predicted: string): PageCounts {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const ct = t.get(key) ?? 0;
    const cp = p.get(key) ?? 0;
    tp += Math.min(ct, cp);
    fp += Math.max(0, cp - ct);
    fn += Math.max(0, ct - cp);
  }
  return { tp, fp, fn };
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

/** Corpus precision and recall are means over pages (pages with nothing to score are skipped). */
export function corpusScore(pages: readonly PageCounts[]): Score {
  const ps: number[] = [];
  const rs: number[] = [];
  for (const { tp, fp, fn } of pages) {
    if (fp === 0 && fn === 0) {
      ps.push(1);
      rs.push(1);
      continue;
    }
    if (tp + fp > 0) ps.push(tp / (tp + fp));
    if (tp + fn > 0) rs.push(tp / (tp + fn));
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(ps);
  const recall = mean(rs);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

interface Page {
  id: string;
  url: string;
  html: string;
  truth: string;
}

function loadPages(dir: string): Page[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  return readdirSync(join(dir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.html\.gz$/, '');
      const html = gunzipSync(readFileSync(join(dir, 'html', f))).toString('utf8');
      return { id, url: truth[id]?.url ?? '', html, truth: truth[id]?.articleBody ?? '' };
    })
    .filter((p) => p.truth !== '');
}

interface Timed {
  out: string[];
  pagesPerSecond: number;
}

/**
 * Runs both extractors page by page, alternating, so a busy machine slows both alike and the
 * speed ratio stays fair; each side's time counts only its own calls.
 */
function timedPair(pages: readonly Page[], a: (p: Page) => string, b: (p: Page) => string): [Timed, Timed] {
  const outA: string[] = [];
  const outB: string[] = [];
  let msA = 0;
  let msB = 0;
  for (const p of pages) {
    let t0 = performance.now();
    outA.push(a(p));
    msA += performance.now() - t0;
    t0 = performance.now();
    outB.push(b(p));
    msB += performance.now() - t0;
  }
  const rate = (ms: number) => pages.length / Math.max(ms / 1000, 1e-9);
  return [
    { out: outA, pagesPerSecond: rate(msA) },
    { out: outB, pagesPerSecond: rate(msB) },
  ];
}

function ours(page: Page, ctx: Context): string {
  const outcome = clean(
    {
      id: page.id,
      input: page.url,
      kind: 'html',
      format: 'html',
      content: page.html,
      meta: { url: page.url },
    },
    ctx,
  );
  return outcome.status === 'ok' ? outcome.value.text : '';
}

function readabilityLive(page: Page): string {
  const { document } = parseHTML(page.html);
  return new Readability(document as unknown as Document).parse()?.textContent ?? '';
}

function scoreAgainst(pages: readonly Page[], predicted: readonly string[]): Score {
  return corpusScore(pages.map((p, i) => pageCounts(p.truth, predicted[i] ?? '')));
}

function publishedPeers(dir: string, pages: readonly Page[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const f of readdirSync(join(dir, 'peers')).filter((x) => x.endsWith('.json'))) {
    const bodies = JSON.parse(readFileSync(join(dir, 'peers', f), 'utf8')) as Record<
      string,
      { articleBody?: string }
    >;
    const s = scoreAgainst(
      pages,
      pages.map((p) => bodies[p.id]?.articleBody ?? ''),
    );
    out[`${f.replace(/\.json$/, '')} (published output, this metric)`] = { ...s };
  }
  return out;
}

/** Published F1 on the benchmark's 181 pages (the README's anchors). */
const ANCHORS: Record<string, number> = {
  rs_trafilatura: 0.97,
  'trafilatura 2.0': 0.958,
  newspaper4k: 0.949,
  'Readability.js': 0.947,
  goose3: 0.896,
  'all visible text': 0.665,
};

const suite: Suite = {
  name: 'extraction',
  description: 'main text from news HTML (article-extraction-benchmark, 4-token shingle P/R/F1)',
  dataPath: 'extraction',
  async run(dataDir: string, ctx: Context): Promise<SuiteResult> {
    const dir = join(dataDir, 'extraction');
    const pages = loadPages(dir);
    // Warm both paths (module loading, JIT) on one page so neither pays start-up in its timing.
    if (pages[0]) {
      ours(pages[0], ctx);
      readabilityLive(pages[0]);
    }
    const [mine, live] = timedPair(pages, (p) => ours(p, ctx), readabilityLive);
    const score = scoreAgainst(pages, mine.out);
    const liveScore = scoreAgainst(pages, live.out);
    const peers: Record<string, Record<string, number>> = {
      ...publishedPeers(dir, pages),
      'Readability.js 0.6 over linkedom (live)': { ...liveScore, pagesPerSecond: live.pagesPerSecond },
    };
    for (const [name, f1] of Object.entries(ANCHORS)) peers[`${name} (published, 181 pages)`] = { f1 };
    return {
      metrics: {
        ...score,
        pagesPerSecond: mine.pagesPerSecond,
        speedVsReadability: mine.pagesPerSecond / live.pagesPerSecond,
        pages: pages.length,
      },
      peers,
      notes: [
        `${pages.length} pages; tokens = Unicode \\w+, 4-token shingles as a multiset, P and R averaged over pages`,
        'speedVsReadability = our pages/s ÷ live Readability.js pages/s, same process, same pages',
      ],
    };
  },
};

export default suite;
