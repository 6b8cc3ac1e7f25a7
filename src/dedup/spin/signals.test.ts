import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultConfig } from '../../config/index.js';
import { swappedPhrase, swappedPhrases } from './collocation.js';
import { repeatedWord } from './intrinsic.js';
import { numberFor, numberWords } from './numbers.js';
import { intrinsicSpin } from './score.js';
import { wordClass } from './word-class.js';

const cfg = defaultConfig().dedup;

const PLAIN =
  'The former mayor died of a heart attack on Sunday, his family said. He had spent two years in the ' +
  'city council and was known for his work on housing and the death penalty. His funeral will be held ' +
  'in the cathedral next week, and the council will observe a minute of silence at its next meeting.';

test('a set phrase with one word swapped for a rare synonym names the phrase it stood for', () => {
  assert.equal(swappedPhrase('heart', 'assail'), 'heart attack');
  assert.equal(swappedPhrase('genial', 'illness'), 'mental illness');
  // The second word is read in its base form: "penalties" is "penalty".
  assert.equal(swappedPhrase('decease', 'penalties'), 'death penalty');
  assert.equal(swappedPhrase('loge', 'office'), 'box office');
  // "bosom" is rare, but not rare enough beside "heart" to be read as a swap by itself.
  assert.equal(swappedPhrase('bosom', 'attack'), null);
  // The phrase itself, and a writer's common word beside a set phrase ("bomb attack", "great time").
  assert.equal(swappedPhrase('heart', 'attack'), null);
  assert.equal(swappedPhrase('bomb', 'attack'), null);
  assert.equal(swappedPhrase('great', 'time'), null);
  // A phrasal verb's particle and a loose verb phrase are not set phrases ("stand fast").
  assert.equal(swappedPhrase('stand', 'immobile'), null);
  assert.equal(swappedPhrase('moved', 'inward'), null);
  // British spellings are rare in American subtitles, not rare words ("political organisation").
  assert.equal(swappedPhrase('political', 'organisation'), null);
});

test('swapped set phrases are found in a text, outside quotations, and corroborate other signals', () => {
  assert.deepEqual(swappedPhrases(PLAIN), []);
  const spun = PLAIN.replace('heart attack', 'heart assail').replace('death penalty', 'decease penalty');
  const found = swappedPhrases(spun);
  assert.deepEqual(
    found.map((s) => s.evidence),
    ['"heart assail" for "heart attack"', '"decease penalty" for "death penalty"'],
  );
  assert.ok(found.every((s) => s.kind === 'swapped-phrase' && s.weight < cfg.intrinsicSpun));
  // Two of them flag the text; one is not enough alone.
  assert.ok(intrinsicSpin(spun).score >= cfg.intrinsicSpun);
  assert.ok(intrinsicSpin(PLAIN.replace('heart attack', 'heart assail')).score < cfg.intrinsicSpun);
  // Quoted speech is the speaker's.
  assert.deepEqual(swappedPhrases('He said: "It was a heart assail, nothing else." The family agreed.'), []);
});

test('the same word twice in a row is a spinner phrase ending in the word that follows', () => {
  const [signal] = repeatedWord('Comeaux is serving a life sentence sentence for aggravated assault.');
  assert.equal(signal?.kind, 'repeated-word');
  assert.equal(signal.evidence, 'the same word twice "sentence sentence"');
  // Repetition for effect takes a comma; function words ("that that") and quotations are a writer's.
  assert.deepEqual(repeatedWord('It was definitely, definitely the right call, he said.'), []);
  assert.deepEqual(repeatedWord('She said that that was the end of it.'), []);
  assert.deepEqual(repeatedWord('He shouted "stop stop" at the driver.'), []);
  assert.deepEqual(repeatedWord(PLAIN), []);
  // A repeated word beside a broken form: two kinds at different places flag the text.
  const two = PLAIN.replace('death penalty', 'death penalty penalty').replace('said', 'sayed');
  assert.ok(intrinsicSpin(two).score >= cfg.intrinsicSpun);
  assert.ok(intrinsicSpin(PLAIN.replace('said', 'sayed')).score < cfg.intrinsicSpun);
});

test('a rare word for a number or a unit of time, in the sense it shares with it, is a thesaurus pick', () => {
  assert.equal(numberFor('ane'), 'one');
  assert.equal(numberFor('iii'), 'three');
  assert.equal(numberFor('twelvemonth'), 'year');
  assert.equal(numberFor('hebdomad'), 'week');
  // The plain words, a writer's rarer words ("outset" is tagged in its sense of "first"), and
  // "unmatched", whose sense shared with "one" is not the one "one" is used in.
  assert.equal(numberFor('three'), null);
  assert.equal(numberFor('outset'), null);
  assert.equal(numberFor('unmatched'), null);
  const plain = 'Three men were arrested on Tuesday morning, one of them a former officer, police said.';
  assert.deepEqual(numberWords(plain), []);
  const spun = 'The iii men were arrested on Tuesday forenoon, ane of them a former officer, police said.';
  assert.deepEqual(
    numberWords(spun).map((s) => s.evidence),
    ['"iii" for "three"', '"forenoon" for "morning"', '"ane" for "one"'],
  );
  // A list numbered "(iii)" is no spin; capitals are regnal numbers and names ("Henry III").
  assert.deepEqual(numberWords('Under clause (iii) of the act, Henry III may sue.'), []);
});

test('an adverb phrase after a determiner is a spinner swap for the adjective that stood there', () => {
  const [signal] = wordClass('The Pistons lost the first of all two games in Detroit.');
  assert.equal(signal?.evidence, '"the first of all": an adverb phrase after a determiner');
  assert.equal(signal.kind, 'word-class');
  // A writer's "first of all" opens a sentence or an aside; "the first of all the candidates" is "first".
  assert.deepEqual(wordClass('First of all, the Pistons lost the first two games in Detroit.'), []);
  assert.deepEqual(wordClass('He was the first of all the candidates to speak.'), []);
  assert.deepEqual(wordClass('It was the first of all, he said.'), []);
});
