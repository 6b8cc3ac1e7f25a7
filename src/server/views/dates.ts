// Dates for readers: TIMEX3 values in words ("a Friday", "the week of 17 January 2022"), never the
// raw value with its X placeholders; publication dates as short days.
import { MONTHS, WEEKDAYS } from '../../brief/render/dates.js';

const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };

function dayWords(y: number, m: number, d: number): string {
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = WEEKDAYS[(date.getUTCDay() + 6) % 7];
  return `${weekday} ${d} ${MONTHS[m - 1]} ${y}`;
}

/** Monday of ISO week `w` of year `y`. */
function isoWeekMonday(y: number, w: number): Date {
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + (w - 1) * 7);
  return monday;
}

type Rule = [RegExp, (m: RegExpExecArray) => string];

function weekWords(y: string, w: string, weekend: boolean): string {
  const d = isoWeekMonday(Number(y), Number(w));
  if (weekend) d.setUTCDate(d.getUTCDate() + 5);
  const words = dayWords(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()).replace(/^\w+ /, '');
  return weekend ? `the weekend of ${words}` : `the week of ${words}`;
}

function weekdayWords(y: string, w: string, day: string): string {
  const d = isoWeekMonday(Number(y), Number(w));
  d.setUTCDate(d.getUTCDate() + Number(day) - 1);
  return dayWords(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const month = (m: string | undefined) => MONTHS[Number(m) - 1] ?? 'an unknown month';

/** The cascade, most specific first: a day, a weekday, a week, a month, a season, a year, a decade. */
const RULES: Rule[] = [
  [
    /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/,
    (m) => `${dayWords(Number(m[1]), Number(m[2]), Number(m[3]))}${m[4] ? `, ${m[4]}:${m[5]}` : ''}`,
  ],
  [/^(\d{4})-W(\d{2})-([1-7])$/, (m) => weekdayWords(m[1]!, m[2]!, m[3]!)],
  [/^XXXX-WXX-([1-7])$/, (m) => `a ${WEEKDAYS[Number(m[1]) - 1]}`],
  [/^(\d{4})-W(\d{2})(-WE)?$/, (m) => weekWords(m[1]!, m[2]!, m[3] !== undefined)],
  [/^(\d{4})-(\d{2})$/, (m) => `${month(m[2])} ${m[1]}`],
  [/^(\d{4})-(SP|SU|FA|WI)$/, (m) => `${SEASONS[m[2]!]} ${m[1]}`],
  [
    /^(\d{4})-Q([1-4])$/,
    (m) => `the ${['first', 'second', 'third', 'fourth'][Number(m[2]) - 1]} quarter of ${m[1]}`,
  ],
  [/^(\d{4})$/, (m) => m[1]!],
  [/^(\d{3})X$/, (m) => `the ${m[1]}0s`],
  [/^XXXX-(\d{2})-(\d{2})$/, (m) => `${Number(m[2])} ${month(m[1])}, year unknown`],
  [/^XXXX-(\d{2})$/, (m) => `${month(m[1])}, year unknown`],
  [/^PRESENT_REF$/, () => 'now'],
  [/^PAST_REF$/, () => 'in the past'],
  [/^FUTURE_REF$/, () => 'in the future'],
];

/** A TIMEX3 value in words; anything not understood is called unresolved, never shown raw. */
export function timexWords(value: string | null): string {
  if (value === null || value === '') return 'undated';
  const v = value.trim();
  for (const [pattern, words] of RULES) {
    const m = pattern.exec(v);
    if (m) return words(m);
  }
  return 'an unresolved date';
}

/** A publication date as a short day ("21 Jan 2022"), or "undated". */
export function shortDay(iso: string | null | undefined): string {
  if (!iso) return 'undated';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]!.slice(0, 3)} ${m[1]}` : 'undated';
}
