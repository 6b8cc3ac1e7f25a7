import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultConfig } from '../../config/index.js';
import { readText } from '../../nlp/index.js';
import { judge } from '../classify/judge.js';
import { verifyPair } from '../verify/index.js';
import { viewOf } from '../verify/view.js';
import { explain, isSpellingVariant } from './explain.js';
import { brokenForm, brokenInflections } from './morphology.js';
import { thesaurusPhrase, thesaurusWords } from './rarity.js';
import { intrinsicSpin } from './score.js';
import { wordClass, wrongClass } from './word-class.js';

const cfg = defaultConfig().dedup;
const original = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'council', 'original.txt'), 'utf8');
const view = (id: string, text: string) =>
  viewOf({ id, text, published: null, sentences: readText(text).sentences });

/** Replaces each `from` once, whole words only. */
function edit(text: string, swaps: [string, string][]): string {
  return swaps.reduce((t, [from, to]) => t.replace(new RegExp(`\\b${from}\\b`), to), text);
}

test('spelling variants and words written apart are house style, not synonyms', () => {
  assert.ok(isSpellingVariant('jewelry', 'jewellery'));
  assert.ok(isSpellingVariant('mobilized', 'mobilised'));
  assert.ok(!isSpellingVariant('avoid', 'avert'));
  assert.equal(explain('center', 'centre'), 'spelling');
  assert.equal(explain('firebomb', 'fire bomb'), 'spelling');
  assert.equal(explain('budget', 'budget plan'), null);
});

test('a light spin that kept nine words in ten is spun, copy side and swaps as evidence', () => {
  const copy = edit(original, [
    ['approved', 'sanctioned'],
    ['debate', 'argument'],
    ['repairing', 'mending'],
    ['told', 'instructed'],
    ['fleet', 'flotilla'],
    ['warned', 'cautioned'],
  ]);
  const j = judge(verifyPair(view('copy', copy), view('original', original), cfg), cfg);
  assert.equal(j?.kind, 'spun');
  assert.equal(j?.copy, 'a');
  assert.ok(j?.spin?.evidence.includes('"told" → "instructed" (spin-swap)'));
  assert.ok(j!.spin!.distinct >= 5);
  // The same pair the other way round: the copy is still the spun side.
  const k = judge(verifyPair(view('original', original), view('copy', copy), cfg), cfg);
  assert.equal(k?.copy, 'b');
});

test("an editor's copy is not spun: one word changed throughout, a corrected figure, a synonym", () => {
  assert.ok(original.split(/\bbridge\b/).length > 2, 'the word changed throughout occurs more than once');
  const house = edit(original.replaceAll(/\bbridge\b/g, 'span'), [
    ['200', '250'],
    ['long', 'lengthy'],
  ]);
  const r = verifyPair(view('copy', house), view('original', original), cfg);
  const j = judge(r, cfg);
  assert.equal(j?.kind, 'near-duplicate');
});

const PLAIN =
  'The city council approved a new budget on Tuesday after a long debate about the cost of the bridge. ' +
  'The mayor told reporters the plan would add buses to the fleet over the next four years and cut waiting ' +
  'times for people in the northern districts. Opposition members warned that fares would rise and that ' +
  'the repairs could cost twice as much as expected. Residents can send comments until the end of the month.';

const THESAURUS =
  'The city council sanctioned a new budget on Tuesday after a long argument about the cost of the bridge. ' +
  'The mayor instructed newsmen the plan would add autobuses to the flotilla over the next four years and ' +
  'curtail waiting times for multitude in the northern districts. Opposition members cautioned that ' +
  'fares would wax and that the fixing could cost twice as much as anticipated. Residents can despatch ' +
  'remarks until the terminal of the calendar month.';

test('rare synonyms where common words would stand are read from the text alone', () => {
  assert.deepEqual(thesaurusWords(PLAIN), []);
  const [signal] = thesaurusWords(THESAURUS);
  assert.equal(signal?.kind, 'thesaurus-words');
  assert.ok(signal.weight >= 0.5, 'strong enough to flag on its own');
  assert.match(signal.evidence, /"newsmen" for "reporter"|"flotilla" for "fleet"|"autobuses" for "bus"/);
  assert.ok(intrinsicSpin(THESAURUS).score >= cfg.intrinsicSpun);
  assert.ok(intrinsicSpin(PLAIN).score < cfg.intrinsicSpun);
  // Too short to judge: a headline's worth of words says nothing either way.
  assert.deepEqual(thesaurusWords('The mayor instructed newsmen about the flotilla.'), []);
});

