// New articles checked against a workspace by band lookup, never by rescanning what is stored:
// the cost per new article depends on how many stored articles share its bands, not on the corpus.

import type { DocumentTimes } from '../ingest/deadline.js';
import type { AnalyzedArticle } from '../types/article.js';
import type { Context, ReuseResult } from '../types/stages.js';
import type { BandLookup } from '../types/store.js';
import { candidatePairs } from './candidates.js';
import { type Fingerprint, fingerprint } from './fingerprint/minhash.js';
import { judgePairs, type PairBudget, type SpinLookup } from './judged.js';
import { originsFromRelations } from './origins.js';
import type { IntrinsicSpin } from './spin/score.js';
import { spinStamp } from './spin/stamp.js';
import { type ArticleView, viewOf } from './verify/view.js';

export interface ReuseLookup {
  /**
   * Stored articles sharing band keys, with how many each shares; with `top`, those ranked `top` or
   * better by keys shared are enough (ties kept), where the store can leave the others out.
   */
  findByBands(bands: readonly string[], opts?: BandLookup): Promise<Map<string, number>>;
  /** `findByBands` of each list at once, where the store has it. */
  findByBandsEach?(lists: readonly (readonly string[])[], opts?: BandLookup): Promise<Map<string, number>[]>;
  getArticles(ids: readonly string[]): Promise<AnalyzedArticle[]>;
  /** Intrinsic spin scores kept with stored articles by the scorer `stamp`, where the store keeps them. */
  getSpins?(ids: readonly string[], stamp: number): Promise<Map<string, number>>;
}

export type IncrementalReuse = ReuseResult & {
  fingerprints: { article: string; bands: string[] }[];
  /** Fresh articles over their time limit in the copy check, with the reason: left out of all the rest. */
  over: Map<string, string>;
  /**
   * Intrinsic spin scores to keep with their articles (stamped by `spinStamp()`): those of the fresh
   * articles kept, and of stored ones that had none from this scorer and were worked out here.
   */
  spins: { article: string; score: number }[];
};

/**
 * Each pair's verification timed (two clock readings) and charged to its fresh articles; one that
 * passes its limit gets no more pairs verified. Progress is reported per pair (`total`: how many
 * pairs there are, null while they are still being found).
 */
export function pairBudget(
  times: DocumentTimes,
  freshIds: ReadonlySet<string>,
  total: number | null,
  ctx: Context,
  over: Map<string, string>,
): PairBudget {
  const clock = ctx.clock ?? (() => performance.now());
  let done = 0;
  const charge = (id: string, ms: number) => {
    if (!freshIds.has(id) || over.has(id)) return;
    const reason = times.charge(id, ms, 'copies');
    if (reason) over.set(id, reason);
  };
  return {
    over: (id) => over.has(id),
    verify(a, b, run) {
      ctx.reporter.progress('copies', ++done, total);
      const start = clock();
      const out = run();
      const ms = clock() - start;
      charge(a, ms);
      if (b !== a) charge(b, ms);
      return out;
    },
  };
}

async function storedCandidates(
  bands: readonly string[][],
  freshIds: ReadonlySet<string>,
  limits: { minShared: number; max: number },
  lookup: ReuseLookup,
): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  // All lookups at once: in one statement where the store can, else on several connections.
  // Only the best-ranked are kept below, so only they are asked for.
  const want = { top: limits.max };
  const found = lookup.findByBandsEach
    ? await lookup.findByBandsEach(bands, want)
    : await Promise.all(bands.map((b) => lookup.findByBands(b, want)));
  for (const [i, hits] of found.entries()) {
    const ids = [...hits]
      .filter(([id, n]) => n >= limits.minShared && !freshIds.has(id))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, limits.max)
      .map(([id]) => id);
    if (ids.length > 0) out.set(i, ids.sort());
  }
  return out;
}

export async function detectReuseIncremental(
  fresh: readonly AnalyzedArticle[],
  ctx: Context,
  lookup: ReuseLookup,
  made: {
    /** Fingerprints made on the worker threads. */
    prints?: ReadonlyMap<string, Fingerprint>;
    /**
     * Intrinsic spin already worked out: the fresh articles' (on the worker threads) and stored
     * articles' scores kept from earlier batches. What is worked out here is added to it.
     */
    spin?: SpinLookup;
    /** The batch's per-document times: the pairs' verification counts towards each fresh article's limit. */
    times?: DocumentTimes;
  } = {},
): Promise<IncrementalReuse> {
  const cfg = ctx.config.dedup;
  const views = fresh.map(viewOf);
  const prints = fresh.map((a) => made.prints?.get(a.id) ?? fingerprint(a.text));
  const freshIds = new Set(fresh.map((a) => a.id));
  const candidates = await storedCandidates(
    prints.map((p) => p.bands),
    freshIds,
    { minShared: cfg.minSharedBands, max: cfg.maxStoredCandidates },
    lookup,
  );
  const wanted = [...new Set([...candidates.values()].flat())];
  const [storedArticles, storedSpins] = await Promise.all([
    wanted.length ? lookup.getArticles(wanted) : [],
    wanted.length && lookup.getSpins ? lookup.getSpins(wanted, spinStamp()) : new Map<string, number>(),
  ]);
  const stored = new Map<string, ArticleView>(storedArticles.map((a) => [a.id, viewOf(a)]));
  const spin = new KeptSpins(made.spin ?? new Map(), storedSpins);
  const pairs: (readonly [ArticleView, ArticleView])[] = candidatePairs(views, prints, cfg).map(
    ([i, j]) => [views[i]!, views[j]!] as const,
  );
  for (const [i, ids] of candidates)
    for (const id of ids) {
      const old = stored.get(id);
      if (old) pairs.push([old, views[i]!]);
    }
  const over = new Map<string, string>();
  const budget = made.times && pairBudget(made.times, freshIds, pairs.length, ctx, over);
  const { relations, flags } = judgePairs(pairs, views, cfg, spin, budget);
  const kept = fresh.flatMap((a, i) => (over.has(a.id) ? [] : [{ id: a.id, bands: prints[i]!.bands }]));
  const ids = [...kept.map((a) => a.id), ...stored.keys()];
  return {
    relations,
    flags: new Map(kept.map((a) => [a.id, flags.get(a.id) ?? []])),
    origins: originsFromRelations(ids, relations),
    fingerprints: kept.map((a) => ({ article: a.id, bands: a.bands })),
    over,
    spins: [
      ...kept.flatMap(({ id }) => {
        const s = spin.get(id);
        return s ? [{ article: id, score: s.score }] : [];
      }),
      ...[...spin.worked].filter(([id]) => stored.has(id)).map(([article, score]) => ({ article, score })),
    ],
  };
}

/**
 * The spin lookup of one copy check: what the caller knows (the fresh articles' own, and scores
 * remembered from earlier batches), then the scores stored with the candidates; what is worked out
 * here is passed on to the caller's lookup and noted, to be stored.
 */
class KeptSpins implements SpinLookup {
  readonly worked = new Map<string, number>();

  constructor(
    private readonly known: SpinLookup,
    private readonly stored: ReadonlyMap<string, number>,
  ) {}

  get(id: string): IntrinsicSpin | undefined {
    const known = this.known.get(id);
    if (known) return known;
    const score = this.stored.get(id);
    return score === undefined ? undefined : { score, signals: [] };
  }

  set(id: string, spin: IntrinsicSpin): this {
    this.known.set(id, spin);
    this.worked.set(id, spin.score);
    return this;
  }
}
