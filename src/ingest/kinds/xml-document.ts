// XML that is neither a feed nor XHTML. News XML (NITF, NewsML) keeps its paragraphs in <p>-like
// elements, so it is passed on as markup for the cleaner; XML that is known not to be an article
// (sitemaps, OPML subscription lists, SVG) is refused with its root element named.
import { decodeBytes } from '../bytes/decode.js';
import { IngestRejection } from '../errors.js';
import { assertDepth, markupDepth } from '../guards/depth.js';
import { assertNoEntityDeclarations } from '../guards/entities.js';
import { pageOf } from './document.js';
import { headAfterProlog, headText } from './sniff.js';
import type { Detection, KindReader } from './types.js';

/** Roots that are never an article, with what they are. Data: one row per format. */
const NOT_ARTICLES: Record<string, string> = {
  urlset: 'a sitemap',
  sitemapindex: 'a sitemap index',
  opml: 'an OPML subscription list',
  svg: 'an SVG image',
  plist: 'a property list',
  'soap:envelope': 'a SOAP message',
};

const ROOT = /^<([A-Za-z][\w:.-]*)/;

function rootElement(bytes: Uint8Array): string | null {
  return ROOT.exec(headAfterProlog(bytes))?.[1] ?? null;
}

export function detectXmlDocument(bytes: Uint8Array): Detection {
  const root = rootElement(bytes);
  if (!root || /^html$/i.test(root)) return null;
  const declared = /^\s*<\?xml\b/.test(headText(bytes, 64));
  const namespaced = new RegExp(`^<${root}\\b[^>]*\\bxmlns[:=]`).test(headAfterProlog(bytes));
  return declared || namespaced ? 'sure' : null;
}

export const xmlDocumentKind: KindReader = {
  name: 'xml-document',
  kind: 'html',
  mediaTypes: ['application/xml', 'text/xml'],
  detect: detectXmlDocument,
  async *read(src, env) {
    const root = rootElement(src.bytes) ?? '';
    const what = NOT_ARTICLES[root.toLowerCase()];
    if (what) throw new IngestRejection(`XML document with root <${root}> is ${what}, not an article`);
    const { text } = decodeBytes(src.bytes, { contentType: src.contentType, markup: 'xml' });
    assertNoEntityDeclarations(text);
    assertDepth('XML', markupDepth(text, 'xml'), env.config.maxDepth);
    yield pageOf(src, text, env.config.maxDepth);
  },
};
