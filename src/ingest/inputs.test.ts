import assert from 'node:assert/strict';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { createIngest } from './index.js';
import { collect, docs, FIXTURES, reasons, tempDir } from './testing.js';

test('a folder is read recursively in sorted order; hidden entries and node_modules are skipped', async () => {
  const root = tempDir('folder');
  await mkdir(join(root, 'b-sub'));
  await mkdir(join(root, 'node_modules'));
  await mkdir(join(root, '.git'));
  const files: [string, string][] = [
    ['c.txt', 'Third story.'],
    ['a.txt', 'First story.'],
    ['b-sub/inner.txt', 'Second story, in a subfolder.'],
    ['.hidden.txt', 'Not read.'],
    ['node_modules/pkg.txt', 'Not read either.'],
    ['.git/HEAD', 'ref: refs/heads/main'],
  ];
  for (const [name, text] of files) await writeFile(join(root, name), text);
  const found = docs(await collect([root]));
  assert.deepEqual(
    found.map((d) => d.input),
    [join(root, 'a.txt'), join(root, 'b-sub/inner.txt'), join(root, 'c.txt')],
  );
});

test('the same bytes get the same id wherever they are; different bytes differ', async () => {
  const root = tempDir('ids');
  await copyFile(join(FIXTURES, 'windows-1252-html/page.html'), join(root, 'copy.html'));
  const [a, b] = docs(
    await collect([join(FIXTURES, 'windows-1252-html/page.html'), join(root, 'copy.html')]),
  );
  assert.equal(a?.id, b?.id);
  assert.notEqual(a?.input, b?.input);
  const [c] = docs(await collect([join(FIXTURES, 'gzip-html/page.html.gz')]));
  assert.notEqual(c?.id, a?.id);
});

test('kinds are told by content, not by extension', async () => {
  const root = tempDir('sniff');
  await copyFile(join(FIXTURES, 'rss2-content-encoded/feed.xml'), join(root, 'feed.txt'));
  await writeFile(
    join(root, 'page.txt'),
    '<!DOCTYPE html><html><body><p>Markup in a .txt file.</p></body></html>',
  );
  await writeFile(join(root, 'notes.html'), 'Plain words in an .html file, no tags at all.');
  const found = docs(
    await collect([join(root, 'feed.txt'), join(root, 'page.txt'), join(root, 'notes.html')]),
  );
  assert.deepEqual(
    found.map((d) => [d.kind, d.format]),
    [
      ['feed', 'html'],
      ['feed', 'html'],
      ['feed', 'text'],
      ['html', 'html'],
      ['html', 'html'],
    ],
  );
});

test('"-" reads standard input', async () => {
  const stdin = () => Readable.from([Buffer.from('Piped in from another '), Buffer.from('program.')]);
  const out = await collect(['-'], {}, createIngest({ stdin }));
  assert.deepEqual(
    docs(out).map((d) => [d.input, d.content]),
    [['-', 'Piped in from another program.']],
  );
  const big = () => Readable.from([Buffer.alloc(600, 0x61), Buffer.alloc(600, 0x62)]);
  assert.deepEqual(reasons(await collect(['-'], { maxBytes: 1000 }, createIngest({ stdin: big }))), [
    'size over 1000 bytes limit (--max-bytes)',
  ]);
});

test('UTF-16 text with a byte order mark is decoded', async () => {
  const root = tempDir('utf16');
  const bytes = Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from('Grüße aus Köln — “heute”.', 'utf16le'),
  ]);
  await writeFile(join(root, 'utf16.txt'), bytes);
  const [doc] = docs(await collect([join(root, 'utf16.txt')]));
  assert.equal(doc?.content, 'Grüße aus Köln — “heute”.');
});

test('UTF-16 HTML without a byte order mark is still sniffed as HTML', async () => {
  const root = tempDir('utf16');
  await writeFile(
    join(root, 'page'),
    Buffer.from('<html><body><p>Straße gesperrt.</p></body></html>', 'utf16le'),
  );
  const [doc] = docs(await collect([join(root, 'page')]));
  assert.equal(doc?.kind, 'html');
  assert.equal(doc?.content, '<html><body><p>Straße gesperrt.</p></body></html>');
});
