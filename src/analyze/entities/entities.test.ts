import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readText } from '../../nlp/index.js';
import type { AnalyzedArticle, ArticleEntity } from '../../types/article.js';
import { foldName, foldWord, plainKey, slugKey } from './fold.js';
import { extractEntities } from './index.js';
import { linkStoryEntities } from './link.js';

const entitiesOf = (text: string) => extractEntities(text, readText(text));
const byName = (table: readonly ArticleEntity[], name: string) => table.find((e) => e.name === name);

test('fold: transliterations and punctuation fold to one key', () => {
  assert.equal(foldWord('Sergei'), foldWord('Sergey'));
  assert.equal(foldWord('Zelensky'), foldWord('Zelenskyy'));
  assert.equal(foldWord('Zelenskiy'), foldWord('Zelensky'));
  assert.equal(plainKey('U.S.'), plainKey('US'));
  assert.equal(plainKey('Türkiye'), 'turkiye');
  assert.equal(slugKey('United States'), 'united-states');
  assert.equal(foldName('Sergey Lavrov'), foldName('Sergei Lavrov'));
});

test('segment: a place, a title and a name in one capitalised run', () => {
  const { table, mentions } = entitiesOf('US Secretary of State Antony Blinken met Russian officials.');
  const blinken = byName(table, 'Antony Blinken');
  assert.equal(blinken?.type, 'person');
  assert.equal(blinken?.role, 'Secretary of State');
  assert.equal(blinken?.id, 'person:blinken');
  assert.ok(table.some((e) => e.id === 'place:united-states'));
  // "Russian" is the demonym of Russia.
  assert.ok(mentions.some((m) => m.text === 'Russian' && m.entity === 'place:russia'));
});

test('canonical: every short form of a person joins the full name', () => {
  const text =
    'Mr Blinken spoke first. Blinken said little. Later, Antony Blinken left. Sergey Lavrov and Mr Lavrov agreed.';
  const { table, mentions } = entitiesOf(text);
  const blinken = mentions.filter((m) => m.entity === 'person:blinken').map((m) => m.text);
  assert.deepEqual(blinken, ['Mr Blinken', 'Blinken', 'Antony Blinken']);
  assert.equal(byName(table, 'Antony Blinken')?.aliases.length, 3);
  assert.equal(mentions.filter((m) => m.entity === 'person:lavrov').length, 2);
});

test('canonical: two people with one surname keep separate ids', () => {
  const { table } = entitiesOf('Joe Biden spoke. Hunter Biden did not.');
  const ids = table.filter((e) => e.type === 'person').map((e) => e.id);
  assert.deepEqual(ids.sort(), ['person:biden', 'person:hunter-biden']);
});

test('gazetteer: acronyms, spellings and full names of one organisation', () => {
  const { table } = entitiesOf('The North Atlantic Treaty Organisation (Nato) met. NATO said little.');
  const nato = table.filter((e) => e.id === 'organization:nato');
  assert.equal(nato.length, 1);
  assert.deepEqual([...nato[0]!.aliases].sort(), ['NATO', 'Nato', 'North Atlantic Treaty Organisation']);
});

test('metonymy: a capital acting is its government, a capital as a place is the city', () => {
  const { mentions } = entitiesOf(
    'Washington and its allies rejected the plan. The talks were held in Washington.',
  );
  assert.equal(mentions[0]?.entity, 'place:united-states');
  assert.equal(mentions.at(-1)?.entity, 'place:washington');
});

test('sentence-initial capitals and calendar words do not become entities', () => {
  const { table } = entitiesOf(
    'Armed with demands, they met in Geneva Friday. Asked about it, nobody spoke.',
  );
  assert.deepEqual(
    table.map((e) => e.name),
    ['Geneva'],
  );
});

test('hyphen pairs of known names split into two people', () => {
  const { mentions } = entitiesOf('Antony Blinken met Sergei Lavrov. The Blinken-Lavrov meeting ended.');
  const pair = mentions.filter((m) => m.start > 33).map((m) => m.entity);
  assert.deepEqual(pair, ['person:blinken', 'person:lavrov']);
});

function article(id: string, text: string): AnalyzedArticle {
  const { mentions, table } = entitiesOf(text);
  return {
    id,
    input: id,
    url: null,
    title: null,
    outlet: null,
    byline: null,
    language: 'en',
    published: null,
    publishedFrom: null,
    dateline: null,
    text,
    removed: [],
    entities: mentions.map((m) => ({ entity: m.entity, start: m.start, end: m.end, text: m.text })),
    entityTable: table,
    quotes: [
      {
        start: 0,
        end: 1,
        text: text[0]!,
        direct: true,
        speakerName: 'Lavrov',
        speaker: table.find((e) => e.name.endsWith('Lavrov'))?.id ?? null,
        speakerMention: null,
        cue: null,
      },
    ],
    times: [],
    numbers: [],
    sentences: [],
  };
}

test('linkStoryEntities: one entity per referent across spellings, inputs untouched', () => {
  const a = article('a', 'Russian Foreign Minister Sergei Lavrov spoke to Nato.');
  const b = article('b', 'Sergey Lavrov met NATO officials. Lavrov said little.');
  const c = article('c', 'Then Lavrov left early.');
  const before = JSON.stringify([a, b, c]);
  const linked = linkStoryEntities([a, b, c]);
  assert.equal(JSON.stringify([a, b, c]), before);
  const lavrov = linked.entities.filter((e) => e.name.endsWith('Lavrov'));
  assert.equal(lavrov.length, 1);
  assert.deepEqual(lavrov[0]!.articles, ['a', 'b', 'c']);
  assert.equal(lavrov[0]!.type, 'person');
  assert.equal(linked.entities.filter((e) => e.id === 'organization:nato').length, 1);
  const ids = new Set(linked.entities.map((e) => e.id));
  for (const art of linked.articles) {
    for (const m of art.entities) assert.ok(ids.has(m.entity), `${m.entity} is a story entity`);
    assert.equal(art.quotes[0]!.speaker, lavrov[0]!.id);
  }
});
