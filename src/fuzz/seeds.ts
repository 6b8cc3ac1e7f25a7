// One well-formed seed per input kind, taken from the ingest fixtures and the bundled example, and
// the shapes that stress each kind: a valid header before random bytes, deep nesting, many items.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const here = fileURLToPath(new URL('.', import.meta.url));
const ingestFixtures = join(here, '..', 'ingest', 'fixtures');
const example = join(here, '..', '..', 'examples', 'geneva-2022');

export const KIND_NAMES = [
  'text',
  'html',
  'html.gz',
  'rss',
  'atom',
  'json-feed',
  'jsonl',
  'warc',
  'warc.gz',
] as const;
export type FuzzKind = (typeof KIND_NAMES)[number];

export interface KindSpec {
  /** File name the input is written under: the extension is one of the signs kinds are chosen by. */
  file: string;
  /** Gzip the content before writing (html.gz, warc.gz). */
  gzip: boolean;
  seed: Uint8Array;
  /** A valid opening that random bytes follow. */
  header: string;
  deep: (n: number) => string;
  wide: (n: number) => string;
}

const read = (...parts: string[]) => new Uint8Array(readFileSync(join(...parts)));
const para = 'The harbour board approved the budget on Tuesday, officials said.';

function warcRecord(url: string, html: string): string {
  const http = `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n${html}`;
  const length = Buffer.byteLength(http);
  return `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: ${url}\r\nWARC-Date: 2023-11-02T10:15:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${length}\r\n\r\n${http}\r\n\r\n`;
}

const rssItems = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<item><title>Item ${i}</title><description>${para}</description></item>`,
  ).join('');

const html = read(ingestFixtures, 'windows-1252-html', 'page.html');
const warc = new Uint8Array(gunzipSync(read(ingestFixtures, 'warc-gz', 'crawl.warc.gz')));

export const KINDS: Record<FuzzKind, KindSpec> = {
  text: {
    file: 'report.txt',
    gzip: false,
    seed: read(example, '000_295f587e640d5f64.txt'),
    header: 'GENEVA (Reuters) - ',
    deep: (n) => `${'('.repeat(n)}${para}${')'.repeat(n)}`,
    wide: (n) => Array.from({ length: n }, () => para).join('\n'),
  },
  html: {
    file: 'page.html',
    gzip: false,
    seed: html,
    header: '<!DOCTYPE html><html><head><title>T</title></head><body>',
    deep: (n) => `<html><body>${'<div>'.repeat(n)}${para}${'</div>'.repeat(n)}</body></html>`,
    wide: (n) => `<html><body><article>${`<p>${para}</p>`.repeat(n)}</article></body></html>`,
  },
  'html.gz': {
    file: 'page.html.gz',
    gzip: true,
    seed: html,
    header: '<html><body><p>',
    deep: (n) => `<html><body>${'<span>'.repeat(n)}${para}</body></html>`,
    wide: (n) => `<html><body>${`<p>${para}</p>`.repeat(n)}</body></html>`,
  },
  rss: {
    file: 'feed.xml',
    gzip: false,
    seed: read(ingestFixtures, 'rss2-content-encoded', 'feed.xml'),
    header: '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>',
    deep: (n) => `<rss version="2.0"><channel>${'<x>'.repeat(n)}${'</x>'.repeat(n)}</channel></rss>`,
    wide: (n) => `<rss version="2.0"><channel><title>T</title>${rssItems(n)}</channel></rss>`,
  },
  atom: {
    file: 'feed.atom',
    gzip: false,
    seed: read(ingestFixtures, 'atom', 'feed.xml'),
    header: '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><content type="html">',
    deep: (n) =>
      `<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="html">${'&lt;b&gt;'.repeat(n)}</content></entry></feed>`,
    wide: (n) =>
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>${Array.from({ length: n }, (_, i) => `<entry><title>E${i}</title><content>${para}</content></entry>`).join('')}</feed>`,
  },
  'json-feed': {
    file: 'feed.json',
    gzip: false,
    seed: read(ingestFixtures, 'json-feed', 'feed.json'),
    header: '{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{"content_text":"',
    deep: (n) => `{"version":"https://jsonfeed.org/version/1.1","items":[${'['.repeat(n)}${']'.repeat(n)}]}`,
    wide: (n) =>
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        items: Array.from({ length: n }, (_, i) => ({ id: String(i), content_text: para })),
      }),
  },
  jsonl: {
    file: 'articles.jsonl',
    gzip: false,
    seed: read(ingestFixtures, 'jsonl', 'articles.jsonl'),
    header: '{"url":"https://a.example/1","text":"',
    deep: (n) => `{"text":"${para}","x":${'{"a":'.repeat(n)}1${'}'.repeat(n)}}\n`,
    wide: (n) => Array.from({ length: n }, (_, i) => JSON.stringify({ text: `${para} ${i}` })).join('\n'),
  },
  warc: {
    file: 'crawl.warc',
    gzip: false,
    seed: warc,
    header: 'WARC/1.0\r\nWARC-Type: response\r\nContent-Length: ',
    deep: (n) => warcRecord('https://a.example/deep', `<html><body>${'<div>'.repeat(n)}x</body></html>`),
    wide: (n) =>
      Array.from({ length: n }, (_, i) =>
        warcRecord(`https://a.example/${i}`, `<p>${para} ${para} ${para} ${para}</p>`),
      ).join(''),
  },
  'warc.gz': {
    file: 'crawl.warc.gz',
    gzip: true,
    seed: warc,
    header: 'WARC/1.1\r\nWARC-Type: resource\r\nContent-Type: text/html\r\nContent-Length: 99999\r\n\r\n',
    deep: (n) => warcRecord('https://a.example/deep', `<html><body>${'<b>'.repeat(n)}x</body></html>`),
    wide: (n) =>
      Array.from({ length: n }, (_, i) =>
        warcRecord(`https://a.example/${i}`, `<p>${para} ${para} ${para} ${para}</p>`),
      ).join(''),
  },
};
