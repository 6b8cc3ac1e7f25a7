// Metadata a page states about itself, read before any extraction rewrites the document.
// Sources are kept apart so the caller can say where each value came from.
import type { PublishedFrom } from '../../types/article.js';
import { dateFromUrl, normalizeDate } from '../dates.js';
import { type JsonLdMeta, readJsonLd } from './jsonld.js';

export interface PageMeta {
  title: string | null;
  outlet: string | null;
  byline: string | null;
  published: string | null;
  publishedFrom: PublishedFrom | null;
  lang: string | null;
}

/** Meta tags in order of preference for each field (property= or name=). */
const META_KEYS = {
  title: ['og:title', 'twitter:title', 'title', 'dc.title', 'sailthru.title'],
  outlet: ['og:site_name', 'application-name', 'publisher', 'dc.publisher'],
  byline: ['author', 'article:author', 'byl', 'dc.creator', 'sailthru.author', 'parsely-author'],
  published: [
    'article:published_time',
    'og:published_time',
    'datepublished',
    'pubdate',
    'publishdate',
    'date',
    'dc.date',
    'dc.date.issued',
    'dcterms.created',
    'sailthru.date',
    'parsely-pub-date',
    'article.published',
  ],
} as const;

function metaMap(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  // Only the head is searched: a whole-tree query costs as much as a Readability pass.
  for (const el of Array.from((doc.head ?? doc).querySelectorAll('meta'))) {
    const key = (
      el.getAttribute('property') ??
      el.getAttribute('name') ??
      el.getAttribute('itemprop') ??
      ''
    ).toLowerCase();
    const value = el.getAttribute('content')?.trim();
    if (key && value && !out.has(key)) out.set(key, value);
  }
  return out;
}

function firstMeta(meta: Map<string, string>, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = meta.get(k);
    if (v) return v;
  }
  return null;
}

/** A byline that is a profile URL says nothing a reader would call a name. */
export function cleanByline(v: string | null | undefined): string | null {
  if (!v || /^https?:\/\//.test(v)) return null;
  // A byline read off the page often runs on into the date stamp beside it.
  const stamp =
    /\s+((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|(updated|published)\b).*$/i;
  return (
    v
      .replace(/\s+/g, ' ')
      .replace(/^by\s+/i, '')
      .replace(stamp, '')
      .trim() || null
  );
}

/** `<title>Headline - Outlet</title>` → `Headline`, when a separator splits off a shorter tail. */
function titleFromTag(doc: Document): string | null {
  const raw = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  if (!raw) return null;
  const parts = raw.split(/\s+[|–—\-:»]\s+/);
  return parts.length > 1 && (parts[0]?.length ?? 0) > 15 ? parts[0]! : raw;
}

/**
 * The first `<time datetime>` of the raw markup, one marked as the publication time first. Read
 * from the string: the page's <header>, where it usually sits, is cut before parsing.
 */
const TIME_TAG = /<time\b[^>]*\bdatetime\s*=\s*["']([^"']+)["'][^>]*>/gi;

function timeElement(html: string): string | null {
  let first: string | null = null;
  for (const m of html.matchAll(TIME_TAG)) {
    if (/\b(pubdate|datePublished)\b/i.test(m[0])) return m[1] ?? null;
    first ??= m[1] ?? null;
  }
  return first;
}

/** Outlet from the host name: `www.theguardian.com` → `theguardian.com`. */
export function outletFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^(www\d?|m|amp|edition)\./, '') || null;
  } catch {
    return null;
  }
}

function publishedOf(ld: JsonLdMeta | null, meta: Map<string, string>, html: string, url: string | null) {
  const candidates: [string | null, PublishedFrom][] = [
    [normalizeDate(ld?.datePublished), 'json-ld'],
    [normalizeDate(firstMeta(meta, META_KEYS.published)), 'html-meta'],
    [normalizeDate(timeElement(html)), 'html-meta'],
    [dateFromUrl(url), 'url'],
  ];
  const hit = candidates.find(([v]) => v !== null);
  return { published: hit?.[0] ?? null, publishedFrom: hit?.[1] ?? null };
}

/** `doc` is the parsed page, `html` the raw markup it came from (JSON-LD and <time> are read there). */
export function readPageMeta(
  doc: Document,
  html: string,
  jsonLd: readonly string[],
  url: string | null,
): PageMeta {
  const ld = readJsonLd(jsonLd);
  const meta = metaMap(doc);
  const lang = doc.documentElement?.getAttribute('lang') ?? ld?.language ?? meta.get('og:locale') ?? null;
  return {
    title: ld?.headline ?? firstMeta(meta, META_KEYS.title) ?? titleFromTag(doc),
    outlet: ld?.publisher ?? firstMeta(meta, META_KEYS.outlet) ?? outletFromUrl(url),
    byline: cleanByline(ld?.author ?? firstMeta(meta, META_KEYS.byline)),
    ...publishedOf(ld, meta, html, url),
    lang: lang ? (lang.toLowerCase().split(/[-_]/)[0] ?? null) : null,
  };
}
