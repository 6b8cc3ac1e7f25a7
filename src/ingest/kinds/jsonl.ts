// JSON Lines: one article object a line (`text` or `html`, optional `url`, `title`, `published`,
// `outlet`, `byline`/`author`, `language`). A malformed line is reported with its line number and
// the other lines are kept.
import type { RawDocument } from '../../types/article.js';
import type { Outcome } from '../../types/stages.js';
import { decodeBytes } from '../bytes/decode.js';
import { languageCode, toIsoDate } from '../dates.js';
import { IngestRejection, rejectedItem } from '../errors.js';
import { assertDepth, jsonDepth } from '../guards/depth.js';
import { documentOf } from './document.js';
import { bylineOf, firstText, textOf } from './feed-fields.js';
import { extension, headText } from './sniff.js';
import type { Detection, KindReader, Loaded, ReadEnv } from './types.js';

const JSONL_SNIFF = 64 * 1024;
const OBJECT_WITH_KEY = /^\{\s*"(?:[^"\\]|\\.)*"\s*:/;

/** The first line is a whole JSON object (a pretty-printed JSON document is not JSON Lines). */
export function detectJsonl(bytes: Uint8Array, name: string): Detection {
  const head = headText(bytes, JSONL_SNIFF).trimStart();
  if (!head.startsWith('{')) return null;
  const newline = head.indexOf('\n');
  // A first line longer than the sniffed head (an embedded page) cannot be parsed here; an object
  // that opens with a key on the same line is not pretty-printed JSON, so it is JSON Lines.
  if (newline < 0 && bytes.length > JSONL_SNIFF) return OBJECT_WITH_KEY.test(head) ? 'sure' : null;
  const firstLine = newline < 0 ? head : head.slice(0, newline);
  try {
    const value: unknown = JSON.parse(firstLine);
    return value && typeof value === 'object' ? 'sure' : null;
  } catch {
    return ['jsonl', 'ndjson'].includes(extension(name)) ? 'maybe' : null;
  }
}

type Raw = Record<string, unknown>;

function parseLine(line: string, maxDepth: number): Raw {
  assertDepth('JSON', jsonDepth(line), maxDepth);
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    // The engine's own wording (and its position format) changes between Node versions: kept as the
    // cause, while the reason (with the line number the caller adds) is newsfuse's.
    throw new IngestRejection('malformed JSON', { cause: e });
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new IngestRejection('not a JSON object');
  return value as Raw;
}

/** One article object (JSON Lines line or JSON array element) → a document; `item` is its position. */
export function objectDocument(src: Loaded, item: number, obj: Raw, maxDepth: number): Outcome<RawDocument> {
  // Given text is already an article body; html still needs extraction, so text wins when both exist.
  const text = textOf(obj.text);
  const html = textOf(obj.html);
  if (!text && !html) throw new IngestRejection('no "text" or "html" field');
  const published = toIsoDate(firstText(obj, ['published', 'date', 'published_at', 'pubDate']));
  return documentOf(
    src,
    {
      item,
      kind: 'jsonl',
      format: text ? 'text' : 'html',
      content: (text ?? html)!,
      meta: {
        url: textOf(obj.url),
        title: textOf(obj.title),
        outlet: firstText(obj, ['outlet', 'source', 'site_name', 'sitename']),
        byline: textOf(obj.byline) ?? bylineOf(obj),
        published,
        publishedFrom: published ? 'feed' : null,
        language: languageCode(textOf(obj.language) ?? textOf(obj.lang)),
      },
    },
    maxDepth,
  );
}

function* lineDocuments(src: Loaded, text: string, env: ReadEnv): Generator<Outcome<RawDocument>> {
  const lines = text.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    env.deadline.restart();
    try {
      yield objectDocument(src, i + 1, parseLine(line, env.config.maxDepth), env.config.maxDepth);
    } catch (e) {
      yield rejectedItem(src.input, `line ${i + 1}`, e);
    }
  }
}

export const jsonlKind: KindReader = {
  name: 'jsonl',
  kind: 'jsonl',
  mediaTypes: [
    'application/x-ndjson',
    'application/jsonl',
    'application/x-jsonlines',
    'application/jsonlines',
  ],
  detect: detectJsonl,
  async *read(src, env) {
    const { text } = decodeBytes(src.bytes, { contentType: src.contentType });
    yield* lineDocuments(src, text, env);
  },
};
