// WARC and WARC.gz (gzip is undone before kinds are chosen): every `response` record with a
// successful HTML payload (and every HTML `resource` record) becomes an article, with
// WARC-Target-URI as url and WARC-Date as `published` (publishedFrom `warc`). Requests, metadata, revisits and non-HTML payloads are not
// articles and are passed over; if nothing is left the whole file is rejected, with the counts.
// A truncated record (or gzip stream) ends the file: the whole records before it are kept and the
// cut is reported after them as one rejection naming the record.
import { WARCParser, type WARCRecord } from 'warcio';
import type { RawDocument } from '../../types/article.js';
import type { Outcome } from '../../types/stages.js';
import { decodeBytes } from '../bytes/decode.js';
import { toIsoDate } from '../dates.js';
import { formatBytes, IngestRejection, overLimit, rejected, rejectedItem } from '../errors.js';
import { documentOf } from './document.js';
import { detectHtml } from './html.js';
import { headText } from './sniff.js';
import type { Detection, KindReader, Loaded, ReadEnv } from './types.js';
import { frameWarc, type WarcFrame } from './warc-frame.js';

export function detectWarc(bytes: Uint8Array): Detection {
  return /^WARC\/\d/.test(headText(bytes, 16)) ? 'sure' : null;
}

const CHUNK = 64 * 1024;
function* chunks(bytes: Uint8Array): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += CHUNK) yield bytes.subarray(i, i + CHUNK);
}

/** The payload with HTTP transfer and content encodings undone, stopped at the decompression limit. */
async function payloadOf(record: WARCRecord, env: ReadEnv): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of record.contentReader) {
    total += chunk.length;
    if (total > env.config.maxDecompressedBytes) {
      const limit = formatBytes(env.config.maxDecompressedBytes);
      throw overLimit('record payload size', null, limit, '--max-decompressed-bytes');
    }
    env.deadline.check();
    parts.push(chunk);
  }
  return Buffer.concat(parts, total);
}

function isHtmlType(contentType: string | null): boolean | null {
  if (!contentType) return null;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return true;
  return type === 'application/octet-stream' || type === '' ? null : false;
}

/** Status and Content-Type of a record's payload: from its HTTP headers (response), or the record (resource). */
function payloadInfo(record: WARCRecord): { ok: boolean; contentType: string | null } {
  if (record.warcType === 'resource') return { ok: true, contentType: record.warcContentType ?? null };
  const info = record.getResponseInfo();
  const status = Number(info?.status ?? 0);
  return { ok: status >= 200 && status < 300, contentType: info?.headers.get('content-type') ?? null };
}

async function recordDocument(src: Loaded, index: number, record: WARCRecord, env: ReadEnv) {
  const { ok, contentType } = payloadInfo(record);
  if (!ok) return null;
  const declared = isHtmlType(contentType);
  if (declared === false) return null;
  const payload = await payloadOf(record, env);
  if (declared === null && detectHtml(payload, record.warcTargetURI ?? '') !== 'sure') return null;
  const { text } = decodeBytes(payload, { contentType, markup: 'html' });
  const published = toIsoDate(record.warcDate);
  return documentOf(
    src,
    {
      item: index,
      kind: 'warc',
      format: 'html',
      content: text,
      meta: { url: record.warcTargetURI ?? null, published, publishedFrom: published ? 'warc' : null },
    },
    env.config.maxDepth,
  );
}

/** The records of one frame: warcio sees only that record's bytes, so a bad record cannot stall the rest. */
function recordsOf(bytes: Uint8Array, frame: WarcFrame): AsyncIterable<WARCRecord> {
  return WARCParser.iterRecords(chunks(bytes.subarray(frame.start, frame.end)));
}

async function* warcDocuments(src: Loaded, env: ReadEnv): AsyncGenerator<Outcome<RawDocument>> {
  const counts = { records: 0, responses: 0, articles: 0 };
  const { frames, problem } = frameWarc(src.bytes);
  // A gzip stream cut at a member boundary leaves whole records but a missing tail: said after them.
  const stop = problem ?? src.cut ?? null;
  for (const frame of frames) {
    env.deadline.restart();
    for await (const record of recordsOf(src.bytes, frame)) {
      const at = counts.records++;
      // Responses are what crawlers store; resource records hold pages saved without HTTP (wget, browsers).
      if (record.warcType !== 'response' && record.warcType !== 'resource') continue;
      counts.responses++;
      try {
        const doc = await recordDocument(src, at, record, env);
        if (doc) counts.articles++;
        if (doc) yield doc;
      } catch (e) {
        counts.articles++;
        yield rejectedItem(
          src.input,
          `WARC record ${at + 1} (${record.warcTargetURI ?? 'no target URI'})`,
          e,
        );
      }
    }
  }
  if (counts.articles === 0) {
    const found = `${counts.records} records, ${counts.responses} responses`;
    throw new IngestRejection(
      stop ? `${stop} (${found} before it)` : `no HTML response records in WARC (${found})`,
    );
  }
  if (stop) yield rejected(src.input, new IngestRejection(stop));
}

export const warcKind: KindReader = {
  name: 'warc',
  kind: 'warc',
  mediaTypes: ['application/warc'],
  detect: detectWarc,
  read: warcDocuments,
};
