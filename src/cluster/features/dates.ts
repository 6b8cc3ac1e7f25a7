// Calendar days in an article: resolved TIMEX3 values from the language stage when it found them,
// otherwise explicit dates read here ("May 03, 2013", "21 January 2022", "2022-01-21"), and the
// weekday a lead names ("met on Friday"), resolved against the publication date when there is one.
import type { AnalyzedArticle } from '../../types/article.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b`, 'gi');
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+((?:19|20)\\d\\d)\\b`, 'gi');
const MY = new RegExp(`\\b${MONTH}\\s+((?:19|20)\\d\\d)\\b`, 'gi');
const ISO = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/g;
const WEEKDAY = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/gi;

export interface FoundDate {
  at: number;
  /** YYYY-MM-DD or YYYY-MM. */
  value: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

function valid(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Explicit dates written out in `text`, in order of position. */
export function explicitDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(MDY)) {
    const v = valid(Number(m[3]), monthOf(m[1]!), Number(m[2]));
    if (v) out.push({ at: m.index, value: v });
  }
  for (const m of text.matchAll(DMY)) {
    const v = valid(Number(m[3]), monthOf(m[2]!), Number(m[1]));
    if (v) out.push({ at: m.index, value: v });
  }
  for (const m of text.matchAll(ISO)) {
    const v = valid(Number(m[1]), Number(m[2]), Number(m[3]));
    if (v) out.push({ at: m.index, value: v });
  }
  for (const m of text.matchAll(MY)) {
    if (!out.some((d) => d.at <= m.index && m.index < d.at + 20))
      out.push({ at: m.index, value: `${m[2]}-${pad(monthOf(m[1]!))}` });
  }
  return out.sort((a, b) => a.at - b.at || a.value.localeCompare(b.value));
}

/** Dates from the language stage's resolved times (day or month precision), else from the text. */
export function articleDates(article: AnalyzedArticle): FoundDate[] {
  const resolved = article.times
    .filter((t) => t.type === 'DATE' && /^\d{4}-\d{2}(-\d{2})?$/.test(t.value))
    .map((t) => ({ at: t.start, value: t.value }));
  return resolved.length > 0 ? resolved : explicitDates(article.text);
}

/** The first weekday named before `limit`, 0 (Sunday) – 6, or null. */
export function leadWeekday(text: string, limit: number): number | null {
  for (const m of text.slice(0, limit).matchAll(WEEKDAY)) {
    const day = WEEKDAYS.findIndex((w) => w.startsWith(m[1]!.toLowerCase()));
    if (day >= 0) return day;
  }
  return null;
}

/** Days since 1970-01-01 of a YYYY-MM-DD value (or the start of an ISO timestamp), or null. */
export function dayNumber(value: string | null | undefined): number | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(ms) ? null : Math.floor(ms / 86_400_000);
}

export function dayValue(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** 0 (Sunday) – 6 of a day number (1970-01-01 was a Thursday). */
export const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;
