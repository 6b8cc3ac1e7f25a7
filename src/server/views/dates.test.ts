import assert from 'node:assert/strict';
import { it } from 'node:test';
import { shortDay, timexWords } from './dates.js';

it('says TIMEX3 values in words, never with their X placeholders', () => {
  const cases: [string | null, string][] = [
    ['2022-01-21', 'Friday 21 January 2022'],
    ['2022-01-21T10:30', 'Friday 21 January 2022, 10:30'],
    ['XXXX-WXX-5', 'a Friday'],
    ['2022-W04', 'the week of 24 January 2022'],
    ['2022-W04-5', 'Friday 28 January 2022'],
    ['2022-W03-WE', 'the weekend of 22 January 2022'],
    ['2022-01', 'January 2022'],
    ['2022-SU', 'summer 2022'],
    ['2022-Q1', 'the first quarter of 2022'],
    ['1997', '1997'],
    ['199X', 'the 1990s'],
    ['XXXX-01-21', '21 January, year unknown'],
    ['XXXX-XX-XX', 'an unresolved date'],
    ['PRESENT_REF', 'now'],
    [null, 'undated'],
  ];
  for (const [value, words] of cases) assert.equal(timexWords(value), words, String(value));
});

it('shows publication days short', () => {
  assert.equal(shortDay('2022-01-21T09:00:00Z'), '21 Jan 2022');
  assert.equal(shortDay(null), 'undated');
});
