// Feeds as most publishers write them (titles and short summaries, dates in the feed's language, no
// declared language): every item becomes an article with its title, date and language.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { clean, refineCorpus } from '../clean/index.js';
import { defaultConfig } from '../config/index.js';
import { ingest } from '../ingest/index.js';
import type { CleanArticle } from '../types/article.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const ctx = {
  config: defaultConfig(),
  now: new Date('2026-03-04T00:00:00Z'),
  reporter: { skipped() {}, progress() {}, warn() {} },
};

async function articles(file: string): Promise<{ items: number; articles: CleanArticle[] }> {
  const out: CleanArticle[] = [];
  let items = 0;
  for await (const o of ingest([join(FIXTURES, file)], ctx)) {
    items++;
    assert.equal(o.status, 'ok', o.status === 'rejected' ? o.reason : '');
    if (o.status !== 'ok') continue;
    const c = clean(o.value, ctx);
    assert.equal(c.status, 'ok', c.status === 'rejected' ? c.reason : '');
    if (c.status === 'ok') out.push(c.value);
  }
  return { items, articles: refineCorpus(out, ctx) };
}

describe('real-world feed shapes: every item kept, title, date and language carried', () => {
  it('an English feed of one-line summaries (a title-only item too)', async () => {
    const { items, articles: a } = await articles('summaries-only.rss');
    assert.equal(items, 4);
    assert.equal(a.length, 4);
    assert.deepEqual(
      a.map((x) => [x.title, x.published, x.language, x.kind ?? 'article']),
      [
        ['Bridge closed for two nights of resurfacing', '2026-03-03T06:10:00Z', 'en', 'summary'],
        ['School meals contract goes to local firm', '2026-03-02T17:45:00Z', 'en', 'summary'],
        ['Lifeboat called to yacht aground off Gull Point', '2026-03-02T09:20:00Z', 'en', 'summary'],
        ['Library extends weekend opening hours', '2026-03-01T12:00:00Z', 'en', 'summary'],
      ],
    );
    assert.equal(a[0]!.byline, 'Ines Hartley');
    assert.equal(a[0]!.outlet, 'Northshore Courier');
    assert.ok(a.every((x) => x.publishedFrom === 'feed'));
  });

  it('Portuguese headlines with Portuguese dates and no declared language', async () => {
    const { items, articles: a } = await articles('manchetes-pt.rss');
    assert.equal(a.length, items);
    assert.deepEqual(
      a.map((x) => x.published),
      [
        '2026-03-03T08:15:00-03:00',
        '2026-03-03T07:02:00-03:00',
        '2026-03-02T18:40:00-03:00',
        '2026-03-02T15:00:00-03:00',
        '2026-03-01T11:30:00-03:00',
      ],
    );
    assert.deepEqual(new Set(a.map((x) => x.language)), new Set(['pt']));
    assert.ok(a.every((x) => x.title && x.kind === 'summary'));
  });

  it('a German Atom feed of summaries, the published (not updated) date', async () => {
    const { items, articles: a } = await articles('kurzmeldungen-de.atom');
    assert.equal(a.length, items);
    assert.deepEqual(
      a.map((x) => [x.published, x.language]),
      [
        ['2026-03-03T08:30:00+01:00', 'de'],
        ['2026-03-02T19:10:00+01:00', 'de'],
        ['2026-03-01T10:00:00+01:00', 'de'],
      ],
    );
    assert.equal(a[1]!.text, 'Die Kosten von 2,4 Millionen Euro trägt zur Hälfte das Land.');
  });
});
