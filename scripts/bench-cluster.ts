// Scale of the online clusterer: a stream of synthetic articles built from the ECB+ texts, at 10k
// and at 200k articles, timed per article. Features are extracted once from the 772 texts; each
// synthetic story takes one text, gives its names a story-specific spelling (new people and
// places), and each of its reports keeps a random ~70% of the features (like a shuffled rewrite).
// Stories start at a steady rate and their reports spread over three days, so expiry keeps the
// remembered window flat: the per-article time at 200k should stay within 1.5× of 10k.
// The machine is shared: compare sizes within one run, and read "last 10k" (the steady state at
// the stream's end) next to the whole-run average.
//   node --expose-gc --import tsx scripts/bench-cluster.ts [sizes…]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toAnalyzed } from '../src/cluster/adapt/articles.js';
import { type ArticleFeatures, articleFeatures, Clusterer } from '../src/cluster/index.js';
import { defaultConfig } from '../src/config/index.js';
import { evalDataDir } from '../src/eval/data.js';
import { rng } from './rng.js';

const REPORTS_PER_STORY = 8;
const STORIES_PER_DAY = 25;

function baseFeatures(): ArticleFeatures[] {
  const data = evalDataDir();
  if (!data) throw new Error('bench-cluster: ../shared/eval is not on this machine (set NEWSFUSE_SHARED)');
  const dir = join(data, 'clustering', 'ecbplus', 'docs');
  const ctx = {
    config: defaultConfig(),
    now: new Date('2026-01-01T00:00:00Z'),
    reporter: { skipped() {}, progress() {}, warn() {} },
  };
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => {
      const article = toAnalyzed(
        { name, text: readFileSync(join(dir, name), 'utf8') },
        { clean: null, analyze: null },
        ctx,
      );
      return articleFeatures(article, ctx.config.cluster);
    });
}

/** One report of the stream, before its features are made: small, so 200k of them fit easily. */
interface Planned {
  story: number;
  report: number;
  day: number;
  seed: number;
}

/** Report `r` of synthetic story `s`, from base text `base`. */
function report(base: ArticleFeatures, p: Planned): ArticleFeatures {
  const random = rng(p.seed);
  const weights = new Map<string, number>();
  const surfaces = new Map<string, string>();
  for (const [k, w] of base.weights) {
    if (random() < 0.3) continue;
    const key = k.startsWith('e:') || k.startsWith('n:') ? `${k}#${p.story}` : k;
    weights.set(key, w);
    surfaces.set(key, base.surfaces.get(k) ?? key);
  }
  const happening = { date: null, weekday: null, source: null };
  return { id: `s${p.story}r${p.report}`, weights, surfaces, happening, actors: [], day: p.day };
}

/** The stream's plan in arrival order: by day, shuffled within the day. */
function plan(size: number): Planned[] {
  const random = rng(size);
  const out: (Planned & { key: number })[] = [];
  for (let s = 0; out.length < size; s++) {
    for (let r = 0; r < REPORTS_PER_STORY && out.length < size; r++) {
      const day = 20_000 + Math.floor(s / STORIES_PER_DAY) + Math.floor(random() * 3);
      out.push({ story: s, report: r, day, seed: Math.floor(random() * 2 ** 32), key: day + random() });
    }
  }
  return out.sort((a, b) => a.key - b.key);
}

/** Features are made a chunk at a time outside the timer, so only placement is measured. */
function run(bases: readonly ArticleFeatures[], size: number) {
  const planned = plan(size);
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const clusterer = new Clusterer(defaultConfig().cluster);
  let ms = 0;
  let lastTenK = 0;
  for (let at = 0; at < planned.length; at += 1000) {
    const chunk = planned.slice(at, at + 1000).map((p) => report(bases[p.story % bases.length]!, p));
    const started = performance.now();
    for (const f of chunk) clusterer.place(f);
    const spent = performance.now() - started;
    ms += spent;
    if (at >= planned.length - 10_000) lastTenK += spent;
  }
  const stories = clusterer.groups().length;
  globalThis.gc?.();
  const heap = process.memoryUsage().heapUsed - heapBefore;
  return { ms, lastTenK, stories, heap };
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const bases = baseFeatures();
const results = (sizes.length > 0 ? sizes : [10_000, 200_000]).map((size) => {
  const r = run(bases, size);
  const perArticle = (r.ms * 1000) / size;
  console.log(
    `${String(size).padStart(7)} articles: ${perArticle.toFixed(1)} µs/article, ${Math.round((size * 1000) / r.ms)} articles/s, ` +
      `${r.stories} stories (${Math.ceil(size / REPORTS_PER_STORY)} made), heap ${(r.heap / 1e6).toFixed(0)} MB (${Math.round(r.heap / size)} B/article); ` +
      `last 10k: ${((r.lastTenK * 1000) / Math.min(size, 10_000)).toFixed(1)} µs/article`,
  );
  return perArticle;
});
if (results.length >= 2)
  console.log(`per-article time, largest / smallest: ${(results.at(-1)! / results[0]!).toFixed(2)}×`);
