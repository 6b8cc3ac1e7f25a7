// How well an article fits a group: cosine of the IDF-weighted vectors, decayed by the days
// between the article and the group's latest article, and (for events) lowered when the two
// happenings fall on different days — the same meeting is not the phone call a week later.
import type { ClusterConfig } from '../config.js';
import { dayNumber } from '../features/dates.js';
import type { ArticleFeatures } from '../features/index.js';
import { type Group, groupDate, groupWeekday } from './groups.js';
import { cosine, type Idf, type Vec } from './vector.js';

/** 1 when undated or same day; halves every `halfLife` days apart (either direction: streams are not sorted). */
export function decay(f: ArticleFeatures, g: Group, halfLife: number): number {
  if (f.day === null || g.lastDay === null) return 1;
  return 0.5 ** (Math.abs(f.day - g.lastDay) / halfLife);
}

const weekdayGap = (a: number, b: number) => Math.min((a - b + 7) % 7, (b - a + 7) % 7);

/** The multiplier for disagreeing happening days: 1 when they agree or either is unknown. */
export function dateAgreement(f: ArticleFeatures, g: Group, config: ClusterConfig): number {
  const tolerance = config.dateToleranceDays + (f.happening.source === 'published' ? 2 : 0);
  const gDate = groupDate(g);
  if (f.happening.date && gDate) {
    const gap = Math.abs(dayNumber(f.happening.date)! - dayNumber(gDate)!);
    return gap > tolerance ? config.datePenalty : 1;
  }
  const gWeekday = groupWeekday(g);
  if (f.happening.weekday !== null && gWeekday !== null) {
    return weekdayGap(f.happening.weekday, gWeekday) > tolerance ? config.weekdayPenalty : 1;
  }
  return 1;
}

export function eventScore(vec: Vec, f: ArticleFeatures, g: Group, idf: Idf, config: ClusterConfig): number {
  if (!g.centroid) return 0;
  return cosine(vec, g.centroid, idf) * decay(f, g, config.eventHalfLifeDays) * dateAgreement(f, g, config);
}

export function storyScore(vec: Vec, f: ArticleFeatures, g: Group, idf: Idf, config: ClusterConfig): number {
  if (!g.centroid) return 0;
  return cosine(vec, g.centroid, idf) * decay(f, g, config.storyHalfLifeDays);
}
