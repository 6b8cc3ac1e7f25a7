import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import { collect, docs, reasons, tempDir } from './testing.js';

const encoder = new TextEncoder();

async function* body(text: string | Uint8Array) {
  yield typeof text === 'string' ? encoder.encode(text) : text;
}

interface Resp {
  url: string;
  type?: 'response' | 'request' | 'warcinfo' | 'metadata' | 'resource';
  status?: string;
  contentType?: string;
  payload: string | Uint8Array;
}

async function record(r: Resp, gzip: boolean): Promise<Uint8Array> {
  const type = r.type ?? 'response';
  const http = type === 'response' || type === 'request';
  const resourceType =
    type === 'resource' && r.contentType ? { warcHeaders: { 'Content-Type': r.contentType } } : {};
  const rec = WARCRecord.create(
    {
      url: r.url,
      date: '2023-11-02T10:15:00Z',
      type,
      ...resourceType,
      ...(http
        ? {
            statusline: type === 'request' ? 'GET / HTTP/1.1' : (r.status ?? 'HTTP/1.1 200 OK'),
            httpHeaders: r.contentType ? { 'Content-Type': r.contentType } : {},
          }
        : {}),
    },
    body(r.payload),
  );
  return WARCSerializer.serialize(rec, { gzip });
}

async function warcFile(records: Resp[], gzip: boolean): Promise<string> {
  const parts = await Promise.all(records.map((r) => record(r, gzip)));
  const dir = tempDir('warc');
  const path = join(dir, gzip ? 'crawl.warc.gz' : 'crawl.warc');
  await writeFile(path, Buffer.concat(parts));
  return path;
}

const PAGE =
  '<html><head><title>Harvest</title></head><body><p>Wheat prices rose by 4% on Monday.</p></body></html>';
const CRAWL: Resp[] = [
  { url: 'https://site.example/news/harvest', type: 'request', payload: '' },
  { url: 'https://site.example/news/harvest', contentType: 'text/html; charset=utf-8', payload: PAGE },
  {
    url: 'https://site.example/logo.png',
    contentType: 'image/png',
    payload: new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
  },
  {
    url: 'https://site.example/gone',
    status: 'HTTP/1.1 404 Not Found',
    contentType: 'text/html',
    payload: '<p>Not found</p>',
  },
  {
    url: 'https://site.example/news/tariffs',
    contentType: 'text/html',
    payload: '<p>Tariffs were cut by half.</p>',
  },
];

for (const gzip of [true, false]) {
  test(`WARC${gzip ? '.gz' : ''}: each HTML response record is one article, url and date from the WARC headers`, async () => {
    const out = await collect([await warcFile(CRAWL, gzip)]);
    assert.deepEqual(reasons(out), []);
    const found = docs(out);
    assert.deepEqual(
      found.map((d) => d.meta.url),
      ['https://site.example/news/harvest', 'https://site.example/news/tariffs'],
    );
    assert.equal(found[0]?.kind, 'warc');
    assert.equal(found[0]?.format, 'html');
    assert.equal(found[0]?.content, PAGE);
    assert.equal(found[0]?.meta.published, '2023-11-02T10:15:00Z');
    assert.equal(found[0]?.meta.publishedFrom, 'warc');
    // The id is the file's hash plus the record's position (record 1 of 0..4, record 4).
    assert.match(found[0]!.id, /^[0-9a-f]{16}-1$/);
    assert.match(found[1]!.id, /^[0-9a-f]{16}-4$/);
  });
}

test('an HTML resource record (a page saved without HTTP) is an article too', async () => {
  const saved: Resp = {
    url: 'file:///saved/page.html',
    type: 'resource',
    contentType: 'text/html',
    payload: PAGE,
  };
  const found = docs(await collect([await warcFile([saved], true)]));
  assert.deepEqual(
    found.map((d) => [d.meta.url, d.content]),
    [['file:///saved/page.html', PAGE]],
  );
});

test('a WARC with no HTML responses is rejected with its counts', async () => {
  const out = await collect([await warcFile([CRAWL[0]!, CRAWL[2]!], true)]);
  assert.deepEqual(reasons(out), ['no HTML response records in WARC (2 records, 1 responses)']);
});

test('a WARC record over the decompression limit is rejected alone; the other records are kept', async () => {
  const big = `<p>${'x'.repeat(300 * 1024)}</p>`;
  const records: Resp[] = [
    { url: 'https://site.example/big', contentType: 'text/html', payload: big },
    CRAWL[4]!,
  ];
  const out = await collect([await warcFile(records, false)], { maxDecompressedBytes: 256 * 1024 });
  assert.deepEqual(
    docs(out).map((d) => d.meta.url),
    ['https://site.example/news/tariffs'],
  );
  assert.deepEqual(reasons(out), [
    'WARC record 1 (https://site.example/big): record payload size over 256 KB limit (--max-decompressed-bytes)',
  ]);
});

/** A WARC whose last record announces more bytes than follow, as a crawl cut off mid-write leaves it. */
async function cutWarc(gzip: boolean, keep: number): Promise<string> {
  const parts = await Promise.all([CRAWL[1]!, CRAWL[4]!].map((r) => record(r, false)));
  const whole = Buffer.concat(parts);
  const cut = whole.subarray(0, whole.length - keep);
  const path = join(tempDir('warc-cut'), gzip ? 'cut.warc.gz' : 'cut.warc');
  await writeFile(path, gzip ? gzipSync(cut).subarray(0, -4) : cut);
  return path;
}

test('a WARC record longer than the bytes left ends the file: earlier records kept, the cut named', async () => {
  const started = performance.now();
  const out = await collect([await cutWarc(false, 20)]);
  assert.ok(performance.now() - started < 2000);
  assert.deepEqual(
    docs(out).map((d) => d.meta.url),
    ['https://site.example/news/harvest'],
  );
  assert.equal(reasons(out).length, 1);
  assert.match(
    reasons(out)[0]!,
    /^truncated WARC record 2 \(https:\/\/site\.example\/news\/tariffs\): Content-Length \d+ bytes but only \d+ follow$/,
  );
});

test('a truncated WARC alone is one rejection naming the cut record', async () => {
  const parts = await record(CRAWL[1]!, false);
  const path = join(tempDir('warc-cut'), 'one.warc');
  await writeFile(path, parts.subarray(0, parts.length - 10));
  assert.deepEqual(reasons(await collect([path])).length, 1);
  assert.match(
    reasons(await collect([path]))[0]!,
    /^truncated WARC record 1 \(https:\/\/site\.example\/news\/harvest\): Content-Length \d+ bytes but only \d+ follow \(0 records, 0 responses before it\)$/,
  );
});

test('a cut warc.gz keeps its whole records and reports the truncated stream', async () => {
  const out = await collect([await cutWarc(true, 0)]);
  // Cut at a member boundary: every record is whole, and the missing tail is still said.
  assert.equal(docs(out).length, 2);
  assert.match(reasons(out)[0]!, /^truncated gzip: stream ends after [\d.]+ KB of output$/);
  const cut = await collect([await cutWarc(true, 30)]);
  assert.equal(docs(cut).length, 1);
  assert.match(reasons(cut)[0]!, /^truncated WARC record 2 /);
});
