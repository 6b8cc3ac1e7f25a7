// The five Geneva reports through the whole language stage: each quote with the right speaker.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultConfig } from '../../config/index.js';
import { SKIP_NO_SHARED, sharedDir } from '../../eval/data.js';
import type { AnalyzedArticle, CleanArticle, Quote } from '../../types/article.js';
import type { Context } from '../../types/stages.js';
import { analyzeLanguage, linkStoryEntities } from '../index.js';

const ctx: Context = {
  config: defaultConfig(),
  now: new Date('2026-01-01T00:00:00Z'),
  reporter: { skipped() {}, progress() {}, warn() {} },
};

function load(): AnalyzedArticle[] | null {
  const shared = sharedDir();
  if (!shared) return null;
  const dir = join(shared, 'examples', 'geneva-2022');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map(
      (f): CleanArticle => ({
        id: f.slice(0, 3),
        input: f,
        url: null,
        title: null,
        outlet: null,
        byline: null,
        language: 'en',
        published: '2022-01-21',
        publishedFrom: null,
        dateline: null,
        text: readFileSync(join(dir, f), 'utf8'),
        removed: [],
      }),
    )
    .map((a) => analyzeLanguage(a, ctx));
}

const articles = load();
const find = (id: string, start: string): Quote | undefined =>
  articles?.find((a) => a.id === id)?.quotes.find((q) => q.direct && q.text.startsWith(start));

test('000: Blinken\'s quotes, the "hysteria" scare quote, Biden\'s "he said"', (t) => {
  if (!articles) return t.skip(SKIP_NO_SHARED);
  assert.equal(find('000', 'We have heard Russian officials')?.speaker, 'person:blinken');
  assert.equal(find('000', 'If Russia wants')?.speaker, 'person:blinken');
  assert.equal(find('000', 'What was agreed today')?.speaker, 'person:blinken');
  assert.equal(find('000', 'And then we plan')?.speaker, 'person:blinken');
  const hysteria = find('000', 'hysteria');
  assert.equal(hysteria?.scare, true);
  assert.equal(hysteria?.speaker, null);
  assert.equal(find('000', 'minor incursion')?.scare, true);
  const biden = find('000', 'If any, any assembled Russian units');
  assert.equal(biden?.speaker, 'person:biden');
  assert.equal(biden?.speakerMention?.text, 'he');
});

test('001: Lavrov "I can’t say…", Blinken\'s partial quotes', (t) => {
  if (!articles) return t.skip(SKIP_NO_SHARED);
  assert.equal(find('001', 'I can’t say')?.speaker, 'person:lavrov');
  assert.equal(find('001', 'We will understand')?.speaker, 'person:lavrov');
  assert.equal(find('001', 'critical moment')?.speaker, 'person:blinken');
  assert.equal(find('001', 'constructive and useful')?.speaker, 'person:lavrov');
});

test('002: Lavrov stressed: "…"', (t) => {
  if (!articles) return t.skip(SKIP_NO_SHARED);
  assert.equal(find('002', "I can't tell you")?.speaker, 'person:lavrov');
});

test('003: Blinken told Lavrov — the speaker is Blinken; Lavrov said he did not "expect…"', (t) => {
  if (!articles) return t.skip(SKIP_NO_SHARED);
  assert.equal(find('003', "We don't expect")?.speaker, 'person:blinken');
  assert.equal(find('003', 'This is a critical moment')?.speaker, 'person:blinken');
  assert.equal(find('003', 'expect a breakthrough')?.speaker, 'person:lavrov');
});

test('004: "the official" with its fuller description, never a named person', (t) => {
  if (!articles) return t.skip(SKIP_NO_SHARED);
  const q = find('004', 'We continue to hear');
  assert.equal(q?.speakerMention?.text, 'the official');
  assert.equal(q?.speakerName, 'senior State Department official');
  assert.equal(q?.speaker, null);
});

test('the story links Sergei/Sergey Lavrov, Nato/NATO and US/U.S./Washington into one entity each', (t) => {
  if (!articles) return t.skip(SKIP_NO_SHARED);
  const { entities } = linkStoryEntities(articles);
  const one = (id: string) => entities.filter((e) => e.id === id);
  assert.equal(one('person:lavrov').length, 1);
  assert.equal(one('person:lavrov')[0]!.articles.length, 5);
  assert.ok(one('person:lavrov')[0]!.aliases.includes('Sergey Lavrov'));
  assert.ok(one('organization:nato')[0]!.aliases.includes('North Atlantic Treaty Organisation'));
  assert.ok(one('place:united-states')[0]!.aliases.includes('U.S.'));
  assert.ok(one('place:united-states')[0]!.aliases.includes('Washington'));
  assert.equal(one('person:blinken')[0]!.role, 'Secretary of State');
});

test('every span the stage returns indexes the article text', (t) => {
  if (!articles) return t.skip(SKIP_NO_SHARED);
  for (const a of articles) {
    for (const m of a.entities) assert.equal(a.text.slice(m.start, m.end), m.text);
    for (const q of a.quotes) assert.equal(a.text.slice(q.start, q.end), q.text);
    const ids = new Set(a.entityTable.map((e) => e.id));
    for (const m of a.entities) assert.ok(ids.has(m.entity));
    assert.ok(a.sentences.length > 0);
  }
});
