import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { createIngest } from './index.js';
import type { KindReader } from './kinds/types.js';
import { collect, docs, reasons, tempDir } from './testing.js';

const dir = tempDir('bad');
async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}
const GOOD = await file('good.txt', 'Ministers agreed a new budget on Tuesday.\n');

/** Every bad input is one rejection; the good input after it is still read. */
async function rejectsAlone(path: string, config: Parameters<typeof collect>[1] = {}): Promise<string> {
  const out = await collect([path, GOOD], config);
  assert.equal(out.length, 2, JSON.stringify(out));
  assert.equal(out[0]?.status, 'rejected');
  assert.equal(docs(out)[0]?.input, GOOD);
  return reasons(out)[0]!;
}

test('a 1 MB zero bomb gzip is stopped by the compression ratio, and by the size limit', async () => {
  const bomb = await file('bomb.html.gz', gzipSync(Buffer.alloc(1024 * 1024)));
  assert.match(
    await rejectsAlone(bomb),
    /^compression ratio \d+:1 .* over 200:1 limit \(--max-compression-ratio\)$/,
  );
  const sized = await rejectsAlone(bomb, { maxDecompressedBytes: 512 * 1024, maxCompressionRatio: 1e6 });
  assert.equal(sized, 'decompressed size over 512 KB limit (--max-decompressed-bytes)');
});

test('a truncated gzip is refused, not read in part', async () => {
  const whole = gzipSync(Buffer.from(`<html><body>${'<p>Some text here.</p>'.repeat(2000)}</body></html>`));
  const cut = await file('cut.html.gz', whole.subarray(0, Math.floor(whole.length / 2)));
  assert.match(await rejectsAlone(cut), /^truncated gzip: stream ends after/);
});

test('a billion-laughs XML feed is refused before any entity is expanded', async () => {
  const levels = Array.from(
    { length: 9 },
    (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`,
  ).join('\n');
  const xml = `<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY lol0 "lol">\n${levels}\n]>\n<rss version="2.0"><channel><title>&lol9;</title><item><title>x</title><description>&lol9;</description></item></channel></rss>`;
  const started = performance.now();
  const reason = await rejectsAlone(await file('laughs.xml', xml));
  assert.match(reason, /^XML DOCTYPE declares 10 entities/);
  assert.ok(performance.now() - started < 2000);
});

test('10,000-deep HTML, XML and JSON are refused over --max-depth', async () => {
  const html = `<html><body>${'<div>'.repeat(10_000)}deep${'</div>'.repeat(10_000)}</body></html>`;
  assert.equal(
    await rejectsAlone(await file('deep.html', html)),
    'HTML nesting depth 10002 over 512 limit (--max-depth)',
  );
  const xml = `<rss version="2.0"><channel>${'<x>'.repeat(10_000)}${'</x>'.repeat(10_000)}</channel></rss>`;
  assert.equal(
    await rejectsAlone(await file('deep.xml', xml)),
    'XML nesting depth 10002 over 512 limit (--max-depth)',
  );
  const feed = `{"version":"https://jsonfeed.org/version/1.1","items":[${'['.repeat(10_000)}${']'.repeat(10_000)}]}`;
  assert.equal(
    await rejectsAlone(await file('deep.json', feed)),
    'JSON nesting depth 10002 over 512 limit (--max-depth)',
  );
  const line = `{"text":"ok","x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
  const out = await collect([await file('deep.jsonl', `{"text":"A first line."}\n${line}\n`)]);
  assert.equal(docs(out).length, 1);
  assert.deepEqual(reasons(out), ['line 2: JSON nesting depth 10001 over 512 limit (--max-depth)']);
});

test('deep HTML inside a feed item or a JSON field is caught too (no XML or JSON depth check sees it)', async () => {
  const deep = `${'<div>'.repeat(5000)}x${'</div>'.repeat(5000)}`;
  const lines = `${JSON.stringify({ html: deep })}\n${JSON.stringify({ text: 'A fine line.' })}\n`;
  const out = await collect([await file('deep-html.jsonl', lines)]);
  assert.equal(docs(out).length, 1);
  assert.deepEqual(reasons(out), ['line 1: HTML nesting depth 5000 over 512 limit (--max-depth)']);
  const escaped = deep.replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  const rss = `<rss version="2.0"><channel><title>T</title><item><title>Deep</title><description>${escaped}</description></item></channel></rss>`;
  assert.deepEqual(reasons(await collect([await file('deep-item.xml', rss)])), [
    'feed item 1: HTML nesting depth 5000 over 512 limit (--max-depth)',
  ]);
});

test('binary files are refused: NUL bytes, and known formats by name', async () => {
  const noise = randomBytes(4096);
  noise[100] = 0;
  assert.match(
    await rejectsAlone(await file('noise.bin', noise)),
    /^binary content: NUL byte at offset \d+$/,
  );
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(64)]);
  assert.equal(
    await rejectsAlone(await file('photo.html', png)),
    'binary content: PNG image, not a text or markup document',
  );
});

