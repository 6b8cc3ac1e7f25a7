import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultConfig } from '../../config/index.js';
import type { RawDocument } from '../../types/article.js';
import { clean } from '../index.js';
import { cleanByline } from './metadata.js';

const ctx = {
  config: defaultConfig(),
  now: new Date('2026-01-01T00:00:00Z'),
  reporter: { skipped() {}, progress() {}, warn() {} },
};
const page = (slug: string) =>
  readFileSync(join(import.meta.dirname, 'fixtures', slug, 'input.html'), 'utf8');
const doc = (name: string, meta: RawDocument['meta'] = {}): RawDocument => ({
  id: name,
  input: name,
  kind: 'html',
  format: 'html',
  content: page(name),
  meta,
});

function ok(d: RawDocument) {
  const out = clean(d, ctx);
  if (out.status !== 'ok') assert.fail(`${d.input} rejected: ${out.reason}`);
  return out.value;
}

test('JSON-LD page: metadata from JSON-LD, body without furniture', () => {
  const a = ok(doc('jsonld-article', { url: 'https://news.example.org/2023/06/01/tidal-plant' }));
  assert.equal(a.title, 'Tidal power plant approved for the Severn estuary');
  assert.equal(a.published, '2023-06-01T18:30:00Z');
  assert.equal(a.publishedFrom, 'json-ld');
  assert.equal(a.byline, 'Rhian Price');
  assert.equal(a.outlet, 'Coastal Times');
  assert.equal(a.language, 'en');
  const paragraphs = a.text.split('\n\n');
  assert.equal(paragraphs.length, 4);
  assert.ok(paragraphs[0]?.startsWith('Ministers have approved'));
  assert.ok(paragraphs[3]?.startsWith('Construction is due to start'));
  for (const junk of [
    'Photo: Coastal Energy',
    'Wind farm expansion',
    'Sign up',
    'Share on',
    'Rhian Price',
    'All rights reserved',
  ]) {
    assert.ok(!a.text.includes(junk), `text still holds "${junk}"`);
  }
  const kindOf = (s: string) => a.removed.find((r) => r.text.includes(s))?.kind;
  assert.equal(kindOf('Photo: Coastal Energy'), 'caption');
  assert.equal(kindOf('Wind farm expansion'), 'related-links');
  assert.equal(kindOf('Sign up for our daily newsletter'), 'boilerplate');
});

test('page without JSON-LD: meta tags, URL date, read-more line and credit', () => {
  const a = ok(
    doc('meta-only', { url: 'https://www.northernpost.example/transport/2024/03/18/rail-strike' }),
  );
  assert.equal(a.title, 'Rail strike called off after late talks');
  assert.equal(a.byline, 'Sam Okafor');
  assert.equal(a.outlet, 'Northern Post');
  assert.equal(a.published, '2024-03-18');
  assert.equal(a.publishedFrom, 'url');
  assert.equal(a.text.split('\n\n').length, 3);
  assert.ok(!a.text.includes('Read more'));
  assert.ok(!a.text.includes('Most read'));
  assert.equal(a.removed.find((r) => r.text.startsWith('Read more'))?.kind, 'related-links');
  assert.equal(a.removed.find((r) => r.text.includes('contributed to this report'))?.kind, 'credit');
});

test("metadata the input carried is kept; the page's fills the gaps", () => {
  const a = ok(
    doc('meta-only', { title: 'Feed title', published: 'Mon, 18 Mar 2024 09:00:00 GMT', outlet: null }),
  );
  assert.equal(a.title, 'Feed title');
  assert.equal(a.published, '2024-03-18');
  assert.equal(a.publishedFrom, 'html-meta');
  assert.equal(a.outlet, 'Northern Post');
});

test('the input string is not changed', () => {
  const d = doc('jsonld-article');
  const before = d.content;
  clean(d, ctx);
  assert.equal(d.content, before);
});

test('a page of links only is rejected with a reason', () => {
  const out = clean(doc('not-article'), ctx);
  assert.equal(out.status, 'rejected');
  if (out.status === 'rejected') assert.match(out.reason, /^not-an-article/);
  const empty = clean({ ...doc('not-article'), content: '  ' }, ctx);
  assert.equal(empty.status === 'rejected' && empty.reason.startsWith('empty'), true);
});

test('a page without an article container still gives its prose', () => {
  const a = ok(doc('no-container'));
  assert.ok(a.text.startsWith('The harbour ferry will run every twenty minutes'));
  assert.ok(a.text.includes('season tickets bought before the change'));
  assert.ok(!a.text.includes('Contact'));
  assert.ok(!a.text.includes('Traffic'));
});

test('malformed markup is rejected or read, never thrown', () => {
  for (const content of [
    '<html>',
    '<<<>>>',
    '<html><head></head></html>',
    `<p>${'A sentence of the story. '.repeat(20)}`,
  ]) {
    const out = clean({ ...doc('not-article'), content }, ctx);
    assert.ok(out.status === 'ok' || /^not-an-article/.test(out.reason), content);
  }
  const fragment = clean(
    { ...doc('not-article'), content: `<p>${'A sentence of the story. '.repeat(20)}` },
    ctx,
  );
  assert.equal(fragment.status, 'ok');
});

test('bylines read off a page lose "By", runs of whitespace and the date stamp beside them', () => {
  assert.equal(cleanByline('By  Jane Doe\n\t\t'), 'Jane Doe');
  assert.equal(cleanByline('Associated Press November 19, 2019 10:20 AM'), 'Associated Press');
  assert.equal(cleanByline('https://example.org/authors/jane'), null);
  assert.equal(cleanByline(undefined), null);
});

test('a self-closed <svg/> does not swallow the text after it', () => {
  const content = `<html><body><article><p>${'The ferry runs every twenty minutes from Monday. '.repeat(6)}<svg class="icon"/></p><p>${'Fares are unchanged for season ticket holders. '.repeat(6)}</p><svg><path d="M0"/></svg></article></body></html>`;
  const a = ok({ ...doc('not-article'), content });
  assert.ok(a.text.includes('Fares are unchanged'));
});
