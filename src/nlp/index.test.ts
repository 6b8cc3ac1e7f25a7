import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { repoRoot } from '../eval/data.js';
import { readText, WINK_PIPE } from './index.js';

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

test('wink reads tokens, tags and sentences the same with only the annotations newsfuse asks for', async () => {
  const dir = join(repoRoot, 'examples', 'geneva-2022');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  texts.push("Don't we? Mr. Lavrov's aides said 2.5% at 10:30 a.m. on Jan. 21, 2022 -- not ~100,000 troops.");
  const full = winkNLP(model);
  const lean = winkNLP(model, [...WINK_PIPE]);
  const out = (nlp: typeof full, text: string) => {
    const doc = nlp.readDoc(text);
    const { its } = nlp;
    const tokens = doc.tokens();
    return [
      tokens.out(its.value),
      tokens.out(its.pos),
      tokens.out(its.normal),
      tokens.out(its.type),
      tokens.out(its.precedingSpaces),
      doc.sentences().out(its.span),
    ];
  };
  for (const text of texts) assert.deepEqual(out(lean, text), out(full, text));
  // And what is left out is what takes time: wink's own entities are not read.
  assert.deepEqual(lean.readDoc(texts.at(-1)!).entities().out(), []);
  assert.ok(full.readDoc(texts.at(-1)!).entities().out().length > 0);
});
