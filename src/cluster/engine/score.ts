// How well an article fits a group: the mean of its `k` highest similarities with the group's
// articles (a bounded average linkage: on ECB+ it scored story B³ F1 0.85 where centroid matching scored 0.76),
// decayed by the days since the group's latest article, and (for events) lowered when the two
// happenings fall on different days — the same meeting is not the phone call a week later.
import type { ClusterConfig } from '../config.js';
import { dayNumber } from '../features/dates.js';
import type { ArticleFeatures } from '../features/index.js';
import { type Group, groupDate, groupWeekday } from './groups.js';

/**
 * 1 when undated or within the date tolerance (reports of one event come out over a day or so);
 * beyond it, halves every `halfLife` days. The gap is counted from the period the group spans, in
 * either direction: streams are not sorted.
 */
export function decay(f: ArticleFeatures, g: Group, halfLife: number, tolerance: number): number {
  if (f.day === null || g.lastDay === null) return 1;
  // Days outside the period the group spans (an archive may arrive in any order).
  const first = g.firstDay ?? g.lastDay;
  const gap = f.day < first ? first - f.day : Math.max(0, f.day - g.lastDay);
  return 0.5 ** (Math.max(0, gap - tolerance) / halfLife);
}

const weekdayGap = (a: number, b: number) => Math.min((a - b + 7) % 7, (b - a + 7) % 7);

/** The multiplier for disagreeing happening days: 1 when they agree or either is unknown. */
export function dateAgreement(f: ArticleFeatures, g: Group, config: ClusterConfig): number {
  const tolerance = config.dateToleranceDays;
  const gDate = groupDate(g);
  if (f.happening.date && gDate) {
    // A publication date may trail the happening by days; a date told in the lead may not.
    const slack = f.happening.source === 'published' ? 2 : 0;
    const gap = Math.abs(dayNumber(f.happening.date)! - dayNumber(gDate)!);
    return gap > tolerance + slack ? config.datePenalty : 1;
  }
  const gWeekday = groupWeekday(g);
  if (f.happening.weekday !== null && gWeekday !== null) {
    return weekdayGap(f.happening.weekday, gWeekday) > tolerance ? config.weekdayPenalty : 1;
  }
  return 1;
}

/** Mean of the `k` highest similarities (fewer when the group has fewer candidates). */
export function topMean(sims: readonly number[], k: number): number {
  const top = [...sims].sort((a, b) => b - a).slice(0, k);
  return top.length === 0 ? 0 : top.reduce((s, x) => s + x, 0) / top.length;
}

export const eventScore = (
  sims: readonly number[],
  f: ArticleFeatures,
  g: Group,
  config: ClusterConfig,
): number =>
  topMean(sims, config.linkage) *
  decay(f, g, config.eventHalfLifeDays, config.dateToleranceDays) *
  dateAgreement(f, g, config);

/**
 * A continuing story is carried by the same people and organisations (the meeting and the later
 * call are both Blinken and Lavrov); a new event naming actors none of whom the story has named is
 * another happening of the same kind (Tara Reid's rehab is not Lindsay Lohan's).
 */
export function actorAgreement(f: ArticleFeatures, g: Group, config: ClusterConfig): number {
  if (f.actors.length === 0 || g.actors.size === 0) return 1;
  return f.actors.some((a) => g.actors.has(a)) ? 1 : config.actorPenalty;
}

const protagonists = (actors: readonly string[]) => actors.filter((k) => k.startsWith('p:'));

/**
 * The multiplier on the similarity of two articles: `config.protagonistPenalty` when each is about
 * someone (its `p:` keys, see protagonistKeys) and they share no one, else 1. Every score, split and
 * rejoin reads article pairs, so two reports of one kind about different people (Reggie Bush's knee,
 * Pierre Thomas's) are kept apart wherever they meet. Actors from a state written before protagonists
 * were kept (`undefined`) carry none.
 */
export function peopleAgreement(
  a: readonly string[] | undefined,
  b: readonly string[] | undefined,
  config: ClusterConfig,
): number {
  if (!a || !b) return 1;
  const pa = protagonists(a);
  if (pa.length === 0) return 1;
  const pb = protagonists(b);
  return pb.length === 0 || pa.some((k) => pb.includes(k)) ? 1 : config.protagonistPenalty;
}

export const storyScore = (
  sims: readonly number[],
  f: ArticleFeatures,
  g: Group,
  config: ClusterConfig,
): number =>
  topMean(sims, config.linkage) *
  decay(f, g, config.storyHalfLifeDays, config.storyToleranceDays) *
  actorAgreement(f, g, config);
