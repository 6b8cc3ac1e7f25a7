import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readText } from './index.js';

const words = (text: string) => readText(text).tokens.map((t) => t.text);

test('offsets index the text itself, and sentences never start or end in whitespace', () => {
  const text = 'Blinken met Lavrov in Geneva.\n\nThey spoke for 90 minutes.';
  const { tokens, sentences } = readText(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(
    sentences.map((s) => text.slice(s.start, s.end)),
    ['Blinken met Lavrov in Geneva.', 'They spoke for 90 minutes.'],
  );
});

test("an attached 's is always its own token, whatever was read before in the process", () => {
  const text = "Tara Reid's rehab, and McDonald’s fries.";
  const before = readText(text);
  assert.deepEqual(words(text), ['Tara', 'Reid', "'s", 'rehab', ',', 'and', 'McDonald', '’s', 'fries', '.']);
  // wink keeps "Reid's," whole and caches the whole form for the rest of the process.
  readText("It was Reid's, not Lindsay's; McDonald’s.");
  assert.deepEqual(readText(text), before);
  const s = before.tokens[2]!;
  assert.equal(s.pos, 'PART');
  assert.equal(before.tokens[1]!.normal, 'reid');
});

test('sentences keep their bounds when a token is split', () => {
  const text = "It was Reid's. Then Lohan's.";
  const r = readText(text);
  assert.deepEqual(
    r.sentences.map((s) => text.slice(s.start, s.end)),
    ["It was Reid's.", "Then Lohan's."],
  );
  const last = r.sentences[1]!;
  assert.equal(r.tokens[last.lastToken]!.text, '.');
  assert.equal(r.tokens[last.firstToken]!.text, 'Then');
});

test("the base of a split-off 's is a name when capitalised and a common noun otherwise", () => {
  // Read once with a comma after the possessive (wink's whole-token path), once without.
  for (const text of ["The nation's struggles, Reid's.", "The nation's, Reid's struggles."]) {
    const r = readText(text);
    const of = (w: string) => r.tokens.find((t) => t.text === w)!.pos;
    assert.equal(of('nation'), 'NOUN', text);
    assert.equal(of('Reid'), 'PROPN', text);
  }
});
