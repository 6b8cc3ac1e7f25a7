// HTML pages, found the way browsers sniff (WHATWG MIME sniffing: the first tag of the document),
// or by extension when the page starts with text.
import { decodeBytes } from '../bytes/decode.js';
import { pageOf } from './document.js';
import { extension, headAfterProlog, headText } from './sniff.js';
import type { Detection, KindReader } from './types.js';

const HTML_START =
  /^\s*<(?:!doctype\s+html|html|head|body|script|iframe|h1|div|font|table|a|style|title|b|br|p|meta|link|article|section|header|main|nav|!--)[\s>/]/i;
const HTML_ANYWHERE = /<(?:html|head|body|div|p|article|meta|title)\b[^>]*>/i;
const HTML_EXTENSIONS = new Set(['html', 'htm', 'xhtml', 'shtml', 'php', 'asp', 'aspx', 'jsp']);

export function detectHtml(bytes: Uint8Array, name: string): Detection {
  const head = headText(bytes);
  // XHTML may open with an XML declaration before its <html>.
  if (HTML_START.test(head) || /^<html[\s>]/i.test(headAfterProlog(bytes))) return 'sure';
  if (HTML_EXTENSIONS.has(extension(name)) || HTML_ANYWHERE.test(head)) return 'maybe';
  return null;
}

export const htmlKind: KindReader = {
  name: 'html',
  kind: 'html',
  mediaTypes: ['text/html', 'application/xhtml+xml'],
  detect: detectHtml,
  async *read(src, env) {
    const { text } = decodeBytes(src.bytes, { contentType: src.contentType, markup: 'html' });
    env.deadline.check();
    yield pageOf(src, text, env.config.maxDepth);
  },
};
