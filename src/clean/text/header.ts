// Extractors for what a scraper puts before the story: an injected header (`date 2022-01-22
// GENEVA •`), a dateline line (`22 January,2022 08:30 AM IST | Geneva | Agencies`) or an inline
// dateline (`GENEVA (Reuters) -`). Each returns the date and place it states and the text it takes.
import type { PublishedFrom, Removed } from '../../types/article.js';
import { dayFromText, normalizeDate } from '../dates.js';

export interface HeaderFind {
  published: string | null;
  publishedFrom: PublishedFrom | null;
  dateline: string | null;
  removed: Removed;
  /** Characters taken from the start of the unit (the whole unit when equal to its length). */
  take: number;
}

/** News agencies named as a source in datelines; never a place. */
const AGENCIES =
  /^(agencies|agency|reuters|ap|afp|pti|ians|ani|dpa|efe|ansa|xinhua|tass|bloomberg|upi|staff|wire|news desk|press trust of india|associated press)$/i;

/** `GENEVA` / `geneva` → `Geneva`; `NEW YORK` → `New York`. */
export function placeName(raw: string): string {
  const s = raw.trim();
  if (s !== s.toUpperCase() && s !== s.toLowerCase()) return s;
  return s.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
}

const PLACE = /^\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3}$/u;

/** 1. `date 2022-01-22 GENEVA •` — a label, an ISO date, an optional place, a separator. */
const INJECTED =
  /^\s*(?:date|dated|published|posted)[:\s]+(\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?)\s+(?:(\p{Lu}[\p{Lu}\p{Ll} .'-]{1,40}?)\s*[•·|–—:]\s*)?/iu;

export function injectedHeader(unit: string): HeaderFind | null {
  const m = INJECTED.exec(unit);
  if (!m) return null;
  const place = m[2] && PLACE.test(placeName(m[2])) ? placeName(m[2]) : null;
  return {
    published: normalizeDate(m[1]),
    publishedFrom: 'text-header',
    dateline: place,
    removed: { kind: 'header', text: m[0].trim(), reason: 'injected date header' },
    take: m[0].length,
  };
}

/** 2. A short line of `|`-separated parts, one a date: date, place, source. */
export function datelineLine(unit: string, maxWords: number): HeaderFind | null {
  const parts = unit.split(/\s+[|•·]\s+/).map((p) => p.trim());
  if (parts.length < 2 || unit.split(/\s+/).length > maxWords) return null;
  const dateAt = parts.findIndex((p) => dayFromText(p) !== null);
  if (dateAt < 0) return null;
  const place = parts.find((p, i) => i !== dateAt && PLACE.test(p) && !AGENCIES.test(p)) ?? null;
  return {
    published: dayFromText(parts[dateAt]!),
    publishedFrom: 'dateline',
    dateline: place ? placeName(place) : null,
    removed: { kind: 'dateline', text: unit, reason: 'dateline line (date | place | source)' },
    take: unit.length,
  };
}

/**
 * 3. `GENEVA (Reuters) -`, `GENEVA, Jan 21 (AP) —`, or a capitalised place alone before a dash or
 * colon (`NEW DELHI: …`, `KYIV — …`) opening the first paragraph.
 */
const INLINE =
  /^(\p{Lu}[\p{Lu} .'-]{2,30}?)(?:,\s*([\p{L}.]+\s+\d{1,2}))?\s*(?:\(([^)]{2,30})\)\s*[-–—:]|\s[–—]|:)\s+/u;

/** Capitalised labels that open a paragraph the way a place does, but are not places. */
const NOT_PLACES =
  /^(breaking( news)?|update[ds]?|exclusive|watch|listen|analysis|opinion|live|note|editor'?s note|correction|warning|fact check|explainer)$/i;

export function inlineDateline(unit: string): HeaderFind | null {
  const m = INLINE.exec(unit);
  if (!m?.[1] || NOT_PLACES.test(m[1].trim())) return null;
  return {
    published: null,
    publishedFrom: null,
    dateline: placeName(m[1]),
    removed: { kind: 'dateline', text: m[0].trim(), reason: 'inline dateline (PLACE (Source) -)' },
    take: m[0].length,
  };
}
