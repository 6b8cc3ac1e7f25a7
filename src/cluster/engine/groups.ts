// Events and stories as the engine holds them: a centroid (raw weights), the days their articles
// tell, and the articles in arrival order. A group idle past the expiry window drops its centroid
// and keeps only what `groups()` reports.
import { createHash } from 'node:crypto';
import { isNameWord } from '../../analyze/entities/lexicon.js';
import type { StoryGroup } from '../../types/stages.js';
import { dayNumber, weekdayOf } from '../features/dates.js';
import type { ArticleFeatures } from '../features/index.js';
import { addInto, type Idf, topKeys, type Vec } from './vector.js';

export interface Group {
  id: string;
  /** Creation order: the older of two merged groups survives, so ids stay stable. */
  seq: number;
  /** Order of the last update; the index is rebuilt in this order after a restore. */
  touched: number;
  articles: string[];
  /** Null once expired. */
  centroid: Vec | null;
  /** Day number of the latest dated article, for decay. */
  lastDay: number | null;
  /** Day number of the earliest dated article: with `lastDay`, the period the group spans. */
  firstDay: number | null;
  /** Happening dates (YYYY-MM-DD) and weekdays (0–6) its articles tell, with counts. */
  dates: Map<string, number>;
  weekdays: Map<number, number>;
  /** People and organisations its articles name (`n:` keys), with counts. */
  actors: Map<string, number>;
  surfaces: Map<string, string>;
}

export interface EventGroup extends Group {
  story: string;
  /** Frozen when the event expires (its centroid is gone). */
  label: string | null;
}

export interface StoryState extends Group {
  events: string[];
  history: NonNullable<StoryGroup['history']>;
  /** Bumped on every change: what a caller compares to write only changed stories. */
  rev: number;
}

export const groupId = (prefix: 's' | 'e', articleId: string): string =>
  `${prefix}-${createHash('sha1').update(articleId).digest('hex').slice(0, 12)}`;

export function newGroup(id: string, seq: number): Group {
  return {
    id,
    seq,
    touched: seq,
    articles: [],
    centroid: new Map(),
    lastDay: null,
    firstDay: null,
    dates: new Map(),
    weekdays: new Map(),
    actors: new Map(),
    surfaces: new Map(),
  };
}

/** What a group keeps of each article besides its vector. */
export interface Member {
  id: string;
  day: number | null;
  happening: ArticleFeatures['happening'];
  actors: readonly string[];
}

/** A date known only from publication is weaker evidence of the happening's day than the lead's. */
const dateWeight = (m: Member) => (m.happening.source === 'published' ? 0.5 : 1);

function bump<K>(counts: Map<K, number>, key: K, by: number): void {
  const c = (counts.get(key) ?? 0) + by;
  if (c > 1e-9) counts.set(key, c);
  else counts.delete(key);
}

/** Folds one article into a group (its raw unit vector, its day, its happening). */
export function absorb(
  g: Group,
  m: Member,
  raw: Vec,
  seq: number,
  surfaces: ReadonlyMap<string, string> = new Map(),
): void {
  g.articles.push(m.id);
  g.touched = seq;
  if (g.centroid) addInto(g.centroid, raw);
  if (m.day !== null) {
    g.lastDay = Math.max(g.lastDay ?? m.day, m.day);
    g.firstDay = Math.min(g.firstDay ?? m.day, m.day);
  }
  if (m.happening.date) bump(g.dates, m.happening.date, dateWeight(m));
  if (m.happening.weekday !== null) bump(g.weekdays, m.happening.weekday, dateWeight(m));
  for (const a of m.actors) bump(g.actors, a, 1);
  for (const [k, s] of surfaces) if (raw.has(k) && !g.surfaces.has(k)) g.surfaces.set(k, s);
}

/**
 * Takes an article back out of a group (a split): the inverse of `absorb`, except that the
 * centroid loses the article's remembered features only and the days are recomputed by the caller.
 */
