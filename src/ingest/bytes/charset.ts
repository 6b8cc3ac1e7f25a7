// Where a document declares its own encoding: the byte order mark, the HTTP Content-Type header,
// the XML declaration and HTML <meta charset>. Each finder reads only the head of the bytes.
import iconv from 'iconv-lite';

const HEAD = 4096;

/** ASCII-compatible view of the head, enough to read declarations written in ASCII. */
function headAscii(bytes: Uint8Array, size = HEAD): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, size)).toString('latin1');
}

/** WHATWG labels that differ from what iconv-lite would do (latin1 is really windows-1252 on the web). */
const ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'x-sjis': 'shift_jis',
  gb2312: 'gbk',
  'x-gbk': 'gbk',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
};

/** A usable encoding name for iconv-lite, or null when the label is unknown. */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const clean = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  const name = ALIASES[clean] ?? clean;
  return iconv.encodingExists(name) ? name : null;
}

export interface Bom {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  length: number;
}

export function readBom(bytes: Uint8Array): Bom | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** `text/html; charset=ISO-8859-1` → `windows-1252`. */
export function httpCharset(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return normalizeCharset(m?.[2]);
}

/** `<?xml version="1.0" encoding="windows-1251"?>` at the very start. */
export function xmlCharset(bytes: Uint8Array): string | null {
  const m = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(headAscii(bytes, 512));
  return normalizeCharset(m?.[1]);
}

/** `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the head. */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = headAscii(bytes).replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([^"'\s;/>]+)/i.exec(tag);
    const found = normalizeCharset(direct?.[1]);
    if (found) return found;
  }
  return null;
}
