// Words that are no names never become entities; an unknown capitalised run is a person only with
// evidence in the article.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readText } from '../../nlp/index.js';
import { extractEntities } from './index.js';

const entitiesOf = (text: string) => extractEntities(text, readText(text));
const typeOf = (text: string, name: string) => entitiesOf(text).table.find((e) => e.name === name)?.type;

test('nationality adjectives, languages and generic nouns are no entities', () => {
  const { table } = entitiesOf(
    'The two held a candid dialogue in English, and then in German. The Department said the Police had left.',
  );
  const names = table.map((e) => e.name);
  for (const word of ['English', 'German', 'Department', 'Police']) assert.ok(!names.includes(word), word);
});

test('a position or title abbreviation before a name is not part of it', () => {
  const { table } = entitiesOf(
    'The Red Sox made an offer to 1B Mark Teixeira. Cubs GM Theo Epstein said the Ravens traded for DT Haloti Ngata.',
  );
  const people = table.filter((e) => e.type === 'person').map((e) => e.name);
  assert.deepEqual(people.sort(), ['Haloti Ngata', 'Mark Teixeira', 'Theo Epstein']);
  assert.equal(table.find((e) => e.name === 'Theo Epstein')?.role, 'GM');
});

test('an unknown capitalised run is no person without evidence', () => {
  assert.equal(
    typeOf('Vantrell Systems agreed to buy Kessler Datentechnik on Wednesday.', 'Kessler Datentechnik'),
    'other',
  );
  assert.equal(
    typeOf('Crowds gathered outside Harbor Light Tavern late on Friday.', 'Harbor Light Tavern'),
    'organization',
  );
});

test('a role noun, an age, "who" or a speech verb by a quote shows a person', () => {
  assert.equal(typeOf('His lawyer, Ola Brandvold, filed the appeal.', 'Ola Brandvold'), 'person');
  assert.equal(typeOf('Tamsin Okereke, 34, was charged on Friday.', 'Tamsin Okereke'), 'person');
  assert.equal(typeOf('Kuzey Aldemir, who runs the shop, was away.', 'Kuzey Aldemir'), 'person');
  const text = 'Kuzey Aldemir opened the shop in 2004. "We never closed," Aldemir said.';
  assert.equal(typeOf(text, 'Kuzey Aldemir'), 'person');
});

test('places and teams by their shape', () => {
  const { table } = entitiesOf('The storm crossed the Gulf of Mexico. The Yankees played at Fenway Park.');
  const byName = new Map(table.map((e) => [e.name, e.type]));
  assert.equal(byName.get('Gulf of Mexico'), 'place');
  assert.equal(byName.get('Fenway Park'), 'place');
  assert.equal(byName.get('Yankees'), 'organization');
});
