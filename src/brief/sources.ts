// Who backs what: article ids → independent origins. Copies, syndicated and spun versions of one
// report share its origin; a machine-spun copy never corroborates anything on its own account.
import type { Article, Flag } from '../types/article.js';
import type { ReuseResult } from '../types/stages.js';

export interface SourceBook {
  /** The origin of an article (itself when no copy relation is known). */
  origin(article: string): string;
  isSpun(article: string): boolean;
  /** Syndicated, duplicate or near-duplicate copy of another article. */
  isCopy(article: string): boolean;
  /** Distinct origins among non-spun sources; spun ones count only when nothing else backs it. */
  independent(sources: readonly string[]): number;
  /** Stable order of articles for legends and source numbers: the order they came in. */
  order: readonly string[];
}

const COPY_KINDS: ReadonlySet<Flag['kind']> = new Set(['syndicated-copy', 'duplicate', 'near-duplicate']);

export function sourceBook(articles: readonly Article[], reuse: ReuseResult, flagScore: number): SourceBook {
  const flagsOf = (id: string): Flag[] =>
    reuse.flags.get(id) ?? articles.find((a) => a.id === id)?.flags ?? [];
  const spun = new Set<string>();
  const copies = new Set<string>();
  for (const a of articles) {
    for (const f of flagsOf(a.id)) {
      if (f.score < flagScore) continue;
      if (f.kind === 'spun') spun.add(a.id);
      if (COPY_KINDS.has(f.kind)) copies.add(a.id);
    }
  }
  // Relations say the same as flags; either is enough.
  for (const r of reuse.relations) {
    if (r.kind === 'spun' && r.score >= flagScore) spun.add(r.from);
    if (
      (r.kind === 'syndicated' || r.kind === 'duplicate' || r.kind === 'near-duplicate') &&
      r.score >= flagScore
    )
      copies.add(r.from);
  }
  const origin = (id: string) => reuse.origins.get(id) ?? id;
  const independent = (sources: readonly string[]) => {
    const solid = new Set(sources.filter((s) => !spun.has(s)).map(origin));
    if (solid.size > 0) return solid.size;
    return new Set(sources.map(origin)).size > 0 ? 1 : 0;
  };
  const order = articles.map((a) => a.id);
  return {
    origin,
    isSpun: (id) => spun.has(id),
    isCopy: (id) => copies.has(id),
    independent,
    order,
  };
}

/** Distinct ids in first-seen order. */
export function uniq<T>(list: Iterable<T>): T[] {
  return [...new Set(list)];
}
