// Building a RawDocument the same way for every kind: stable id, metadata without empty fields.
import type { InputKind, RawDocument, SourceMeta } from '../../types/article.js';
import type { Outcome } from '../../types/stages.js';
import { IngestRejection } from '../errors.js';
import { assertDepth, markupDepth } from '../guards/depth.js';
import type { Loaded } from './types.js';

/** `hash` for a whole input; `hash-index` for the index-th item of a container. */
export function documentId(hash: string, item: number | null): string {
  return item === null ? hash : `${hash}-${item}`;
}

/** Drops empty strings and nulls so that `meta` says only what the input stated. */
export function cleanMeta(meta: SourceMeta): SourceMeta {
  const out: SourceMeta = {};
  for (const [key, value] of Object.entries(meta) as [keyof SourceMeta, string | null | undefined][]) {
    const trimmed = typeof value === 'string' ? value.trim() : null;
    if (trimmed) (out as Record<string, string>)[key] = trimmed;
  }
  return out;
}

export interface DocumentParts {
  item: number | null;
  kind: InputKind;
  format: 'text' | 'html';
  content: string;
  meta: SourceMeta;
}

/**
 * Feed items, JSON fields and saved snippets hold HTML fragments (`<p>…</p>`); DOM parsers give a
 * fragment no body, so it is wrapped in a minimal document. Whole pages pass unchanged.
 */
export function asHtmlDocument(content: string): string {
  return /<(?:html|body)\b/i.test(content) ? content : `<html><body>\n${content}\n</body></html>`;
}

/**
 * The one way a document is made, so every kind gets the same checks: not empty, and markup (a page,
 * or HTML inside a feed item or a JSON field, which no XML or JSON depth check sees) within `maxDepth`.
 */
export function documentOf(src: Loaded, parts: DocumentParts, maxDepth: number): Outcome<RawDocument> {
  if (parts.content.trim() === '') throw new IngestRejection('no text (empty or only whitespace)');
  if (parts.format === 'html') assertDepth('HTML', markupDepth(parts.content, 'html'), maxDepth);
  const content = parts.format === 'html' ? asHtmlDocument(parts.content) : parts.content;
  return {
    status: 'ok',
    value: {
      id: documentId(src.hash, parts.item),
      input: src.input,
      kind: parts.kind,
      format: parts.format,
      content,
      meta: cleanMeta(parts.meta),
    },
  };
}

/** A whole fetched or read page (HTML, or news XML handed on as markup): one document, its own URL. */
export function pageOf(src: Loaded, markup: string, maxDepth: number): Outcome<RawDocument> {
  return documentOf(
    src,
    { item: null, kind: 'html', format: 'html', content: markup, meta: { url: src.url } },
    maxDepth,
  );
}

/** Markup or plain text? Feed and JSON fields hold either. */
export function formatOf(content: string): 'text' | 'html' {
  return /<\/?(?:[a-z][a-z0-9]*)\b[^>]*>/i.test(content) ? 'html' : 'text';
}
