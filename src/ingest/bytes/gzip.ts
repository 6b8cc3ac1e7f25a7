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

/** What a gzip stream held; `cut` says why it ended early when a truncated stream was kept in part. */
export interface Gunzipped {
  bytes: Uint8Array;
  cut: string | null;
}

/**
 * Decompresses `bytes` (a gzip stream) into memory, refusing bombs and corrupt streams. A truncated
 * stream keeps what was inflated before the cut, with the reason, so a caller may keep whole records.
 */
export async function gunzipPartial(
  bytes: Uint8Array,
  limits: GzipLimits,
  deadline: Deadline,
): Promise<Gunzipped> {
  const gunzip = createGunzip();
  const source = Readable.from(chunks(bytes), { objectMode: false });
  source.on('error', (e) => gunzip.destroy(e));
  source.pipe(gunzip);
  const out: Buffer[] = [];
  let total = 0;
  let cut: string | null = null;
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
    const error = gzipError(e, total);
    if (!isTruncation(e)) throw error;
    cut = error.message;
  } finally {
    source.destroy();
    gunzip.destroy();
  }
  return { bytes: Buffer.concat(out, total), cut };
}

/** Decompresses `bytes` whole, or refuses them: a truncated stream is refused too. */
export async function gunzipCapped(
  bytes: Uint8Array,
  limits: GzipLimits,
  deadline: Deadline,
): Promise<Uint8Array> {
  const got = await gunzipPartial(bytes, limits, deadline);
  if (got.cut) throw new IngestRejection(got.cut);
  return got.bytes;
}

function isTruncation(e: unknown): boolean {
  const code = (e as { code?: string }).code;
  return code === 'Z_BUF_ERROR' || /unexpected end/i.test(String((e as Error).message));
}

function gzipError(e: unknown, total: number): IngestRejection {
  if (isTruncation(e)) {
    return new IngestRejection(`truncated gzip: stream ends after ${formatBytes(total)} of output`);
  }
  return new IngestRejection(`corrupt gzip: ${(e as Error).message ?? String(e)}`);
}
