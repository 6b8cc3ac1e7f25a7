// Documents posted to the JSON API become the same RawDocuments the ingest stage makes from a JSON
// Lines dump, validated with zod first (a bad body is a 400 naming the field).
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { RawDocument } from '../types/article.js';

export const MAX_DOCUMENTS = 1000;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'an ISO 8601 date');

export const documentSchema = z
  .object({
    text: z.string().min(1).optional(),
    html: z.string().min(1).optional(),
    url: z.url().optional(),
    title: z.string().optional(),
    published: isoDate.optional(),
    outlet: z.string().optional(),
  })
  .refine((d) => d.text !== undefined || d.html !== undefined, { message: 'needs "text" or "html"' });

export const documentsBody = z.object({ documents: z.array(documentSchema).min(1).max(MAX_DOCUMENTS) });
export type PostedDocument = z.infer<typeof documentSchema>;

/** Stable ids: the same posted document always gets the same id. */
export function toRawDocument(doc: PostedDocument, index: number): RawDocument {
  // As in a JSON Lines dump: the text when given (already clean), else the page.
  const content = doc.text ?? doc.html ?? '';
  const id = createHash('sha256')
    .update(JSON.stringify([doc.url ?? null, doc.title ?? null, content]))
    .digest('hex')
    .slice(0, 16);
  return {
    id,
    input: doc.url ?? `request#${index}`,
    kind: 'jsonl',
    format: doc.text !== undefined ? 'text' : 'html',
    content,
    meta: {
      url: doc.url ?? null,
      title: doc.title ?? null,
      outlet: doc.outlet ?? null,
      published: doc.published ?? null,
      publishedFrom: doc.published ? 'feed' : null,
    },
  };
}