test('empty and whitespace-only files are refused', async () => {
  assert.equal(await rejectsAlone(await file('empty.txt', '')), 'empty input (0 bytes)');
  assert.equal(await rejectsAlone(await file('blank.txt', ' \n\t\n')), 'no text (empty or only whitespace)');
  assert.equal(
    await rejectsAlone(await file('empty.gz', gzipSync(Buffer.alloc(0)))),
    'empty input (gzip holds 0 bytes)',
  );
});

test('a file over --max-bytes is refused by its size on disk', async () => {
  const big = await file('big.txt', 'a'.repeat(3000));
  assert.equal(await rejectsAlone(big, { maxBytes: 1024 }), 'size 2.9 KB over 1 KB limit (--max-bytes)');
});

test('a missing path is a rejection and the batch goes on', async () => {
  assert.equal(await rejectsAlone(join(dir, 'nope.txt')), 'no such file or folder');
});

test('a document that takes longer than --timeout is refused', async () => {
  const slow: KindReader = {
    name: 'slow',
    kind: 'text',
    mediaTypes: [],
    detect: () => 'sure',
    async *read(_src, env) {
      await new Promise((resolve) => setTimeout(resolve, 60));
      env.deadline.check();
    },
  };
  const out = await collect([GOOD], { timeoutMs: 20 }, createIngest({ kinds: [slow] }));
  assert.match(reasons(out)[0]!, /^time \d+ ms over 20 ms limit \(--timeout\)$/);
});

test('broken UTF-8 is decoded with replacement characters rather than refused', async () => {
  const bytes = Buffer.concat([
    Buffer.from('Zoë Ångström said “yes” '),
    Buffer.from([0xc3, 0x28]),
    Buffer.from(' twice.'),
  ]);
  const [doc] = docs(await collect([await file('broken.txt', bytes)]));
  assert.equal(doc?.content, 'Zoë Ångström said “yes” \uFFFD( twice.');
});

test('a text over --max-article-chars is refused with its size; markup far past it is refused before parsing', async () => {
  const sentence = 'The council approved the new budget on Tuesday. ';
  const big = await file('repeated.txt', sentence.repeat(100));
  assert.equal(
    await rejectsAlone(big, { maxArticleChars: 1000 }),
    'article size 4,800 characters over 1,000 limit (--max-article-chars)',
  );
  const page = await file('huge.html', `<html><body>${'<p>x</p>'.repeat(1000)}</body></html>`);
  assert.equal(
    await rejectsAlone(page, { maxArticleChars: 1000 }),
    'markup size 8,026 characters over 5,000 limit (5 × --max-article-chars)',
  );
  const lines = `${JSON.stringify({ text: sentence.repeat(30) })}\n${JSON.stringify({ text: sentence })}\n`;
  const out = await collect([await file('long.jsonl', lines)], { maxArticleChars: 1000 });
  assert.equal(docs(out).length, 1);
  assert.deepEqual(reasons(out), [
    'line 1: article size 1,439 characters over 1,000 limit (--max-article-chars)',
  ]);
});
