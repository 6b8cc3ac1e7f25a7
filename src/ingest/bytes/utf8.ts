// How UTF-8-like a byte string is: counts well-formed multi-byte sequences and invalid bytes, so a
// page that is UTF-8 with a few broken bytes can be told from one in a single-byte encoding.

export interface Utf8Stats {
  /** Well-formed sequences of two to four bytes. */
  multibyte: number;
  /** Bytes that are not part of any well-formed sequence. */
  invalid: number;
}

function continuation(bytes: Uint8Array, at: number, count: number): boolean {
  for (let k = 1; k <= count; k++) {
    const b = bytes[at + k];
    if (b === undefined || (b & 0xc0) !== 0x80) return false;
  }
  return true;
}

/** Length of the well-formed sequence starting at a lead byte, or 0 (overlongs and surrogates refused). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const next = bytes[i + 1] ?? 0;
  if (b >= 0xc2 && b <= 0xdf) return continuation(bytes, i, 1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    if ((b === 0xe0 && next < 0xa0) || (b === 0xed && next > 0x9f)) return 0;
    return continuation(bytes, i, 2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    if ((b === 0xf0 && next < 0x90) || (b === 0xf4 && next > 0x8f)) return 0;
    return continuation(bytes, i, 3) ? 4 : 0;
  }
  return 0;
}

export function utf8Stats(bytes: Uint8Array): Utf8Stats {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const len = sequenceLength(bytes, i);
    if (len === 0) {
      invalid++;
      i++;
    } else {
      multibyte++;
      i += len;
    }
  }
  return { multibyte, invalid };
}

/**
 * UTF-8 with damage rather than another encoding: real multi-byte sequences clearly outnumber the
 * broken bytes (a windows-1252 page has almost no well-formed sequences by chance).
 */
export function mostlyUtf8(stats: Utf8Stats): boolean {
  return stats.multibyte > 0 && stats.invalid <= Math.max(2, stats.multibyte / 4);
}
