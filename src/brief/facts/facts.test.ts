import assert from 'node:assert/strict';
import { test } from 'node:test';
import { miniArticle, noReuse, numberAt } from '../fixtures/mini.js';
import { sourceBook } from '../sources.js';
import { quantityConflicts } from './conflicts.js';
import { descriptions, disagree } from './descriptions.js';
import { quantityFact } from './index.js';
import { groupQuantities, quantityMentions } from './quantities.js';

function withFigure(id: string, text: string, figure: string) {
  return miniArticle(id, text, { numbers: [numberAt(text, figure)] });
}

const A = withFigure('a', 'Moscow has amassed some 100,000 troops close to the border.', '100,000');
const B = withFigure(
  'b',
  'With 100,000 Russian troops amassed near the border, many fear an invasion.',
  '100,000',
);
const C = withFigure(
  'c',
  'Russia has amassed greater than 100,000 troops close to Ukraine’s borders.',
  '100,000',
);

test('approximate, bare and bounded figures of one unit are one fact', () => {
  const mentions = [A, B, C].flatMap(quantityMentions);
  assert.deepEqual(
    mentions.map((m) => m.text),
    ['some 100,000 troops', '100,000 Russian troops', 'greater than 100,000 troops'],
  );
  assert.deepEqual(
    mentions.map((m) => m.unitKey),
    ['troop', 'troop', 'troop'],
  );
  assert.equal(groupQuantities(mentions).length, 1);
  for (const m of mentions)
    assert.equal([A, B, C].find((x) => x.id === m.article)!.text.slice(m.start, m.end), m.text);
});

test('independent sources count origins: a syndicated copy and a spun copy add nothing', () => {
  const spun = { ...C, flags: [{ kind: 'spun' as const, score: 0.9, related: null, evidence: [] }] };
  const reuse = noReuse(['a', 'b', 'c'], { b: 'a' });
  const book = sourceBook([A, B, spun], reuse, 0.5);
  const fact = quantityFact(groupQuantities([A, B, spun].flatMap(quantityMentions))[0]!, book);
  assert.deepEqual(fact.sources, ['a', 'b', 'c']);
  assert.equal(fact.independentSources, 1);
  assert.equal(fact.text, 'some 100,000 troops', 'shown from a non-spun source');
});

test('a hyphenated figure takes its unit from the word after the hyphen', () => {
  const m = quantityMentions(withFigure('d', 'They emerged from a 90-minute meeting.', '90'));
  assert.equal(m[0]?.unit, 'minute');
});

test('different counts of one unit in one event conflict; close ones do not', () => {
  const D = withFigure('d', 'Officials said 130,000 troops were near the border.', '130,000');
  const E = withFigure('e', 'Officials said 102,000 troops were near the border.', '102,000');
  const book = sourceBook([A, D, E], noReuse(['a', 'd', 'e']), 0.5);
  const event = { id: 'e1', label: 'x', date: null, articles: ['a', 'd', 'e'] };
  const conflicts = quantityConflicts({
    articles: [A, D, E],
    events: [event],
    book,
    tolerance: 0.1,
    names: new Map(),
  });
  assert.equal(conflicts.length, 1);
  assert.equal(conflicts[0]!.about, 'number of troops');
  const none = quantityConflicts({
    articles: [A, E],
    events: [event],
    book,
    tolerance: 0.1,
    names: new Map(),
  });
  assert.equal(none.length, 0);
});

test('descriptions: how a named speaker characterised the talks', () => {
  const text = 'Mr Lavrov, for his part, said the talks were “constructive and useful”, adding more.';
  const art = miniArticle('f', text, { entities: [{ entity: 'lav', start: 0, end: 9, text: 'Mr Lavrov' }] });
  const d = descriptions(art, new Map([['lav', 'Sergey Lavrov']]));
  assert.equal(d.length, 1);
  assert.equal(d[0]!.text, 'constructive and useful');
  assert.equal(d[0]!.speakerName, 'Sergey Lavrov');
  const place = miniArticle('g', 'Mr Lavrov said the talks were in Geneva.', {
    entities: [{ entity: 'lav', start: 0, end: 9, text: 'Mr Lavrov' }],
  });
  assert.deepEqual(descriptions(place), [], 'a place is not an evaluation');
  assert.equal(disagree(['constructive', 'useful'], ['open', 'useful']), true);
  assert.equal(disagree(['useful'], ['constructive', 'useful']), false);
});

test('one report giving two counts, or counts in unrelated sentences, is no conflict', () => {
  const text = 'Two officers drove the van. One officer was hurt when the inmate fired.';
  const both = miniArticle('h', text, {
    numbers: [numberAt(text, 'Two'), numberAt(text, 'One')].map((n, i) => ({ ...n, value: i === 0 ? 2 : 1 })),
  });
  const other = withFigure('i', 'The budget pays for 12 officers in the county.', '12');
  const book = sourceBook([both, other], noReuse(['h', 'i']), 0.5);
  const event = { id: 'e1', label: 'x', date: null, articles: ['h', 'i'] };
  assert.deepEqual(
    quantityConflicts({ articles: [both, other], events: [event], book, tolerance: 0.1, names: new Map() }),
    [],
  );
});
