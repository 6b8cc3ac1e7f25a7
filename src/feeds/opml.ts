// OPML 2.0 (opml.org/spec2.opml), the file feed readers exchange subscriptions in: every outline with
// an `xmlUrl` is a feed, however deep in folders; written back flat, in subscription order, with the
// title and site each was imported with.
import { XMLParser } from 'fast-xml-parser';
import { assertNoEntityDeclarations } from '../ingest/guards/entities.js';
import type { NewSubscription, Subscription } from '../types/feeds.js';

type Outline = Record<string, unknown>;

export class OpmlError extends Error {
  override name = 'OpmlError';
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (name) => name === 'outline',
  processEntities: { enabled: true, maxEntityCount: 100 },
  htmlEntities: true,
});

const attr = (o: Outline, name: string): string | null => {
  const v = o[`@_${name}`];
  return typeof v === 'string' && v.trim() ? v.trim() : null;
};

function* feedsIn(outlines: unknown): Generator<NewSubscription> {
  if (!Array.isArray(outlines)) return;
  for (const o of outlines as Outline[]) {
    const url = attr(o, 'xmlUrl');
    if (url) yield { url, title: attr(o, 'title') ?? attr(o, 'text'), siteUrl: attr(o, 'htmlUrl') };
    yield* feedsIn(o.outline);
  }
}

/** The feeds an OPML document lists, in document order, each URL once. */
export function parseOpml(xml: string, name: string): NewSubscription[] {
  try {
    assertNoEntityDeclarations(xml);
  } catch (e) {
    throw new OpmlError(`${name}: ${(e as Error).message}`);
  }
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml, true) as Record<string, unknown>;
  } catch (e) {
    throw new OpmlError(`${name} is not well-formed XML: ${(e as Error).message.split('\n')[0]}`);
  }
  const opml = doc.opml as Outline | undefined;
  if (!opml || typeof opml !== 'object') throw new OpmlError(`${name} is not OPML (no <opml> root element)`);
  const body = opml.body as Outline | undefined;
  const seen = new Set<string>();
  const out: NewSubscription[] = [];
  for (const f of feedsIn(body?.outline)) {
    if (seen.has(f.url)) continue;
    seen.add(f.url);
    out.push(f);
  }
  return out;
}

const xmlAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function outline(s: Pick<Subscription, 'url' | 'title' | 'siteUrl'>): string {
  const title = xmlAttr(s.title ?? s.url);
  const site = s.siteUrl ? ` htmlUrl="${xmlAttr(s.siteUrl)}"` : '';
  return `    <outline type="rss" text="${title}" title="${title}" xmlUrl="${xmlAttr(s.url)}"${site}/>`;
}

/** The subscriptions as an OPML 2.0 document (no date in it: the same subscriptions, the same bytes). */
export function toOpml(subs: readonly Pick<Subscription, 'url' | 'title' | 'siteUrl'>[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    '    <title>newsfuse subscriptions</title>',
    '  </head>',
    '  <body>',
    ...subs.map(outline),
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
