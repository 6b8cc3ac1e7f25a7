// Reading one feed item's fields as the XML or JSON parser left them (strings, {#text, @_attr}
// objects, arrays), for what feed-extractor's normalised entry drops: the full text
// (content:encoded), the author and the publication (not update) date.
import { languageCode, toIsoDate } from '../dates.js';

type Raw = Record<string, unknown>;

/** Text of a parsed XML value: a string, a number, or an element object with `#text`. */
export function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  if (value && typeof value === 'object') return textOf((value as Raw)['#text'] ?? (value as Raw).name);
  return null;
}

/** The first non-empty field, in order of preference. */
export function firstText(item: Raw, fields: readonly string[]): string | null {
  for (const field of fields) {
    const text = textOf(item[field]);
    if (text) return text;
  }
  return null;
}

/** The article itself: RSS content:encoded, Atom content, JSON Feed content_html/content_text. */
export const FULL_TEXT_FIELDS = ['content:encoded', 'content', 'content_html', 'content_text'] as const;

/** What the feed says about the article: read when it carries no full text. */
export const SUMMARY_FIELDS = ['description', 'summary', 'media:description'] as const;

/** Full text first, else the summary. */
export const CONTENT_FIELDS = [...FULL_TEXT_FIELDS, ...SUMMARY_FIELDS] as const;

/** Publication before update: an updated stamp is not when the story was published. */
export const DATE_FIELDS = [
  'published',
  'pubDate',
  'dc:date',
  'date_published',
  'issued',
  'created',
  'updated',
  'modified',
  'date_modified',
] as const;

/** RSS `author` is "email (Name)" by the spec; people often write just the name. */
function nameOf(author: string): string {
  const paren = /\(([^)]+)\)\s*$/.exec(author);
  if (paren) return paren[1]!.trim();
  return /^\S+@\S+$/.test(author) ? '' : author;
}

function authorsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(authorsOf);
  const text = textOf(value);
  const name = text ? nameOf(text) : '';
  return name ? [name] : [];
}

export function bylineOf(item: Raw): string | null {
  for (const field of ['dc:creator', 'author', 'authors', 'dc:author', 'itunes:author']) {
    const names = authorsOf(item[field]);
    if (names.length > 0) return [...new Set(names)].join(', ');
  }
  return null;
}

export function publishedOf(item: Raw): string | null {
  for (const field of DATE_FIELDS) {
    const iso = toIsoDate(textOf(item[field]));
    if (iso) return iso;
  }
  return null;
}

/** Atom links: the `alternate` one (or one without `rel`) is the article. */
export function alternateLink(value: unknown): string | null {
  const links = Array.isArray(value) ? value : [value];
  for (const link of links) {
    if (typeof link === 'string') return link.trim() || null;
    if (!link || typeof link !== 'object') continue;
    const rel = (link as Raw)['@_rel'];
    const href = textOf((link as Raw)['@_href']);
    if (href && (rel === undefined || rel === 'alternate')) return href;
  }
  return null;
}

export function itemLanguage(item: Raw, feedLanguage: unknown): string | null {
  return languageCode(textOf(item.language) ?? textOf(item['@_xml:lang']) ?? textOf(feedLanguage));
}
