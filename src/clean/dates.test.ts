import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateFromUrl, dayFromText, normalizeDate } from './dates.js';
import { isStampLine } from './stamp.js';

test('ISO dates keep their time and zone', () => {
  assert.equal(normalizeDate('2019-11-20T09:28:00.000+0000'), '2019-11-20T09:28:00+0000');
  assert.equal(normalizeDate('2019-11-20'), '2019-11-20');
  assert.equal(normalizeDate('2019-11-20 17:05'), '2019-11-20T17:05:00');
});

test('dates in words give the calendar day, only when it is certain', () => {
  assert.equal(dayFromText('22 January,2022 08:30 AM IST'), '2022-01-22');
  assert.equal(normalizeDate('Tue, 19 Nov 2019 08:01:00 GMT'), '2019-11-19');
  assert.equal(dayFromText('Nov. 20, 2019'), '2019-11-20');
  assert.equal(dayFromText('on Friday'), null);
  assert.equal(dayFromText('January 22'), null);
  assert.equal(normalizeDate('not a date'), null);
  assert.equal(normalizeDate(null), null);
});

test('a date in a URL path', () => {
  assert.equal(dateFromUrl('https://example.com/2019/11/18/story-slug/'), '2019-11-18');
  assert.equal(dateFromUrl('https://example.com/news/20191118/story'), '2019-11-18');
  assert.equal(dateFromUrl('https://example.com/news/story-12345'), null);
  assert.equal(dateFromUrl('not a url'), null);
});

test('date and time stamps are told from short lines that merely hold a year', () => {
  for (const s of [
    'Updated 11:21 pm CST, Tuesday, November 19, 2019',
    'sexta-feira, 22 de outubro de 2010 às 20:13',
    'PUBLISHED: 00:01, Tue, Nov 19, 2019',
    'Posted: Fri 6:45 PM, Feb 16, 2018 |',
    '05/10/2018',
  ]) {
    assert.equal(isStampLine(s), true, s);
  }
  for (const s of [
    'In 2019 the sales fell 10 percent',
    'Market update 2019',
    'Image 1 of 9',
    '12 issues for £11.99',
  ]) {
    assert.equal(isStampLine(s), false, s);
  }
});

test('numeric stamps with separators and zones with minutes are stamps; a page counter is not', () => {
  assert.ok(isStampLine('12 / 16 / 08 1:30 AM EST'));
  assert.ok(isStampLine('26 September 2013, 10:00 (GMT+05:00)'));
  assert.equal(isStampLine('Page 1 / 2'), false);
  assert.equal(isStampLine('Report: Red Sox offer Teixeira $200 million'), false);
});
