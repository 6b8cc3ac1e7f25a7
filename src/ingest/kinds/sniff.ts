// Helpers for detection: the start of the content as text, whatever its encoding family.
import { looksUtf16 } from '../bytes/binary.js';
import { readBom } from '../bytes/charset.js';

export const SNIFF_BYTES = 1024;

/** The first `size` bytes as text, BOM skipped; UTF-16 (with or without a BOM) decoded; anything else as latin1. */
export function headText(bytes: Uint8Array, size = SNIFF_BYTES): string {
  const bom = readBom(bytes);
  const start = bom?.length ?? 0;
  const slice = bytes.subarray(start, start + size);
  const utf16 = bom && bom.encoding !== 'utf-8' ? bom.encoding : looksUtf16(bytes);
  if (utf16) return new TextDecoder(utf16).decode(slice);
  return Buffer.from(slice.buffer, slice.byteOffset, slice.length).toString('latin1');
}

/** The head with leading whitespace, comments, processing instructions and DOCTYPE removed. */
export function headAfterProlog(bytes: Uint8Array, size = SNIFF_BYTES * 4): string {
  let head = headText(bytes, size).trimStart();
  for (;;) {
    const next = head
      .replace(/^<\?[\s\S]*?\?>\s*/, '')
      .replace(/^<!--[\s\S]*?-->\s*/, '')
      .replace(/^<!DOCTYPE\b(?:[^[>]|\[[\s\S]*?\])*>\s*/i, '');
    if (next === head) return head;
    head = next;
  }
}

export function extension(name: string): string {
  const path = name.replace(/[?#].*$/, '').toLowerCase();
  const m = /\.([a-z0-9]+)(?:\.gz)?$/.exec(path);
  return m?.[1] ?? '';
}
