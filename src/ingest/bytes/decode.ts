// Bytes → string, by a numbered cascade:
//   1. a byte order mark;
//   2. what the container declares: HTTP (or WARC) Content-Type charset;
//   3. what the document declares: the XML declaration, then <meta charset> for HTML;
//   4. valid UTF-8;
//   5. UTF-8 with a few broken bytes (decoded with U+FFFD rather than refused);
//   6. chardet's statistical guess, decoded with iconv-lite;
//   7. windows-1252, which maps every byte.
// Declarations the bytes contradict are not trusted: UTF-8 declared over bytes that are not UTF-8
// (servers often say UTF-8 over windows-1252 pages), and a single-byte charset declared over bytes
// that are valid UTF-8 with multi-byte sequences (a CMS template saying ISO-8859-1 over UTF-8
// content; real latin-1 text almost never forms valid UTF-8 sequences by chance).
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { looksUtf16 } from './binary.js';
import { httpCharset, metaCharset, normalizeCharset, readBom, xmlCharset } from './charset.js';
import { mostlyUtf8, type Utf8Stats, utf8Stats } from './utf8.js';

export type CharsetSource =
  | 'bom'
  | 'http'
  | 'xml'
  | 'meta'
  | 'utf-8'
  | 'utf-8-repaired'
  | 'sniffed'
  | 'fallback';

export interface Decoded {
  text: string;
  encoding: string;
  from: CharsetSource;
}

export interface DecodeHints {
  /** The HTTP or WARC Content-Type header, when there was one. */
  contentType?: string | null;
  /** Which in-document declarations to look for. */
  markup?: 'html' | 'xml' | null;
}

interface Choice {
  encoding: string;
  from: CharsetSource;
}

type Finder = (bytes: Uint8Array, hints: DecodeHints, stats: () => Utf8Stats) => Choice | null;

const declared =
  (from: CharsetSource, read: (bytes: Uint8Array, hints: DecodeHints) => string | null): Finder =>
  (bytes, hints, stats) => {
    const encoding = read(bytes, hints);
    if (!encoding) return null;
    if (encoding === 'utf-8' && !isUtf8ish(stats())) return null;
    if (SINGLE_BYTE.test(encoding) && isCleanUtf8(stats())) return { encoding: 'utf-8', from: 'utf-8' };
    return { encoding, from };
  };

const SINGLE_BYTE = /^(?:windows-125\d|iso-?8859-\d+|koi8-[ru]|macintosh|cp125\d)$/;
const isCleanUtf8 = (s: Utf8Stats) => s.invalid === 0 && s.multibyte > 0;

const isUtf8ish = (s: Utf8Stats) => s.invalid === 0 || mostlyUtf8(s);

const FINDERS: readonly Finder[] = [
  (bytes) => {
    const bom = readBom(bytes);
    return bom ? { encoding: bom.encoding, from: 'bom' } : null;
  },
  declared('http', (_, hints) => httpCharset(hints.contentType)),
  declared('xml', (bytes, hints) => (hints.markup === 'html' ? null : xmlCharset(bytes))),
  declared('meta', (bytes, hints) => (hints.markup === 'html' ? metaCharset(bytes) : null)),
  (bytes) => {
    const utf16 = looksUtf16(bytes);
    return utf16 ? { encoding: utf16, from: 'sniffed' } : null;
  },
  (_, __, stats) => (stats().invalid === 0 ? { encoding: 'utf-8', from: 'utf-8' } : null),
  (_, __, stats) => (mostlyUtf8(stats()) ? { encoding: 'utf-8', from: 'utf-8-repaired' } : null),
  (bytes) => {
    const guess = normalizeCharset(chardet.detect(bytes.subarray(0, 64 * 1024)));
    return guess && guess !== 'utf-8' ? { encoding: guess, from: 'sniffed' } : null;
  },
];

function choose(bytes: Uint8Array, hints: DecodeHints): Choice {
  let cached: Utf8Stats | null = null;
  const stats = () => {
    cached ??= utf8Stats(bytes);
    return cached;
  };
  for (const find of FINDERS) {
    const choice = find(bytes, hints, stats);
    if (choice) return choice;
  }
  return { encoding: 'windows-1252', from: 'fallback' };
}

/** Decodes bytes to a string; never throws on malformed input (bad sequences become U+FFFD). */
export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): Decoded {
  const choice = choose(bytes, hints);
  const bom = readBom(bytes);
  const body = bom && bom.encoding === choice.encoding ? bytes.subarray(bom.length) : bytes;
  const text =
    choice.encoding === 'utf-8'
      ? new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body)
      : iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.length), choice.encoding, {
          stripBOM: true,
        });
  return { text, encoding: choice.encoding, from: choice.from };
}
