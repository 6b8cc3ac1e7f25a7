// The input kinds, in the order they are tried. Choosing a kind:
//   1. a content signature (`sure`): bytes beat names and headers, which are often wrong;
//   2. the Content-Type the server declared;
//   3. weaker signs (`maybe`: an extension, tags in the first KB), in registry order;
//   4. plain text.
import { xmlFeedKind } from './feed.js';
import { htmlKind } from './html.js';
import { jsonArticlesKind } from './json-articles.js';
import { jsonFeedKind } from './json-feed.js';
import { jsonlKind } from './jsonl.js';
import { textKind } from './text.js';
import type { KindReader } from './types.js';
import { warcKind } from './warc.js';
import { xmlDocumentKind } from './xml-document.js';

/** Most specific first: a WARC holds HTML, a feed is XML, and other XML could pass for markup. */
export const KINDS: readonly KindReader[] = [
  warcKind,
  xmlFeedKind,
  jsonFeedKind,
  jsonlKind,
  jsonArticlesKind,
  htmlKind,
  xmlDocumentKind,
  textKind,
];

function mediaType(contentType: string | null): string | null {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type ? type : null;
}

export function chooseKind(
  bytes: Uint8Array,
  name: string,
  contentType: string | null = null,
  kinds: readonly KindReader[] = KINDS,
): KindReader {
  const detections = kinds.map((kind) => ({ kind, found: kind.detect(bytes, name) }));
  const sure = detections.find((d) => d.found === 'sure');
  if (sure) return sure.kind;
  const type = mediaType(contentType);
  const declared = type ? kinds.find((kind) => kind.mediaTypes.includes(type)) : undefined;
  if (declared) return declared;
  const maybe = detections.find((d) => d.found === 'maybe');
  return maybe?.kind ?? textKind;
}

/** Content types that are certainly not documents: refused before any reading. */
export function nonDocumentType(contentType: string | null): string | null {
  const type = mediaType(contentType);
  if (!type) return null;
  return /^(?:image|audio|video|font)\//.test(type) ||
    type === 'application/pdf' ||
    type === 'application/zip'
    ? type
    : null;
}