export function withdraw(g: Group, m: Member, raw: Vec): void {
  g.articles = g.articles.filter((id) => id !== m.id);
  if (g.centroid) {
    for (const [k, x] of raw) {
      const v = (g.centroid.get(k) ?? 0) - x;
      if (v > 1e-9) g.centroid.set(k, v);
      else g.centroid.delete(k);
    }
  }
  if (m.happening.date) bump(g.dates, m.happening.date, -dateWeight(m));
  if (m.happening.weekday !== null) bump(g.weekdays, m.happening.weekday, -dateWeight(m));
  for (const a of m.actors) bump(g.actors, a, -1);
}

/** Folds `from` into `into` (a merge). `order` gives each article's arrival index. */
export function combine(into: Group, from: Group, order: (id: string) => number, seq: number): void {
  into.articles = [...into.articles, ...from.articles].sort((a, b) => order(a) - order(b));
  into.touched = seq;
  if (into.centroid && from.centroid) addInto(into.centroid, from.centroid);
  if (from.lastDay !== null) into.lastDay = Math.max(into.lastDay ?? from.lastDay, from.lastDay);
  if (from.firstDay !== null) into.firstDay = Math.min(into.firstDay ?? from.firstDay, from.firstDay);
  for (const [d, c] of from.dates) into.dates.set(d, (into.dates.get(d) ?? 0) + c);
  for (const [d, c] of from.weekdays) into.weekdays.set(d, (into.weekdays.get(d) ?? 0) + c);
  for (const [a, c] of from.actors) into.actors.set(a, (into.actors.get(a) ?? 0) + c);
  for (const [k, s] of from.surfaces) if (!into.surfaces.has(k)) into.surfaces.set(k, s);
}

function mode<K>(counts: Map<K, number>, before: (a: K, b: K) => boolean): K | null {
  let best: K | null = null;
  let bestCount = 0;
  for (const [k, c] of counts) {
    if (c > bestCount || (c === bestCount && best !== null && before(k, best))) [best, bestCount] = [k, c];
  }
  return best;
}

/** The day most of its articles tell (ties: the earliest), or null. */
export const groupDate = (g: Group): string | null => mode(g.dates, (a, b) => a < b);

export function groupWeekday(g: Group): number | null {
  const date = groupDate(g);
  return date ? weekdayOf(dayNumber(date)!) : mode(g.weekdays, (a, b) => a < b);
}

/** A short phrase of the group's heaviest names and terms: "Lindsay Lohan, Betty Ford, rehab". */
/** Names read first in a label: who and where tell a happening better than its commonest word. */
const LABEL_BOOST: Record<string, number> = { n: 2, e: 1.5, t: 1, d: 0 };

export function groupLabel(g: Group, idf: Idf, n: number): string {
  if (!g.centroid) return '';
  const chosen: string[] = [];
  const boosted: Idf = (k) => idf(k) * (LABEL_BOOST[k.slice(0, 1)] ?? 1);
  // A name token ("Sox") reads as the whole name it belongs to ("Red Sox") when the group has it.
  const names = topKeys(g.centroid, n * 8, boosted).filter((k) => k.startsWith('n:'));
  const wholeName = (key: string): string | undefined => {
    if (!key.startsWith('e:')) return undefined;
    const token = key.slice(2);
    const name = names.find((k) => k.slice(2).split(' ').includes(token));
    return name ? (g.surfaces.get(name) ?? name.slice(2)) : undefined;
  };
  for (const key of topKeys(g.centroid, n * 4, boosted)) {
    if (chosen.length >= n || key.startsWith('d:')) continue;
    const surface = wholeName(key) ?? g.surfaces.get(key) ?? key.slice(2);
    // A proper-noun tag on "English" or "Department" does not make it a name worth a label.
    if (/^[en]:/.test(key) && !surface.includes(' ') && !isNameWord(surface)) continue;
    const low = surface.toLowerCase();
    if (chosen.some((c) => c.toLowerCase().includes(low) || low.includes(c.toLowerCase()))) continue;
    chosen.push(surface);
  }
  return chosen.join(', ');
}
