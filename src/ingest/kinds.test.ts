import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { collect, docs, FIXTURES, reasons, tempDir } from './testing.js';

const fixture = (name: string) => join(FIXTURES, name);

test('RSS 2.0: content:encoded full text, creator, date with its offset, feed title as outlet', async () => {
  const out = await collect([fixture('rss2-content-encoded/feed.xml')]);
  const [ferry, wall, gallery] = docs(out);
  assert.equal(docs(out).length, 3);
  assert.equal(ferry?.kind, 'feed');
  assert.equal(ferry?.format, 'html');
  assert.match(ferry!.content, /Storm Ciarán forced a two-day suspension/);
  assert.deepEqual(ferry?.meta, {
    url: 'https://gazette.example/news/ferry-resumes',
    title: 'Ferry service resumes after storm',
    outlet: 'Harbour Gazette',
    byline: 'Mara Lindqvist',
    published: '2023-11-02T07:45:00Z',
    publishedFrom: 'feed',
    language: 'en',
    guid: 'ferry-2023-11-02',
  });
  assert.equal(ferry?.excerpt, undefined);
  assert.match(ferry!.id, /^[0-9a-f]{16}-0$/);
  assert.equal(wall?.id, ferry!.id.replace(/-0$/, '-1'));
  // No content:encoded: the description is used, its escaped markup and character references decoded
  // once, and the fragment wrapped in a minimal document for the DOM parser.
  assert.equal(
    wall?.content,
    '<html><body>\n<p>Councillors voted 9 to 2 for the €4m project.</p>\n</body></html>',
  );
  assert.equal(wall?.meta.byline, 'Owen Pryce');
  assert.equal(wall?.meta.published, '2023-11-01T18:10:00+01:00');
  // Only a description, or only a title and a link: kept, marked as what the feed says about it.
  assert.equal(wall?.excerpt, true);
  assert.equal(gallery?.excerpt, true);
  assert.equal(gallery?.content, 'Photo gallery: autumn tides');
  assert.equal(gallery?.meta.url, 'https://gazette.example/galleries/tides');
  assert.deepEqual(reasons(out), []);
});

test('Atom: the alternate link, the published (not updated) date, author name and xml:lang', async () => {
  const [entry, ...rest] = docs(await collect([fixture('atom/feed.xml')]));
  assert.equal(rest.length, 0);
  assert.equal(entry?.meta.url, 'https://courrier.example/2023/11/lac-gele');
  assert.equal(entry?.meta.published, '2023-11-02T23:30:00+01:00');
  assert.equal(entry?.meta.byline, 'Élise Garnier');
  assert.equal(entry?.meta.language, 'fr');
  assert.equal(entry?.meta.outlet, 'Le Courrier du Lac');
  assert.match(entry!.content, /^<html><body>\n<p>Une vague de froid précoce/);
});

test('RDF (RSS 1.0) declared ISO-8859-1 is decoded from its XML declaration', async () => {
  const [item] = docs(await collect([fixture('rdf-latin1/feed.rdf')]));
  assert.equal(item?.meta.title, 'Ernte fällt gut aus');
  assert.equal(item?.meta.byline, 'Jörg Albrecht');
  assert.equal(item?.meta.language, 'de');
  assert.equal(item?.format, 'text');
  assert.match(item!.content, /größer aus als erwartet/);
});

test('JSON Feed: content_html or content_text, authors, dates', async () => {
  const [bridge, board] = docs(await collect([fixture('json-feed/feed.json')]));
  assert.equal(bridge?.format, 'html');
  assert.equal(bridge?.meta.byline, 'Dana Okafor, Luis Ibarra');
  assert.equal(bridge?.meta.published, '2023-11-03T16:20:00-05:00');
  assert.equal(bridge?.meta.outlet, 'Valley Wire');
  assert.equal(board?.format, 'text');
  assert.equal(board?.meta.published, '2023-11-02');
  assert.equal(board?.content, 'The school board postponed its vote on the new calendar until December.');
});

test('JSON Lines: one document a line; a malformed line is reported by number and the rest kept', async () => {
  const out = await collect([fixture('jsonl/articles.jsonl')]);
  const kept = docs(out);
  assert.deepEqual(
    kept.map((d) => [d.id.replace(/^[0-9a-f]{16}/, 'H'), d.format]),
    [
      ['H-1', 'text'],
      ['H-2', 'html'],
      ['H-6', 'text'],
    ],
  );
  assert.equal(kept[0]?.meta.outlet, 'Northern Record');
  assert.equal(kept[0]?.meta.published, '2023-10-30');
  assert.equal(kept[1]?.meta.published, '2023-10-31T06:00:00Z');
  assert.equal(kept[2]?.meta.byline, 'Ines Haugen');
  const why = reasons(out);
  assert.equal(why.length, 2);
  assert.match(why[0]!, /^line 3: malformed JSON/);
  assert.equal(why[1], 'line 5: no "text" or "html" field');
});

