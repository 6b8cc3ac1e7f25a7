// Reading bytes with the size limit applied before or while reading, never after.
import { open } from 'node:fs/promises';
import type { Deadline } from '../deadline.js';
import { formatBytes, overLimit } from '../errors.js';

export function tooBig(found: number | null, maxBytes: number): Error {
  return overLimit('size', found === null ? null : formatBytes(found), formatBytes(maxBytes), '--max-bytes');
}

/** A file, refused by its size on disk before a byte is read. */
export async function readFileCapped(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw tooBig(size, maxBytes);
    // Read at most one byte past the limit: the file may have grown since it was measured.
    const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) throw tooBig(null, maxBytes);
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** A stream (standard input, an HTTP body), stopped as soon as it passes the limit or the deadline. */
export async function readStreamCapped(
  stream: AsyncIterable<Uint8Array | string>,
  maxBytes: number,
  deadline: Deadline,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += bytes.length;
    if (total > maxBytes) throw tooBig(null, maxBytes);
    deadline.check();
    parts.push(bytes);
  }
  return Buffer.concat(parts, total);
}
