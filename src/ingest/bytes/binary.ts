// Is it text at all? Known binary formats are named by their magic bytes; anything else with NUL
// bytes (outside UTF-16) or mostly control characters is refused as binary.

interface Signature {
  name: string;
  at: number;
  bytes: readonly number[];
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/** Data, not a list of branches: add a format by adding a row. */
const SIGNATURES: readonly Signature[] = [
  { name: 'PDF document', at: 0, bytes: ascii('%PDF-') },
  { name: 'PNG image', at: 0, bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', at: 0, bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', at: 0, bytes: ascii('GIF8') },
  { name: 'WebP/RIFF media', at: 0, bytes: ascii('RIFF') },
  { name: 'MP4/QuickTime media', at: 4, bytes: ascii('ftyp') },
  { name: 'ZIP archive (or Office document)', at: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'OLE document (old Office format)', at: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: '7-Zip archive', at: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: 'RAR archive', at: 0, bytes: ascii('Rar!') },
  { name: 'gzip stream inside gzip', at: 0, bytes: [0x1f, 0x8b] },
  { name: 'bzip2 stream', at: 0, bytes: ascii('BZh') },
  { name: 'xz stream', at: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: 'zstd stream', at: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: 'ELF executable', at: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'WebAssembly module', at: 0, bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'SQLite database', at: 0, bytes: ascii('SQLite format 3') },
];

const SAMPLE = 8192;

function matches(bytes: Uint8Array, sig: Signature): boolean {
  return sig.bytes.every((b, i) => bytes[sig.at + i] === b);
}

/** UTF-16 without a BOM: NULs fall almost only on one parity (the high bytes of ASCII). */
export function looksUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** Why these bytes are not text, or null when they may be. */
export function binaryReason(bytes: Uint8Array): string | null {
  const known = SIGNATURES.find((sig) => matches(bytes, sig));
  if (known) return `binary content: ${known.name}, not a text or markup document`;
  if (hasUtf16Bom(bytes) || looksUtf16(bytes)) return null;
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return `binary content: NUL byte at offset ${i}`;
    // Tab, newline, vertical tab, form feed, carriage return and escape occur in real text.
    if (b < 0x20 && (b < 0x09 || b > 0x0d) && b !== 0x1b) control++;
  }
  if (n > 0 && control / n > 0.1) {
    return `binary content: ${Math.round((100 * control) / n)}% control bytes in the first ${n} bytes`;
  }
  return null;
}
