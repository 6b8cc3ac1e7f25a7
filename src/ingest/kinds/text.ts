// Plain text: the fallback kind. The clean stage finds headers, datelines and junk in it.
import { decodeBytes } from '../bytes/decode.js';
import { documentOf } from './document.js';
import type { KindReader } from './types.js';

export const textKind: KindReader = {
  name: 'text',
  kind: 'text',
  mediaTypes: ['text/plain', 'text/markdown'],
  detect: () => 'maybe',
  async *read(src, env) {
    const { text } = decodeBytes(src.bytes, { contentType: src.contentType });
    yield documentOf(
      src,
      {
        item: null,
        kind: 'text',
        format: 'text',
        content: text,
        meta: { url: src.url },
      },
      env.config.maxDepth,
    );
  },
};