test('forms a spinner makes by rule and no writer uses are read as broken inflection', () => {
  assert.equal(brokenForm('geted'), 'get');
  assert.equal(brokenForm('sayed'), 'say');
  assert.equal(brokenForm('comed'), 'come');
  // Rare words, real forms and misspellings of another shape are not a spinner's.
  assert.equal(brokenForm('helmed'), null);
  assert.equal(brokenForm('tweeted'), null);
  assert.equal(brokenForm('continueing'), null);
  assert.equal(brokenForm('said'), null);
  const [compound] = brokenInflections('Police said the houses trailer was searched twice.');
  assert.match(compound?.evidence ?? '', /"houses trailer", the plural on the first word of "house trailer"/);
  assert.deepEqual(brokenInflections(PLAIN), []);
  // Two such forms flag a text on their own; the same text unspun carries nothing.
  const light = PLAIN.replace('told', 'sayed').replace('Residents can send', 'Residents can geted');
  const spin = intrinsicSpin(light);
  assert.ok(spin.score >= cfg.intrinsicSpun);
  assert.ok(spin.signals.every((s) => s.kind === 'broken-inflection'));
  assert.equal(intrinsicSpin(PLAIN).score, 0);
});

test('a verb after a determiner, a noun after a modal: a word of the wrong class for its slot', () => {
  assert.equal(wrongClass('the', 'televise'), 'a verb after a determiner');
  assert.equal(wrongClass('will', 'server'), 'a noun after a modal verb');
  // "thieves" is "thief", "the meeting" a noun; "May" before a noun is the month.
  assert.equal(wrongClass('the', 'thieves'), null);
  assert.equal(wrongClass('the', 'meeting'), null);
  assert.equal(wrongClass('May', 'announcement'), null);
  assert.equal(wrongClass('will', 'serve'), null);
  assert.deepEqual(wordClass('They ordered a follow-up and the thieves fled.'), []);
  const [signal] = wordClass('The mayor said the televise of the debate was late.');
  assert.equal(signal?.kind, 'word-class');
  assert.ok(signal.weight < cfg.intrinsicSpun, 'a slip alone is not spin');
});

test('an object pronoun after a word that is no verb, a bare verb after a preposition, an adjective after a modal', () => {
  // "lied to police, telling them" spun: the verb became an adjective, a noun.
  assert.equal(wrongClass('impressive', 'them'), 'an object pronoun after a word that is no verb');
  assert.equal(wrongClass('replacement', 'him'), 'an object pronoun after a word that is no verb');
  // Verbs, participles, irregular forms WordNet lists only as adjectives, and "worth" take objects.
  assert.equal(wrongClass('telling', 'them'), null);
  assert.equal(wrongClass('replace', 'him'), null);
  assert.equal(wrongClass('sold', 'them'), null);
  assert.equal(wrongClass('worth', 'me'), null);
  assert.equal(wrongClass('into', 'woo'), 'a bare verb after a preposition');
  assert.equal(wrongClass('of', 'liberate'), 'a bare verb after a preposition');
  // "with stun grenades": a verb that begins a noun phrase; "to" takes a bare verb.
  assert.equal(wrongClass('with', 'stun', 'grenades'), null);
  assert.equal(wrongClass('to', 'liberate'), null);
  assert.equal(wrongClass('into', 'court'), null);
  assert.equal(wrongClass('would', 'political'), 'an adjective after a modal verb');
  // "would likely": an adverb too.
  assert.equal(wrongClass('would', 'likely'), null);
  const found = wordClass(
    'She lied to the officers, impressive them she was not driving, and checked into woo rehab.',
  );
  assert.deepEqual(
    found.map((s) => s.evidence),
    [
      '"impressive them": an object pronoun after a word that is no verb',
      '"into woo": a bare verb after a preposition',
    ],
  );
  assert.deepEqual(
    wordClass('She lied to the officers, telling them she was not driving, and checked into rehab.'),
    [],
  );
});

test('two kinds of signal at different places corroborate each other; two read off the same words do not', () => {
  // A broken form (0.3) and a word in the wrong slot (0.25): 0.475 as if independent, flagged together.
  const two = PLAIN.replace('told', 'sayed').replace('the cost of the bridge', 'the televise of the bridge');
  const spin = intrinsicSpin(two);
  assert.deepEqual(new Set(spin.signals.map((s) => s.kind)), new Set(['broken-inflection', 'word-class']));
  assert.ok(spin.score >= cfg.intrinsicSpun);
  // "an the" is a mismatched article and a bad word order at once: one piece of evidence, not flagged.
  const same = intrinsicSpin(PLAIN.replace('a long debate', 'an the long debate'));
  assert.equal(same.score, 0.36);
  // One kind alone stays below the threshold.
  assert.ok(intrinsicSpin(PLAIN.replace('told', 'sayed')).score < cfg.intrinsicSpun);
});

test("a phrase that spells out its own word's usual sense is a thesaurus's, one that names a rare sense is not", () => {
  assert.equal(thesaurusPhrase('business office'), 'office');
  assert.equal(thesaurusPhrase('military officer'), 'officer');
  assert.equal(thesaurusPhrase('dolled up'), 'dressed');
  assert.equal(thesaurusPhrase('life sentence'), null);
  assert.equal(thesaurusPhrase('death penalty'), null);
});
