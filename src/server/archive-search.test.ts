import assert from 'node:assert/strict';
import { it } from 'node:test';
import { fold, matchText, queryTerms } from './archive-search.js';

it('matches every term as a word prefix, accents and case folded, offsets kept', () => {
  assert.deepEqual(queryTerms('Lavrov, GENÈVE a'), ['lavrov', 'geneve']);
  assert.equal(fold('Genève İstanbul').length, 'Genève İstanbul'.length);
  const text = 'Mr Lavrov met Blinken in Genève. Lavrov said the talks were useful.';
  const m = matchText(text, queryTerms('lavrov geneve'), () => 1)!;
  const words = m.snippet.highlights.map((h) => m.snippet.text.slice(h.start, h.end));
  assert.deepEqual(words, ['Lavrov', 'Genève', 'Lavrov']);
  assert.equal(
    matchText(text, queryTerms('lavrov moscow'), () => 1),
    null,
  );
  assert.equal(
    matchText('Slavrova', ['lavrov'], () => 1),
    null,
  );
});
