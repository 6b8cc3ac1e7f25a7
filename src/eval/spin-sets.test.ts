import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inflect, SPINNERS, seeded, spin, synonymFor } from './spin-sets.js';

const TEXT =
  'Senator Mary Jones told reporters on Tuesday that the committee had rejected the proposal. ' +
  '"We will not accept this plan," she said. The decision surprised many officials, who had expected ' +
  'a quick agreement after weeks of talks about the budget and the new hospital in the eastern district.';

test('spinning is seeded: the same text, spinner, rate and seed give the same copy', () => {
  const a = spin(TEXT, 'random', 0.33, 'doc-1');
  assert.equal(spin(TEXT, 'random', 0.33, 'doc-1').text, a.text);
  assert.notEqual(spin(TEXT, 'random', 0.33, 'doc-2').text, a.text);
  assert.ok(a.text !== TEXT);
});

test('the rate is the share of eligible words swapped; names, figures and quotations are kept', () => {
  for (const spinner of SPINNERS) {
    const c = spin(TEXT, spinner, 0.5, 'doc');
    assert.ok(c.eligible >= 15, `${c.eligible} eligible words`);
    assert.ok(
      Math.abs(c.swaps.length - 0.5 * c.eligible) <= 2,
      `${spinner}: ${c.swaps.length}/${c.eligible}`,
    );
    assert.ok(c.text.includes('Senator Mary Jones'));
    assert.ok(c.text.includes('"We will not accept this plan,"'));
    for (const [from, to] of c.swaps) assert.notEqual(from, to);
  }
});

test('spinners differ: first takes the usual sense, rare the least frequent one', () => {
  const rnd = seeded('x');
  const first = synonymFor('reject', 'first', rnd, 'ed');
  const rare = synonymFor('reject', 'rare', rnd, 'ed');
  assert.ok(first && rare && first !== rare, `${first} / ${rare}`);
  assert.equal(synonymFor('xqzzy', 'random', rnd), null);
});

test('inflection is kept as spinners keep it, the head of a phrase inflected', () => {
  assert.equal(inflect('instruct', 'ed'), 'instructed');
  assert.equal(inflect('despatch', 's'), 'despatches');
  assert.equal(inflect('take', 'ing'), 'taking');
  assert.equal(inflect('call for', 's'), 'calls for');
  assert.equal(inflect('carry', 'ed'), 'carried');
});
