import assert from 'node:assert/strict';
import { test } from 'node:test';
import { languageCode, toIsoDate } from './dates.js';

test('feed dates become ISO 8601 with their stated offset, independent of the machine zone', () => {
  const cases: [string, string | null][] = [
    ['Fri, 21 Jan 2022 18:30:00 +0100', '2022-01-21T18:30:00+01:00'],
    ['Fri, 21 Jan 2022 23:30:00 EST', '2022-01-21T23:30:00-05:00'],
    ['Fri, 21 Jan 2022 18:30:00 GMT', '2022-01-21T18:30:00Z'],
    ['Fri, 21 Jan 2022 18:30:00', '2022-01-21T18:30:00'],
    ['21 January 2022', '2022-01-21'],
    ['2022-01-21T10:00:00.000Z', '2022-01-21T10:00:00.000Z'],
    ['2022-01-21 10:00', '2022-01-21T10:00'],
    ['2022-01-21', '2022-01-21'],
    ['not a date', null],
    ['', null],
  ];
  for (const [input, expected] of cases) assert.equal(toIsoDate(input), expected, input);
});

test('language tags reduce to ISO 639-1', () => {
  assert.equal(languageCode('en-US'), 'en');
  assert.equal(languageCode('pt_BR'), 'pt');
  assert.equal(languageCode('FR'), 'fr');
  assert.equal(languageCode('english'), null);
});

test('RFC 822 dates in the feed’s own language: Portuguese, French, German weekdays and months', () => {
  assert.equal(toIsoDate('Seg, 24 Set 2018 19:42:40 -0300'), '2018-09-24T19:42:40-03:00');
  assert.equal(toIsoDate('mar., 05 févr. 2019 10:00:00 +0100'), '2019-02-05T10:00:00+01:00');
  assert.equal(toIsoDate('Di, 12 Mär 2024 08:00:00 GMT'), '2024-03-12T08:00:00Z');
  assert.equal(toIsoDate('Dom, 01 Dez 2024'), '2024-12-01');
});
