import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateInWords } from '../render/dates.js';
import { isBackground, periodEnd } from './story.js';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

test('periodEnd: the last day a value can mean', () => {
  assert.equal(periodEnd('1997'), day('1997-12-31'));
  assert.equal(periodEnd('2022-02'), day('2022-02-28'));
  assert.equal(periodEnd('2022-W04'), day('2022-01-30'));
  assert.equal(periodEnd('2021-Q3'), day('2021-09-30'));
  assert.equal(periodEnd('199'), day('1999-12-31'));
  assert.equal(periodEnd('2022-01-21T10:00'), day('2022-01-21'));
  assert.equal(periodEnd('XXXX-WXX-5'), null);
});

test('isBackground: long before the story, not its own days or a recent month', () => {
  const start = day('2022-01-21');
  assert.equal(isBackground('1997', start, 90), true);
  assert.equal(isBackground('2021', start, 90), false);
  assert.equal(isBackground('2021-06', start, 90), true);
  assert.equal(isBackground('2022-01-19', start, 90), false);
  assert.equal(isBackground('XXXX-WXX-5', start, 90), false);
  assert.equal(isBackground('1997', null, 90), false);
});

test('dateInWords: unresolved values in words, resolved ones as they are', () => {
  assert.equal(dateInWords('XXXX-WXX-5'), 'a Friday');
  assert.equal(dateInWords('XXXX-WXX-7TEV'), 'a Sunday evening');
  assert.equal(dateInWords('XXXX-WXX'), 'a week');
  assert.equal(dateInWords('XXXX-01-21'), '21 January, year unknown');
  assert.equal(dateInWords('XXXX-XX-XXTMO'), 'a morning');
  assert.equal(dateInWords('2022-01-21'), '2022-01-21');
});
