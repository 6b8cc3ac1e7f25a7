// Dates as containers state them (RFC 822 in RSS, ISO 8601 in Atom, JSON Feed and WARC), normalised
// to ISO 8601 while keeping the stated UTC offset: the local calendar date is what a story's
// timeline needs, and converting to UTC can move it to the next day.

const ZONES: Record<string, number> = {
  Z: 0,
  UT: 0,
  UTC: 0,
  GMT: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const OFFSET = /([+-])(\d{2}):?(\d{2})\s*$/;
const ZONE_NAME = /\b([A-Z]{1,3}T?|UTC?|Z)\s*$/;

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

function statedOffset(text: string): number | null {
  const m = OFFSET.exec(text);
  if (m) return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  const zone = ZONE_NAME.exec(text)?.[1];
  return zone !== undefined && zone in ZONES ? ZONES[zone]! : null;
}

function formatWithOffset(utcMs: number, offset: number | null): string {
  const local = new Date(utcMs + (offset ?? 0) * 60_000);
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  if (offset === null) return `${date}T${time}`;
  if (offset === 0) return `${date}T${time}Z`;
  return `${date}T${time}${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** ISO 8601 for a stated date, or null when it cannot be read. Never depends on the machine's zone. */
/** Month abbreviations that differ from English, in the languages feeds most often write dates in. */
const MONTHS: Record<string, string> = {
  ene: 'Jan',
  gen: 'Jan',
  janv: 'Jan',
  jän: 'Jan',
  fev: 'Feb',
  fév: 'Feb',
  févr: 'Feb',
  fevr: 'Feb',
  mars: 'Mar',
  mär: 'Mar',
  mrt: 'Mar',
  abr: 'Apr',
  avr: 'Apr',
  mai: 'May',
  mag: 'May',
  mei: 'May',
  juin: 'Jun',
  giu: 'Jun',
  juil: 'Jul',
  lug: 'Jul',
  ago: 'Aug',
  août: 'Aug',
  aout: 'Aug',
  set: 'Sep',
  sept: 'Sep',
  out: 'Oct',
  okt: 'Oct',
  ott: 'Oct',
  dez: 'Dec',
  dic: 'Dec',
  déc: 'Dec',
};

/**
 * RFC 822 dates written in another language (`Seg, 24 Set 2018 19:42:40 -0300`): the weekday
 * dropped and the month put in English, so the ordinary parser reads them.
 */
function englishDate(text: string): string {
  return text
    .replace(/^\p{L}+\.?,\s*/u, '')
    .replace(/(?<=^\d{1,2}\.?\s+)(\p{L}+)\.?/u, (m, name: string) => MONTHS[name.toLowerCase()] ?? m);
}

export function toIsoDate(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).trim();
  if (text === '') return null;
  if (ISO.test(text)) return text.replace(' ', 'T');
  const offset = statedOffset(text);
  // Parsed as UTC so that a date without a zone reads the same on every machine.
  const bare = offset === null ? `${text} GMT` : text;
  const ms = Date.parse(bare) || Date.parse(englishDate(bare));
  if (Number.isNaN(ms)) return null;
  const full = formatWithOffset(ms, offset);
  // "21 Jan 2022" states a day, not midnight.
  return /\d{1,2}:\d{2}/.test(text) ? full : full.slice(0, 10);
}

/** `en-US` → `en`; null when it is not a language tag. */
export function languageCode(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^\s*([a-z]{2})(?:[-_][a-z0-9]+)*\s*$/i.exec(value);
  return m ? m[1]!.toLowerCase() : null;
}
