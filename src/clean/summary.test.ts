import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultConfig } from '../config/index.js';
import type { RawDocument } from '../types/article.js';
import { feedSummaryLanguages } from './feed-language.js';
import { clean } from './index.js';

const ctx = {
  config: defaultConfig(),
  now: new Date('2026-01-01T00:00:00Z'),
  reporter: { skipped() {}, progress() {}, warn() {} },
};

const item = (content: string, extra: Partial<RawDocument> = {}): RawDocument => ({
  id: 'feedhash-0',
  input: 'feed.xml',
  kind: 'feed',
  format: /</.test(content) ? 'html' : 'text',
  content,
  meta: {
    url: 'https://news.example/2024/05/ferry',
    title: 'Ferry service resumes after storm',
    outlet: 'Harbour Gazette',
    published: '2024-05-02T07:45:00Z',
    publishedFrom: 'feed',
    language: 'en',
  },
  excerpt: true,
  ...extra,
});

const ok = (doc: RawDocument) => {
  const out = clean(doc, ctx);
  assert.equal(out.status, 'ok', out.status === 'rejected' ? out.reason : '');
  return out.status === 'ok' ? out.value : assert.fail();
};

test('a feed summary of one line is kept as an article of kind summary, with the feed metadata', () => {
  const a = ok(item('<p>The island ferry is running again after the storm.</p>'));
  assert.equal(a.kind, 'summary');
  assert.equal(a.text, 'The island ferry is running again after the storm.');
  assert.equal(a.title, 'Ferry service resumes after storm');
  assert.equal(a.published, '2024-05-02T07:45:00Z');
  assert.equal(a.publishedFrom, 'feed');
  assert.equal(a.language, 'en');
});

test('an item with only a title keeps the title as its text', () => {
  const a = ok(item('Ferry service resumes after storm'));
  assert.equal(a.kind, 'summary');
  assert.equal(a.text, 'Ferry service resumes after storm');
});

test('a long description stays an article; short full text from a feed is a summary, not refused', () => {
  const long = `<p>${'The ferry operator said crossings would run on the winter timetable. '.repeat(10)}</p>`;
  assert.equal(ok(item(long)).kind, undefined);
  assert.equal(ok(item('<p>Crossings resume on Friday.</p>', { excerpt: undefined })).kind, 'summary');
});

test('the language of a short summary is read with its title: a French item is French', () => {
  const fr = item('<p>La liaison reprend vendredi matin.</p>', {
    meta: { title: 'Le traversier reprend son service après la tempête', language: null },
  });
  assert.equal(ok(fr).language, 'fr');
});

test('a page fetched for an item: page metadata first, the feed fills the gaps, the item if no article', () => {
  const feedItem = item('<p>The island ferry is running again after the storm.</p>');
  const body =
    '<p>The island ferry is running again after Storm Ciarán forced a two-day suspension.</p>'.repeat(4);
  const page: RawDocument = {
    id: feedItem.id,
    input: 'feed.xml',
    kind: 'html',
    format: 'html',
    content: `<html><head><title>Ferry back | Gazette</title></head><body><article>${body}</article></body></html>`,
    meta: { url: 'https://news.example/2024/05/ferry' },
    feedItem,
  };
  const a = ok(page);
  assert.equal(a.kind, undefined);
  assert.match(a.text, /two-day suspension/);
  assert.equal(a.published, '2024-05-02T07:45:00Z');
  assert.equal(a.publishedFrom, 'feed');
  assert.equal(a.outlet, 'Harbour Gazette');
  const paywall = ok({ ...page, content: '<html><body><p>Subscribe to read.</p></body></html>' });
  assert.equal(paywall.kind, 'summary');
  assert.equal(paywall.text, 'The island ferry is running again after the storm.');
});

test('outside feeds the minimum still holds', () => {
  const out = clean(item('<p>Too short.</p>', { kind: 'html', excerpt: undefined }), ctx);
  assert.equal(out.status, 'rejected');
});

test('a short summary read as another language than its feed’s clear majority takes the feed’s', () => {
  const art = (id: string, language: string, kind?: 'summary', input = 'feed.xml') =>
    ({ ...ok(item('<p>x y z.</p>')), id, input, language, ...(kind ? { kind } : {}) }) as const;
  const feed = [art('1', 'pt'), art('2', 'pt', 'summary'), art('3', 'pt'), art('4', 'la', 'summary')];
  const other = [art('5', 'la', 'summary', 'other.xml')];
  const out = feedSummaryLanguages([...feed, ...other]);
  assert.deepEqual(
    out.map((a) => a.language),
    ['pt', 'pt', 'pt', 'pt', 'la'],
  );
  // Without a clear majority nothing changes.
  const split = [art('1', 'pt'), art('2', 'es'), art('3', 'pt'), art('4', 'la', 'summary')];
  assert.equal(feedSummaryLanguages(split)[3]!.language, 'la');
});
