// The hostile folder of the reliability issue, made at run time (nothing big is committed): a WARC
// cut off mid-record, 30 MB of one repeated sentence, the other bad kinds ingest refuses, and one
// good report that must come through. `expected` names each bad file and the reason it must get.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));

function warcRecord(url: string, html: string, extra = 0): string {
  const http = `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n${html}`;
  const length = Buffer.byteLength(http) + extra;
  return `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: ${url}\r\nWARC-Date: 2023-11-02T10:15:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${length}\r\n\r\n${http}`;
}

/** File name → a pattern its stderr line must match. */
export type Expected = Record<string, RegExp>;

export function makeHostileFolder(dir: string, bigTextBytes = 30 * 1024 * 1024): Expected {
  mkdirSync(dir, { recursive: true });
  const put = (name: string, content: string | Uint8Array) => writeFileSync(join(dir, name), content);
  const good = readFileSync(join(root, 'examples', 'geneva-2022', '000_295f587e640d5f64.txt'));
  put('good-report.txt', good);
  // A crawl cut off mid-write: the record announces 5,000 more bytes than follow.
  put('cut-crawl.warc', warcRecord('https://x.example/a', '<html><body><p>Cut off.</p></body></html>', 5000));
  const sentence = 'The council approved the new budget for the harbour on Tuesday evening. ';
  put('repeated.txt', sentence.repeat(Math.ceil(bigTextBytes / sentence.length)));
  put('bomb.html.gz', gzipSync(Buffer.alloc(8 * 1024 * 1024)));
  const page = gzipSync(Buffer.from(`<html><body>${'<p>Some text here.</p>'.repeat(2000)}</body></html>`));
  put('cut.html.gz', page.subarray(0, page.length >> 1));
  const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join(
    '',
  );
  put(
    'laughs.xml',
    `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">${levels}]><rss version="2.0"><channel><item><title>&l9;</title></item></channel></rss>`,
  );
  put('deep.html', `<html><body>${'<div>'.repeat(10_000)}x${'</div>'.repeat(10_000)}</body></html>`);
  put(
    'deep.json',
    `{"version":"https://jsonfeed.org/version/1.1","items":[${'['.repeat(10_000)}${']'.repeat(10_000)}]}`,
  );
  // Random bytes with no NUL before offset 10, so the reason names the planted one every run.
  const noise = randomBytes(4096).map((b, i) => (i < 10 && b === 0 ? 1 : b));
  noise[10] = 0;
  put('noise.bin', noise);
  put(
    'photo.html',
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(64)]),
  );
  put('empty.txt', '');
  return {
    'cut-crawl.warc':
      /truncated WARC record 1 \(https:\/\/x\.example\/a\): Content-Length \d+ bytes but only \d+ follow/,
    'repeated.txt': /article size [\d,]+ characters over 1,000,000 limit \(--max-article-chars\)/,
    'bomb.html.gz': /compression ratio \d+:1 .* over 200:1 limit \(--max-compression-ratio\)/,
    'cut.html.gz': /truncated gzip: stream ends after/,
    'laughs.xml': /XML DOCTYPE declares \d+ entities/,
    'deep.html': /HTML nesting depth 10002 over 512 limit \(--max-depth\)/,
    'deep.json': /JSON nesting depth 10002 over 512 limit \(--max-depth\)/,
    'noise.bin': /binary content: NUL byte at offset 10/,
    'photo.html': /binary content: PNG image/,
    'empty.txt': /empty input \(0 bytes\)/,
  };
}
