import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readText } from '../../nlp/index.js';
import { extractNumbers } from './index.js';
import { parseNumberWords } from './words.js';

// [text, figure as written, value, unit, approximate]
const CASES: [string, string, number, string | null, boolean][] = [
  ['With an estimated 100,000 Russian troops massed near the border.', '100,000', 100_000, 'troops', true],
  ['Some 100,000 troops are massed there.', '100,000', 100_000, 'troops', true],
  ['Russia moved two S-400 missile battalions to Belarus.', 'two', 2, 'battalions', false],
  ['They held a 90-minute meeting.', '90-minute', 90, 'minute', false],
  ['The fund holds $5 billion in bonds.', '$5 billion', 5e9, 'USD', false],
  ['The club paid €3m for him.', '€3m', 3e6, 'EUR', false],
  ['Prices rose 12 percent.', '12 percent', 12, 'percent', false],
  ['Inflation hit 7.5% in December.', '7.5%', 7.5, 'percent', false],
  ['The city has 1.5 million residents.', '1.5 million', 1.5e6, 'residents', false],
  ['More than 300 people died.', '300', 300, 'people', true],
  ['Around twenty-four hostages were freed.', 'twenty-four', 24, 'hostages', true],
  ['It was the third attempt.', 'third', 3, 'ordinal', false],
  ['He won the 21st race.', '21st', 21, 'ordinal', false],
  ['Wong Kwan spent seventy million dollars on the house.', 'seventy million dollars', 7e7, 'USD', false],
  ['Greater than 40 ships sailed.', '40', 40, 'ships', true],
  ['A 1,000-strong force crossed.', '1,000-strong', 1000, 'force', false],
  ['Some 40-odd ships sailed.', '40-odd', 40, 'ships', true],
  ['At least two dozen jets flew.', 'two dozen', 24, 'jets', true],
  ['The UK pledged £2.5bn in aid.', '£2.5bn', 2.5e9, 'GBP', false],
];

for (const [text, written, value, unit, approximate] of CASES) {
  test(`${written} in "${text}"`, () => {
    const found = extractNumbers(text, readText(text)).find((n) => n.text === written);
    assert.ok(found, `no figure "${written}" in ${JSON.stringify(extractNumbers(text, readText(text)))}`);
    assert.equal(found.value, value);
    assert.equal(found.unit, unit);
    assert.equal(found.approximate ?? false, approximate);
    assert.equal(text.slice(found.start, found.end), found.text);
  });
}

test('years inside dates and clock times are not figures', () => {
  const text = 'On Jan. 21, 2022 at 10:30 a.m. they met; in 1997 the accord was signed.';
  const numbers = extractNumbers(text, readText(text));
  assert.deepEqual(
    numbers.map((n) => n.text),
    [],
  );
});

test('given time expressions are used instead of reading dates again', () => {
  const text = 'In 1997, 40 ships sailed.';
  const numbers = extractNumbers(text, readText(text), [{ start: 3, end: 7, type: 'DATE' }]);
  assert.deepEqual(
    numbers.map((n) => [n.text, n.value]),
    [['40', 40]],
  );
});

test('spelled-out numbers', () => {
  assert.equal(parseNumberWords('twenty four'), 24);
  assert.equal(parseNumberWords('one hundred thirty'), 130);
  assert.equal(parseNumberWords('two million'), 2e6);
  assert.equal(parseNumberWords('banana'), null);
});

test('long runs of number words stay fast (no quadratic matching)', () => {
  const text = 'one two three four five six seven eight nine ten twenty thirty '.repeat(1500);
  const began = performance.now();
  extractNumbers(text, readText(text));
  assert.ok(performance.now() - began < 5000);
});
