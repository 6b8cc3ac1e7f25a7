// One source → a Loaded input: bytes read under the size limit and the deadline, hashed for the id,
// refused when empty or binary, and un-gzipped under the decompression limits.
import { createHash } from 'node:crypto';
import { binaryReason } from './bytes/binary.js';
import { type Gunzipped, gunzipPartial, isGzip } from './bytes/gzip.js';
import type { IngestConfig } from './config.js';
import type { Deadline } from './deadline.js';
import { IngestRejection } from './errors.js';
import { nonDocumentType } from './kinds/registry.js';
import type { Loaded } from './kinds/types.js';
import { type FetchDeps, fetchUrl } from './sources/fetch.js';
import type { Source } from './sources/inputs.js';
import { readFileCapped, readStreamCapped } from './sources/read.js';

export interface LoadDeps extends FetchDeps {
  stdin: () => AsyncIterable<Uint8Array | string>;
}

/** sha256 of the input bytes, first 16 hex digits: the same bytes always get the same id. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

export interface Fetched {
  bytes: Uint8Array;
  contentType: string | null;
  url: string | null;
  name: string;
}

async function fetchSource(
  source: Source,
  config: IngestConfig,
  deadline: Deadline,
  deps: LoadDeps,
): Promise<Fetched> {
  switch (source.type) {
    case 'missing':
      throw source.error;
    case 'file':
      return {
        bytes: await readFileCapped(source.path, config.maxBytes),
        contentType: null,
        url: null,
        name: source.path,
      };
    case 'stdin':
      return {
        bytes: await readStreamCapped(deps.stdin(), config.maxBytes, deadline),
        contentType: null,
        url: null,
        name: '-',
      };
    case 'url': {
      const got = await fetchUrl(source.url, config, deadline, deps);
      return { bytes: got.bytes, contentType: got.contentType, url: got.url, name: got.url };
    }
  }
}

/** A truncated gzip stream is kept in part only when it holds WARC: its whole records are still good. */
async function gunzipped(got: Fetched, config: IngestConfig, deadline: Deadline): Promise<Gunzipped> {
  if (!isGzip(got.bytes)) return { bytes: got.bytes, cut: null };
  const out = await gunzipPartial(got.bytes, config, deadline);
  if (out.cut && !/^WARC\//.test(Buffer.from(out.bytes.subarray(0, 5)).toString('latin1'))) {
    throw new IngestRejection(out.cut);
  }
  return out;
}

/** Empty, binary, a non-document media type, or gzip to undo: the checks every kind relies on. */
async function prepare(got: Fetched, config: IngestConfig, deadline: Deadline): Promise<Gunzipped> {
  if (got.bytes.length === 0) throw new IngestRejection('empty input (0 bytes)');
  const refusedType = nonDocumentType(got.contentType);
  if (refusedType) throw new IngestRejection(`content type ${refusedType} is not a text or markup document`);
  const out = await gunzipped(got, config, deadline);
  if (out.bytes.length === 0) throw new IngestRejection('empty input (gzip holds 0 bytes)');
  const binary = binaryReason(out.bytes);
  if (binary) throw new IngestRejection(binary);
  deadline.check();
  return out;
}

export async function loadSource(
  source: Source,
  config: IngestConfig,
  deadline: Deadline,
  deps: LoadDeps,
): Promise<Loaded> {
  return loadFetched(source.input, await fetchSource(source, config, deadline, deps), config, deadline);
}

/** Bytes already fetched (a feed poll, an item's page) → a Loaded input, with the same checks. */
export async function loadFetched(
  input: string,
  got: Fetched,
  config: IngestConfig,
  deadline: Deadline,
): Promise<Loaded> {
  const { bytes, cut } = await prepare(got, config, deadline);
  return {
    input,
    name: got.name,
    bytes,
    ...(cut ? { cut } : {}),
    hash: contentHash(got.bytes),
    contentType: got.contentType,
    url: got.url,
  };
}
