// Timeline dates for a reader: a resolved TIMEX3 value as it is, an unresolved one in words ("a
// Friday", "a week"), and a note that says how precise it is and, when the date was read through
// the story, which reports gave it.
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../analyze/times/calendar.js';
import type { TimelineEntry } from '../../types/story.js';

const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
/** Weekday names, Monday first (ISO), and month names, as a reader sees them. */
export const WEEKDAYS = [...WEEKDAY_NAMES.slice(1), WEEKDAY_NAMES[0]].map(title);
export const MONTHS = MONTH_NAMES.map(title);
const PARTS: Record<string, string> = {
  MO: 'morning',
  AF: 'afternoon',
  EV: 'evening',
  NI: 'night',
  DT: 'daytime',
};
const SEASONS: Record<string, string> = { SP: 'a spring', SU: 'a summer', FA: 'an autumn', WI: 'a winter' };
const PLAIN: Record<string, string> = {
  'XXXX-WXX-WE': 'a weekend',
  'XXXX-WXX': 'a week',
  'XXXX-XX-XX': 'a day',
  'XXXX-XX': 'a month',
  'XXXX-QX': 'a quarter',
  XXXX: 'a year',
};

/** An unresolved TIMEX3 value in words; a resolved one unchanged. */
export function dateInWords(value: string): string {
  if (!value.includes('X')) return value;
  const plain = PLAIN[value];
  if (plain) return plain;
  const weekday = /^XXXX-WXX-([1-7])(?:T(\w\w))?$/.exec(value);
  if (weekday) {
    const part = weekday[2] ? PARTS[weekday[2]] : undefined;
    return `a ${WEEKDAYS[Number(weekday[1]) - 1]}${part ? ` ${part}` : ''}`;
  }
  const month = /^XXXX-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (month) return `${month[2] ? `${Number(month[2])} ` : ''}${MONTHS[Number(month[1]) - 1]}, year unknown`;
  const part = /^XXXX-XX-XXT(\w\w)$/.exec(value);
  if (part && PARTS[part[1]!]) return `a ${PARTS[part[1]!]}`;
  const clock = /^XXXX-XX-XXT(\d{2}:\d{2})$/.exec(value);
  if (clock) return `${clock[1]}, day unknown`;
  const quarter = /^XXXX-Q([1-4])$/.exec(value);
  if (quarter) return `a Q${quarter[1]}`;
  const season = /^XXXX-(SP|SU|FA|WI)$/.exec(value);
  if (season) return SEASONS[season[1]!]!;
  return 'a date unknown';
}

/** "day", "unresolved", or "day, inferred from " (the renderer appends the source markers). */
export function timelineNote(t: TimelineEntry): string {
  const precision = t.precision === 'unresolved' ? 'unresolved' : (t.precision ?? '');
  return t.inferred ? `${precision}, inferred from ` : precision;
}

/** The story's own days and its background (times long before it), each in date order. */
export function splitTimeline(timeline: readonly TimelineEntry[]): {
  own: TimelineEntry[];
  background: TimelineEntry[];
} {
  return {
    own: timeline.filter((t) => !t.background),
    background: timeline.filter((t) => t.background),
  };
}
