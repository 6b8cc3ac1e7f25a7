// Refiners that read a dated sentence against its story: (1) an unresolved weekday in an undated
// report ("on Friday", XXXX-WXX-5) is the day of that weekday the story's reports give its event
// (2022-01-21), and another unresolved time relative to the day of writing ("next week") is read
// from that day, when every day the report can have been written on gives the same value; both
// are marked inferred with the reports that date the event; (2) a time that ended long before the
// story's own days (a background year, "in 1997") is marked background.
import { extractTimes } from '../../analyze/times/index.js';
import { readText } from '../../nlp/index.js';
import type { Article, TimeExpression } from '../../types/article.js';
import type { StoryEvent } from '../../types/story.js';
import { leadDates } from '../events.js';
import type { SourceBook } from '../sources.js';

const DAY_MS = 86_400_000;
const WEEKDAY = /^XXXX-WXX-([1-7])((?:T.*)?)$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

export interface StoryDate {
  value: string;
  inferredFrom: string[];
  stated: string;
}

const dayMs = (value: string): number | null => {
  const m = ISO_DAY.exec(value);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
};

/** The reports that give an event its day: their leads, else any of their dated expressions. */
function dateSources(members: readonly Article[], book: SourceBook, day: string): string[] {
  const leads = leadDates(members, book).get(day)?.articles ?? [];
  if (leads.length > 0) return leads;
  return members.filter((a) => a.times.some((t) => t.value.startsWith(day))).map((a) => a.id);
}

/**
 * Days after its event an undated report may have been written: a time relative to the day of
 * writing is resolved only when it means the same from each of them ("next week" from Friday,
 * Saturday or Sunday is the week after; "yesterday" is not resolved).
 */
const WRITING_DAYS = 3;

/** The value of the time at `time`'s span in `sentence`, read as if written on `day`. */
function reanchored(article: Article, sentence: { start: number; end: number }, time: TimeExpression) {
  const text = article.text.slice(sentence.start, sentence.end);
  const reading = readText(text);
  const at = time.start - sentence.start;
  return (day: number): string | null => {
    const published = new Date(day).toISOString().slice(0, 10);
    const found = extractTimes({ text, published }, reading).find(
      (t) => t.start === at && t.end === time.end - sentence.start,
    );
    return found && found.type === time.type ? found.value : null;
  };
}

/**
 * Step 1: for each undated article of a dated event, what its unresolved times mean. A weekday is
 * the event's day when it is that weekday; another weekday stays unresolved (before or after? the
 * text alone does not say). A time relative to the day of writing ("next week", "this month") is
 * read from the event's day and the days after it a report may come out on (WRITING_DAYS), and
 * resolved when all of them agree. `sentence` is the sentence holding the time.
 */
export function storyTimes(
  article: Article,
  events: readonly StoryEvent[],
  articles: readonly Article[],
  book: SourceBook,
): (time: TimeExpression, sentence?: { start: number; end: number }) => StoryDate | null {
  const event = events.find((e) => e.articles.includes(article.id));
  const day = event?.date && ISO_DAY.test(event.date) ? event.date.slice(0, 10) : null;
  if (article.published || !event || !day) return () => null;
  const members = articles.filter((a) => a.id !== article.id && event.articles.includes(a.id));
  const from = dateSources(members, book, day);
  const weekday = new Date(dayMs(day)!).getUTCDay();
  return (time, sentence) => {
    if (from.length === 0 || !time.value.startsWith('XXXX')) return null;
    const m = WEEKDAY.exec(time.value);
    if (m) {
      if (Number(m[1]) % 7 !== weekday) return null;
      return { value: day + (m[2] ?? ''), inferredFrom: from, stated: time.value };
    }
    if (time.type !== 'DATE' || !sentence) return null;
    const read = reanchored(article, sentence, time);
    const start = dayMs(day)!;
    const values = Array.from({ length: WRITING_DAYS }, (_, i) => read(start + i * DAY_MS));
    const [value] = values;
    if (!value || value.includes('X') || values.some((v) => v !== value)) return null;
    return { value, inferredFrom: from, stated: time.value };
  };
}

/** The story's first day: its earliest dated event or publication. */
export function storyStart(events: readonly StoryEvent[], articles: readonly Article[]): number | null {
  const days = [
    ...events.map((e) => (e.date ? dayMs(e.date) : null)),
    ...articles.map((a) => (a.published ? dayMs(a.published) : null)),
  ].filter((d): d is number => d !== null);
  return days.length > 0 ? Math.min(...days) : null;
}

/** The last day a TIMEX3 value can mean (1997 → 1997-12-31), or null for unresolved ones. */
export function periodEnd(value: string): number | null {
  if (ISO_DAY.test(value)) return dayMs(value);
  const week = /^(\d{4})-W(\d{2})/.exec(value);
  if (week) {
    const jan4 = Date.UTC(Number(week[1]), 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
    return monday + ((Number(week[2]) - 1) * 7 + 6) * DAY_MS;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return Date.UTC(Number(month[1]), Number(month[2]), 0);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
  if (quarter) return Date.UTC(Number(quarter[1]), Number(quarter[2]) * 3, 0);
  // A year, a season of a year, a decade ("199"), a century ("19"): the last day of the span.
  const coarse = /^(\d{2,4})(?:-[A-Z]{2})?$/.exec(value);
  if (!coarse) return null;
  const digits = coarse[1]!;
  const lastYear = (Number(digits) + 1) * 10 ** (4 - digits.length) - 1;
  return Date.UTC(lastYear, 11, 31);
}

/** Step 2: a value that ended more than `days` before the story began is background. */
export function isBackground(value: string, start: number | null, days: number): boolean {
  const end = periodEnd(value);
  return start !== null && end !== null && end < start - days * DAY_MS;
}