test('an HTML page in windows-1252 with no declared charset is sniffed and decoded', async () => {
  const [page] = docs(await collect([fixture('windows-1252-html/page.html')]));
  assert.equal(page?.kind, 'html');
  assert.match(page!.content, /Café owners “welcome” new rules/);
  assert.match(page!.content, /cap terrace fees at €300 – were “long overdue”/);
  assert.doesNotMatch(page!.content, /\uFFFD/);
});

test('a gzipped HTML page is decompressed and read as HTML', async () => {
  const [page] = docs(await collect([fixture('gzip-html/page.html.gz')]));
  assert.equal(page?.kind, 'html');
  assert.equal(page?.format, 'html');
  assert.match(page!.content, /Zürich trams will run all night/);
});

test('other XML: news XML goes on as markup, sitemaps are refused by their root', async () => {
  const root = tempDir('xml');
  const nitf = join(root, 'story.xml');
  await writeFile(
    nitf,
    '<?xml version="1.0"?>\n<nitf><head><title>Port strike ends</title></head><body><body.content><p>Dockers returned to work on Monday.</p></body.content></body></nitf>',
  );
  const sitemap = join(root, 'sitemap.xml');
  await writeFile(
    sitemap,
    '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.example/</loc></url></urlset>',
  );
  const xhtml = join(root, 'page.xhtml');
  await writeFile(
    xhtml,
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>XHTML page.</p></body></html>',
  );
  const out = await collect([nitf, sitemap, xhtml]);
  assert.deepEqual(
    docs(out).map((d) => [d.kind, d.format, d.input]),
    [
      ['html', 'html', nitf],
      ['html', 'html', xhtml],
    ],
  );
  assert.deepEqual(reasons(out), ['XML document with root <urlset> is a sitemap, not an article']);
});

test('a JSON array of article objects reads like JSON Lines; a bad element is reported by position', async () => {
  const path = join(tempDir('json'), 'dump.json');
  const items = [
    { title: 'Strike ends', text: 'Dockers returned to work on Monday.', published: '2023-11-06' },
    { title: 'No body' },
    { html: '<p>Ferries run again.</p>', url: 'https://x.example/ferries' },
  ];
  await writeFile(path, JSON.stringify(items, null, 2));
  const out = await collect([path]);
  assert.deepEqual(
    docs(out).map((d) => [d.id.replace(/^[0-9a-f]{16}/, 'H'), d.kind, d.format, d.meta.title ?? d.meta.url]),
    [
      ['H-0', 'jsonl', 'text', 'Strike ends'],
      ['H-2', 'jsonl', 'html', 'https://x.example/ferries'],
    ],
  );
  assert.deepEqual(reasons(out), ['item 2: no "text" or "html" field']);
});

test('a feed that is not well-formed XML is still read, item by item', async () => {
  const path = join(tempDir('rss'), 'broken.rss');
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Q&A Weekly</title>
    <item><title>Tax & spending plans</title><link>https://q.example/tax</link><description>The budget raises fuel duty by 2p & cuts income tax.</description></item>
    <item><title>Second</title><description>Cut off mid`;
  await writeFile(path, rss);
  const [first] = docs(await collect([path]));
  assert.equal(first?.meta.title, 'Tax & spending plans');
  assert.equal(first?.meta.outlet, 'Q&A Weekly');
  assert.equal(first?.content, 'The budget raises fuel duty by 2p & cuts income tax.');
});

test('JSON Lines whose first line is longer than the sniffed head (an embedded page) is still JSON Lines', async () => {
  const path = join(tempDir('jsonl'), 'dump');
  const html = `<html><body>${'<p>Long page paragraph about the harbour works.</p>'.repeat(2000)}</body></html>`;
  await writeFile(
    path,
    `${JSON.stringify({ url: 'https://x.example/long', html })}\n${JSON.stringify({ text: 'Short.' })}\n`,
  );
  const found = docs(await collect([path]));
  assert.deepEqual(
    found.map((d) => [d.kind, d.format, d.meta.url ?? null]),
    [
      ['jsonl', 'html', 'https://x.example/long'],
      ['jsonl', 'text', null],
    ],
  );
});

test('a large feed of escaped HTML (tens of thousands of &lt; references) is read in full', async () => {
  const body =
    '&lt;p&gt;Paragraph with &amp;quot;quotes&amp;quot; and &#8220;curly&#8221; marks.&lt;/p&gt;'.repeat(40);
  const items = Array.from(
    { length: 200 },
    (_, i) =>
      `<item><title>Item ${i}</title><link>https://big.example/${i}</link><description>${body}</description></item>`,
  ).join('');
  const path = join(tempDir('bigfeed'), 'big.xml');
  await writeFile(
    path,
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${items}</channel></rss>`,
  );
  const out = await collect([path]);
  assert.deepEqual(reasons(out), []);
  assert.equal(docs(out).length, 200);
  assert.match(docs(out)[0]!.content, /<p>Paragraph with &quot;quotes&quot; and “curly” marks\.<\/p>/);
});
