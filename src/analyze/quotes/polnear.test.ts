// The PolNeAR scoring used by the quotes suite, on a small hand-made brat file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseGold, predictionsOf, regexQuotes, score } from '../../eval/suites/quotes.js';
import { readText } from '../../nlp/index.js';
import { extractEntities } from '../entities/index.js';
import { extractQuotes } from './index.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const text = readFileSync(join(here, 'fixtures', 'polnear-sample.txt'), 'utf8');
const ann = readFileSync(join(here, 'fixtures', 'polnear-sample.ann'), 'utf8');

test('parseGold: direct quotes only, discontinuous contents as one extent', () => {
  const gold = parseGold(ann);
  assert.equal(gold.length, 2);
  assert.equal(gold[1]!.sourceText, 'he');
  assert.ok(text.slice(gold[1]!.start, gold[1]!.end).includes('he said'));
});

test('predictions: fragments sharing a cue are one attribution; scoring counts matches and speakers', () => {
  const reading = readText(text);
  const { mentions, table } = extractEntities(text, reading);
  const preds = predictionsOf(extractQuotes(text, reading, mentions, table));
  assert.equal(preds.length, 2);
  const tally = { gold: 0, predicted: 0, matched: 0, speakerKnown: 0, speakerRight: 0 };
  score(preds, parseGold(ann), tally);
  assert.deepEqual(tally, { gold: 2, predicted: 2, matched: 2, speakerKnown: 2, speakerRight: 2 });
});

test('regex floor: every span between double marks, fragments counted apart', () => {
  const tally = { gold: 0, predicted: 0, matched: 0, speakerKnown: 0, speakerRight: 0 };
  score(regexQuotes(text), parseGold(ann), tally);
  assert.equal(tally.predicted, 3);
  assert.equal(tally.matched, 2);
  assert.equal(tally.speakerRight, 0);
});
