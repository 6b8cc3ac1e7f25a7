import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explain } from './explain.js';
import { articleAgreement, attributionVerb, functionWords, residue } from './intrinsic.js';
import { lemmaCandidates } from './lemma.js';
import { spinnerPhrases } from './phrases.js';
import { intrinsicSpin } from './score.js';
import { kinship } from './wordnet.js';

const texts = (signals: { evidence: string }[]) => signals.map((s) => s.evidence);

test('spin residue: spintax braces round prose, not braces round code or numbers', () => {
  assert.deepEqual(texts(residue('He said {that a} letter was sent and {big|large} crowds came.')), [
    'spin residue "{that a}"',
    'spin residue "{big|large}"',
  ]);
  assert.deepEqual(residue('The set {1, 2} is small.'), []);
});

test('article agreement: "an motion" fires; "an hour", "a one-off", "a union", "an FBI" do not', () => {
  assert.deepEqual(texts(articleAgreement('It was an motion that a official opposed.')), [
    'article mismatch "an motion"',
    'article mismatch "a official"',
  ]);
  assert.deepEqual(
    articleAgreement('In an hour a one-off vote by a union and an FBI agent, a European deal.'),
    [],
  );
});

test('function words in impossible orders, and "stated" as the newsroom verb', () => {
  assert.deepEqual(texts(functionWords('He added the there was no deal.')), [
    'improbable word order "the there"',
  ]);
  assert.deepEqual(functionWords('The deal was done.'), []);
  assert.equal(attributionVerb('"No," the official stated. "Yes," the official stated.').length, 1);
  assert.deepEqual(attributionVerb('"No," he said. The bill stated its aims. "Yes," she said.'), []);
});

test('known spinner phrases match whole words only', () => {
  assert.deepEqual(texts(spinnerPhrases('In a cellphone name on Tuesday he instructed reporters.')), [
    'spinner phrase "cellphone name"',
    'spinner phrase "instructed reporters"',
  ]);
  assert.deepEqual(spinnerPhrases('The cellphone named after him'), []);
});

test('one quirk alone does not make a text spun; several kinds together do', () => {
  assert.ok(intrinsicSpin('It was an motion of thanks, he said.').score < 0.5);
  const spun = intrinsicSpin(
    'The official stated {that a} deal was near. "Soon," the official stated, in a cellphone name.',
  );
  assert.ok(spun.score >= 0.5);
  assert.equal(spun.signals[0]!.kind, 'residue');
});

test('WordNet kinship and spinner swaps explain substitutions; changed figures are never explained', () => {
  assert.equal(kinship('said', 'stated'), 'synonym');
  assert.equal(kinship('told', 'instructed'), 'near-synonym');
  assert.equal(kinship('house', 'dog'), null);
  assert.equal(explain('told', 'instructed'), 'spin-swap');
  assert.equal(explain('phone call', 'cellphone name'), 'spin-swap');
  assert.equal(explain('talks', 'talked'), 'inflection');
  assert.equal(explain('200', '300'), null);
  assert.ok(lemmaCandidates('planned').includes('plan'));
  assert.ok(lemmaCandidates('told').includes('tell'));
});
