// Which side of a pair is the copy. 1. The later publication date. 2. More signs of spin. 3. Less
// text: copies trim, and the wrapper an outlet adds round a wire story is what cleaning removes.
// 4. The later id, so the answer is at least stable.
import type { PairReport } from '../verify/index.js';

export type Side = 'a' | 'b';

export interface DirectionHints {
  /** Intrinsic spin score per article id. */
  spin: ReadonlyMap<string, number>;
}

function byDate(r: PairReport): Side | null {
  const [x, y] = [r.a.published, r.b.published];
  if (!x || !y) return null;
  const [tx, ty] = [Date.parse(x), Date.parse(y)];
  if (Number.isNaN(tx) || Number.isNaN(ty) || tx === ty) return null;
  return tx > ty ? 'a' : 'b';
}

export function copySide(r: PairReport, hints: DirectionHints): Side {
  const dated = byDate(r);
  if (dated) return dated;
  const [sa, sb] = [hints.spin.get(r.a.id) ?? 0, hints.spin.get(r.b.id) ?? 0];
  if (sa !== sb) return sa > sb ? 'a' : 'b';
  if (r.a.words.length !== r.b.words.length) return r.a.words.length < r.b.words.length ? 'a' : 'b';
  return r.a.id > r.b.id ? 'a' : 'b';
}
