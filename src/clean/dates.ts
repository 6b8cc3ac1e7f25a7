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

/** A calendar day written in words or numbers ("22 January,2022", "Nov. 20, 2019"), or null. */
export function dayFromText(s: string): string | null {
  // A comma glued to the year ("January,2022") hides the year from chrono.
  const text = s.replace(/,(?=\d{4})/g, ', ');
  for (const r of chrono.parse(text, new Date(Date.UTC(2000, 0, 1)))) {
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

/** Labels that stand before a date on a page ("Published:", "Updated", "Posted on", …). */
const DATE_LABELS =
  /\b(first published|last updated|published|updated|posted|publicado|atualizado|pubblicato|aggiornato|publié|mis à jour|veröffentlicht|aktualisiert|on|at|am|um|às|le)\b|[|:,•·-]/gi;

const STAMP_GATE = /\b(19|20)\d{2}\b|\b\d{1,2}[:.h]\d{2}\b/;

// Strict parsers only: the casual ones read "now" or "Friday" too and cost ten times as much.
const PARSERS = [
  chrono.en.strict,
  chrono.pt.strict,
  chrono.es.strict,
  chrono.fr.strict,
  chrono.de.strict,
  chrono.nl.strict,
] as const;

/**
 * True when a short text is nothing but a date or time stamp, labels aside
 * ("Updated 11:21 pm CST, Tuesday, November 19, 2019", "sexta-feira, 22 de outubro de 2010 às 20:13").
 */
export function isDateLine(text: string): boolean {
  // A stamp has a year or a clock time; the parsers are costly, so nothing else reaches them.
  if (!STAMP_GATE.test(text)) return false;
  const rest = text.replace(DATE_LABELS, ' ').replace(/\s+/g, '');
  if (!rest) return false;
  const ref = new Date(Date.UTC(2000, 0, 1));
  for (const parser of PARSERS) {
    const covered = parser
      .parse(text, ref)
      .reduce((n, r) => n + r.text.replace(DATE_LABELS, ' ').replace(/\s+/g, '').length, 0);
    if (covered / rest.length >= 0.7) return true;
  }
  return false;
}
