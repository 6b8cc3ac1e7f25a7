// Scale of the online clusterer: a stream of synthetic articles built from the ECB+ texts, at 10k
// and at 200k articles, timed per article. Features are extracted once from the 772 texts; each
// synthetic story takes one text, gives its names a story-specific spelling (new people and
// places), and each of its reports keeps a random ~70% of the features (like a shuffled rewrite).
// Stories start at a steady rate and their reports spread over three days, so expiry keeps the
// remembered window flat: the per-article time at 200k should stay within 1.5× of 10k.
//   node --expose-gc --import tsx scripts/bench-cluster.ts [sizes…]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toAnalyzed } from '../src/cluster/adapt/articles.js';
import { type ArticleFeatures, articleFeatures, Clusterer } from '../src/cluster/index.js';
import { defaultConfig } from '../src/config/index.js';
import { evalDataDir } from '../src/eval/data.js';

const REPORTS_PER_STORY = 8;
const STORIES_PER_DAY = 25;

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

/** Report `r` of synthetic story `s`, from base text `base`. */
function report(base: ArticleFeatures, s: number, r: number, random: () => number): ArticleFeatures {
  const weights = new Map<string, number>();
  const surfaces = new Map<string, string>();
  for (const [k, w] of base.weights) {
    if (random() < 0.3) continue;
    const key = k.startsWith('e:') || k.startsWith('n:') ? `${k}#${s}` : k;
    weights.set(key, w);
    surfaces.set(key, base.surfaces.get(k) ?? key);
  }
  const day = 20_000 + Math.floor(s / STORIES_PER_DAY) + Math.floor(random() * 3);
  return {
    id: `s${s}r${r}`,
    weights,
    surfaces,
    happening: { date: null, weekday: null, source: null },
    actors: [],
    day,
  };
}

function stream(bases: readonly ArticleFeatures[], size: number): ArticleFeatures[] {
  const random = rng(size);
  const out: ArticleFeatures[] = [];
  for (let s = 0; out.length < size; s++) {
    for (let r = 0; r < REPORTS_PER_STORY && out.length < size; r++)
      out.push(report(bases[s % bases.length]!, s, r, random));
  }
  // Arrival order: by day, shuffled within the day.
  const key = new Map(out.map((f) => [f.id, (f.day ?? 0) + random()]));
  return out.sort((a, b) => key.get(a.id)! - key.get(b.id)!);
}

function run(articles: readonly ArticleFeatures[]) {
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const clusterer = new Clusterer(defaultConfig().cluster);
  const started = performance.now();
  for (const f of articles) clusterer.place(f);
  const ms = performance.now() - started;
  globalThis.gc?.();
  const heap = process.memoryUsage().heapUsed - heapBefore;
  return { ms, stories: clusterer.groups().length, heap };
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const bases = baseFeatures();
const results = (sizes.length > 0 ? sizes : [10_000, 200_000]).map((size) => {
  const articles = stream(bases, size);
  const r = run(articles);
  const perArticle = (r.ms * 1000) / size;
  console.log(
    `${String(size).padStart(7)} articles: ${perArticle.toFixed(1)} µs/article, ${Math.round((size * 1000) / r.ms)} articles/s, ` +
      `${r.stories} stories (${Math.ceil(size / REPORTS_PER_STORY)} made), heap ${(r.heap / 1e6).toFixed(0)} MB (${Math.round(r.heap / size)} B/article)`,
  );
  return perArticle;
});
if (results.length >= 2)
  console.log(`per-article time, largest / smallest: ${(results.at(-1)! / results[0]!).toFixed(2)}×`);
