// Publication dates as the contract writes them: `2022-01-21`, or a full date-time
// `2022-01-21T08:30:00` with its zone when the source gave one. A date is only ever read, never
// guessed: a string without a certain year, month and day gives null.
import * as chrono from 'chrono-node';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDay(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function fromIso(s: string): string | null {
  const m = ISO.exec(s.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, sec, zone] = m;
  if (!validDay(Number(y), Number(mo), Number(d))) return null;
  const day = `${y}-${mo}-${d}`;
  if (h === undefined || mi === undefined) return day;
  return `${day}T${h}:${mi}:${sec ?? '00'}${zone ?? ''}`;
}

const MONTH_INDEX = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*\.?,?\s*((?:19|20)\d{2})\b/i;
const MONTH_DAY_YEAR = /\b([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s*((?:19|20)\d{2})\b/i;

/** The common English forms ("19 Nov 2019", "November 19, 2019") without a parser: they are most stamps. */
function englishDay(s: string): string | null {
  const dmy = DAY_MONTH_YEAR.exec(s);
  const mdy = dmy ? null : MONTH_DAY_YEAR.exec(s);
  const [d, mon, y] = dmy ? [dmy[1], dmy[2], dmy[3]] : mdy ? [mdy[2], mdy[1], mdy[3]] : [];
  const m = MONTH_INDEX.indexOf((mon ?? '').toLowerCase()) + 1;
  if (!d || !y || m === 0 || !validDay(Number(y), m, Number(d))) return null;
  return `${y}-${pad(m)}-${pad(Number(d))}`;
}

/** A calendar day written in words or numbers ("22 January,2022", "Nov. 20, 2019"), or null. */
export function dayFromText(s: string): string | null {
  const quick = englishDay(s);
  if (quick) return quick;
  // A comma glued to the year ("January,2022") hides the year from chrono.
  const text = s.replace(/,(?=\d{4})/g, ', ');
  for (const r of chrono.strict.parse(text, new Date(Date.UTC(2000, 0, 1)))) {
    const c = r.start;
    if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
    const y = c.get('year');
    const m = c.get('month');
    const d = c.get('day');
    if (y !== null && m !== null && d !== null && validDay(y, m, d)) return `${y}-${pad(m)}-${pad(d)}`;
  }
  return null;
}

/** Any date string a page or feed states (ISO 8601, RFC 2822, words) → the contract's form, or null. */
export function normalizeDate(s: string | null | undefined): string | null {
  if (!s) return null;
  return fromIso(s) ?? dayFromText(s);
}

const URL_DATE = /\/((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:\/|[_-]|$)/;

/** A date in a URL path (`/2019/11/20/…`, `/20191120/…`), or null. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = URL_DATE.exec(path);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
