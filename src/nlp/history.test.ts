// A text is read the same whatever the process read before it: wink remembers the unseen words it
// meets, and what it remembers changed how it tokenised and tagged later texts. Its own file, so
// nothing else has been read in the process when the first reading is made.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readerState, readText } from './index.js';

test('a text read after another that taught wink a word is read as it was the first time', () => {
  const text = "It is Mr. Trump's favorite flying toy, a jet he bought in 2011.";
  const first = readText(text);
  // "Mr. Trump's," is kept whole by wink; remembered, it changed the tagging of the text above
  // ("flying" read as a verb instead of a noun).
  readText("His agenda, including Mr. Trump's, runs counter to theirs.");
  const again = readText(text);
  assert.deepEqual(again, first);
  assert.equal(again.tokens.find((t) => t.text === 'flying')?.pos, 'NOUN');
});

test('the reader is replaced once it holds too many forgotten words, and reads the same after', () => {
  const made = (from: number, n: number) =>
    Array.from({ length: n }, (_, i) => `Zorblax${(from + i).toString(36)}`).join(' ');
  const probe = "Mr. Trump's favorite flying toy is a jet, Zorblaxfoo said.";
  const before = readText(probe);
  const { readers } = readerState();
  // Each text adds 20,000 unseen words (and their lower-cased forms): the words held never pass the
  // bound (100,000) by more than one text's, and a fresh reader takes over.
  for (let from = 0; from < 160_000; from += 20_000) {
    readText(`${made(from, 20_000)}.`);
    assert.ok(readerState().addedWords <= 100_000 + 40_000, `${readerState().addedWords} words held`);
  }
  assert.ok(readerState().readers >= readers + 2, `${readerState().readers - readers} fresh readers`);
  assert.deepEqual(readText(probe), before);
});
