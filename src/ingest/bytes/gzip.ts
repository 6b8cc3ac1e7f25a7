// Streaming gunzip with limits: output is counted chunk by chunk and decompression stops as soon as
// it passes the size or ratio limit, so a bomb is never inflated in full. Concatenated members
// (WARC.gz stores one per record) are read as one stream.
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { Deadline } from '../deadline.js';
import { formatBytes, IngestRejection, overLimit } from '../errors.js';

export interface GzipLimits {
  maxDecompressedBytes: number;
  maxCompressionRatio: number;
  compressionRatioFloorBytes: number;
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

const CHUNK = 64 * 1024;

function* chunks(bytes: Uint8Array): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += CHUNK) yield bytes.subarray(i, i + CHUNK);
}

/** The limit a running total has broken, or null. */
function limitBroken(total: number, compressed: number, limits: GzipLimits): Error | null {
  if (total > limits.maxDecompressedBytes) {
    return overLimit(
      'decompressed size',
      null,
      formatBytes(limits.maxDecompressedBytes),
      '--max-decompressed-bytes',
    );
  }
  const ratio = total / Math.max(1, compressed);
  if (total > limits.compressionRatioFloorBytes && ratio > limits.maxCompressionRatio) {
    return overLimit(
      'compression ratio',
      `${Math.ceil(ratio)}:1 (${formatBytes(compressed)} inflating past ${formatBytes(total)})`,
      `${limits.maxCompressionRatio}:1`,
      '--max-compression-ratio',
    );
  }
  return null;
}

/** Decompresses `bytes` (a gzip stream) into memory, refusing bombs and truncated streams. */
export async function gunzipCapped(
  bytes: Uint8Array,
  limits: GzipLimits,
  deadline: Deadline,
): Promise<Uint8Array> {
  const gunzip = createGunzip();
  const source = Readable.from(chunks(bytes), { objectMode: false });
  source.on('error', (e) => gunzip.destroy(e));
  source.pipe(gunzip);
  const out: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      total += chunk.length;
      const broken = limitBroken(total, bytes.length, limits);
      if (broken) throw broken;
      deadline.check();
      out.push(chunk);
    }
  } catch (e) {
    if (e instanceof IngestRejection) throw e;
    throw gzipError(e, total);
  } finally {
    source.destroy();
    gunzip.destroy();
  }
  return Buffer.concat(out, total);
}

function gzipError(e: unknown, total: number): IngestRejection {
  const code = (e as { code?: string }).code;
  if (code === 'Z_BUF_ERROR' || /unexpected end/i.test(String((e as Error).message))) {
    return new IngestRejection(`truncated gzip: stream ends after ${formatBytes(total)} of output`);
  }
  return new IngestRejection(`corrupt gzip: ${(e as Error).message ?? String(e)}`);
}
