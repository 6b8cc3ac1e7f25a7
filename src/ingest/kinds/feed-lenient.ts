// The fallback for feeds that feed-extractor's strict validator refuses. Real feeds are often not
// well-formed XML (a bare "&" in a title, an unclosed tag, a truncated download); fast-xml-parser
// without validation still reads their items, and the same field pickers apply.
import { XMLParser } from 'fast-xml-parser';
import { alternateLink, textOf } from './feed-fields.js';
import type { FeedEntry } from './feed-items.js';

type Raw = Record<string, unknown>;

const asList = (value: unknown): Raw[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(
    (v): v is Raw => !!v && typeof v === 'object',
  );

/** The feed's own element and its items, for RSS 2.0, Atom and RDF. */
function feedParts(doc: Raw): { feed: Raw; channel: Raw; items: Raw[] } | null {
  const rss = doc.rss as Raw | undefined;
  if (rss?.channel && typeof rss.channel === 'object') {
    const channel = rss.channel as Raw;
    return { feed: channel, channel, items: asList(channel.item) };
  }
  const atom = doc.feed as Raw | undefined;
  if (atom && typeof atom === 'object') return { feed: atom, channel: atom, items: asList(atom.entry) };
  const rdf = doc['rdf:RDF'] as Raw | undefined;
  if (rdf && typeof rdf === 'object')
    return { feed: rdf, channel: (rdf.channel as Raw) ?? rdf, items: asList(rdf.item) };
  return null;
}

export interface LenientFeed {
  entries: FeedEntry[];
  title: string | null;
  language: unknown;
}

/** Items of a feed that is not well-formed, or null when no feed structure can be found. */
export function parseFeedLeniently(xml: string, options: Record<string, unknown>): LenientFeed | null {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', ...options });
  const parts = feedParts(parser.parse(xml) as Raw);
  if (!parts) return null;
  const entries = parts.items.map((raw) => ({
    title: textOf(raw.title),
    link: alternateLink(raw.link) ?? textOf(raw.link) ?? textOf(raw['@_rdf:about']) ?? textOf(raw.guid),
    raw,
  }));
  return {
    entries,
    title: textOf(parts.channel.title),
    language: parts.channel.language ?? parts.channel['dc:language'] ?? parts.feed['@_xml:lang'],
  };
}
