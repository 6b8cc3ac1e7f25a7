// When did the article's happening take place? The lead tells it ("met in Geneva on Friday",
// "May 03, 2013"); the publication date is the fallback. Reports of one event written a day
// apart still agree within the tolerance; a phone call on a later Tuesday does not.
import type { AnalyzedArticle } from '../../types/article.js';
import { articleDates, dayNumber, dayValue, leadWeekday, weekdayOf } from './dates.js';
import type { Happening } from './types.js';

/** The most recent day on or before `published` that falls on `weekday` (news say "on Friday" of the past week). */
function resolveWeekday(published: number, weekday: number): number {
  return published - ((weekdayOf(published) - weekday + 7) % 7);
}

export function happeningOf(article: AnalyzedArticle, leadEnd: number): Happening {
  const inLead = articleDates(article).find((d) => d.at < leadEnd && d.value.length === 10);
  if (inLead)
    return { date: inLead.value, weekday: weekdayOf(dayNumber(inLead.value)!), source: 'lead-date' };
  const published = dayNumber(article.published);
  const weekday = leadWeekday(article.text, leadEnd);
  if (weekday !== null) {
    const date = published === null ? null : dayValue(resolveWeekday(published, weekday));
    return { date, weekday, source: 'weekday' };
  }
  if (published !== null)
    return { date: dayValue(published), weekday: weekdayOf(published), source: 'published' };
  return { date: null, weekday: null, source: null };
}
