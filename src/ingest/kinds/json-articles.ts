// A JSON array of article objects, or one article object, in the same shape as a JSON Lines line.
// Dumps are often written this way instead of one object a line.
import { decodeBytes } from '../bytes/decode.js';
import { IngestRejection, rejectedItem } from '../errors.js';
import { assertDepth, jsonDepth } from '../guards/depth.js';
import { objectDocument } from './jsonl.js';
import { extension, headText } from './sniff.js';
import type { Detection, KindReader } from './types.js';

export function detectJsonArticles(bytes: Uint8Array, name: string): Detection {
  const head = headText(bytes).trimStart();
  if (/^\[\s*(?:\{|$)/.test(head)) return 'sure';
  return head.startsWith('{') && extension(name) === 'json' ? 'maybe' : null;
}

function parse(text: string): unknown[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // The engine's own wording (and its position format) changes between Node versions: kept as the
    // cause, while the reason is newsfuse's.
    throw new IngestRejection('malformed JSON', { cause: e });
  }
  return Array.isArray(value) ? value : [value];
}

export const jsonArticlesKind: KindReader = {
  name: 'json-articles',
  kind: 'jsonl',
  mediaTypes: ['application/json'],
  detect: detectJsonArticles,
  async *read(src, env) {
    const { text } = decodeBytes(src.bytes, { contentType: src.contentType });
    assertDepth('JSON', jsonDepth(text), env.config.maxDepth);
    const items = parse(text);
    if (items.length === 0) throw new IngestRejection('JSON array holds no articles');
    for (const [i, item] of items.entries()) {
      env.deadline.restart();
      try {
        if (!item || typeof item !== 'object' || Array.isArray(item))
          throw new IngestRejection('not a JSON object');
        yield objectDocument(src, i, item as Record<string, unknown>, env.config.maxDepth);
      } catch (e) {
        yield rejectedItem(src.input, `item ${i + 1}`, e);
      }
    }
  },
};
