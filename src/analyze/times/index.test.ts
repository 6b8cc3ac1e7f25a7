import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readText } from '../../nlp/index.js';
import { extractTimes } from './index.js';

// [text, published, expression, type, value]
const CASES: [string, string | null, string, string, string][] = [
  ['They met on Friday in Geneva.', '2022-01-22', 'Friday', 'DATE', '2022-01-21'],
  ['The ministers will meet again on Friday.', '2022-01-22', 'Friday', 'DATE', '2022-01-28'],
  ['The US will respond next week.', '2022-01-22', 'next week', 'DATE', '2022-W04'],
  ['Talks resume next month.', '2022-01-22', 'next month', 'DATE', '2022-02'],
  ['Sales fell last year.', '2022-01-22', 'last year', 'DATE', '2021'],
  ['The deadline was Jan. 21.', '2022-01-22', 'Jan. 21', 'DATE', '2022-01-21'],
  ['The treaty was signed in 1997.', '2022-01-22', '1997', 'DATE', '1997'],
  ['Prices rose through the 1990s.', '2022-01-22', 'the 1990s', 'DATE', '199'],
  ['The strike lasted two weeks.', '2022-01-22', 'two weeks', 'DURATION', 'P2W'],
  ['They spoke for around half an hour.', '2022-01-22', 'half an hour', 'DURATION', 'PT30M'],
  ['Troops are now massed at the border.', '2022-01-22', 'now', 'DATE', 'PRESENT_REF'],
  ['The company is currently reviewing it.', '2022-01-22', 'currently', 'DATE', 'PRESENT_REF'],
  ['He recently resigned.', '2022-01-22', 'recently', 'DATE', 'PAST_REF'],
  ['The board meets every week.', '2022-01-22', 'every week', 'SET', 'P1W'],
  ['Blinken spoke yesterday.', '2022-01-22', 'yesterday', 'DATE', '2022-01-21'],
  ['Biden spoke on Thursday.', '2022-01-22', 'Thursday', 'DATE', '2022-01-20'],
  [
    'The vote was on March 3. A day earlier, protests began.',
    '2022-03-10',
    'A day earlier',
    'DATE',
    '2022-03-02',
  ],
  ['Profit rose in the past year.', '2022-01-22', 'the past year', 'DURATION', 'P1Y'],
  ['Profit rose in the third quarter.', '1989-10-26', 'the third quarter', 'DATE', '1989-Q3'],
  ['Third-quarter profit rose 5% from a year ago.', '1989-10-26', 'a year ago', 'DATE', '1988-Q3'],
  ['Results for fiscal 1989 were weak.', '1989-11-02', 'fiscal 1989', 'DATE', '1989'],
  ['Sales rose earlier this year.', '1989-10-30', 'earlier this year', 'DATE', '1989'],
  ['It opens this summer.', '1998-03-22', 'this summer', 'DATE', '1998-SU'],
  ['The plant closed last fall.', '1998-02-06', 'last fall', 'DATE', '1997-FA'],
  ['Shares fell this week.', '2022-01-22', 'this week', 'DATE', '2022-W03'],
  ['Rain fell over the weekend.', '2022-01-24', 'the weekend', 'DATE', '2022-W03-WE'],
  ['The report is published daily.', '2022-01-22', 'daily', 'SET', 'P1D'],
  ['The talks ended at 10:30 a.m. Friday.', '2022-01-22', '10:30 a.m. Friday', 'TIME', '2022-01-21T10:30'],
  ['In October, the index fell.', '1998-01-08', 'October', 'DATE', '1997-10'],
  ['The hearing is set for Dec. 7.', '1989-11-28', 'Dec. 7', 'DATE', '1989-12-07'],
  ['It happened two years ago.', '1998-01-08', 'two years ago', 'DATE', '1996'],
  ['He signed a five-year contract.', '1998-01-08', 'five-year', 'DURATION', 'P5Y'],
  ['They met on Friday in Geneva.', null, 'Friday', 'DATE', 'XXXX-WXX-5'],
  ['The US will respond next week.', null, 'next week', 'DATE', 'XXXX-WXX'],
  ['Blinken spoke yesterday.', null, 'yesterday', 'DATE', 'XXXX-XX-XX'],
];

for (const [text, published, expression, type, value] of CASES) {
  test(`${expression} in "${text}" (published ${published})`, () => {
    const found = extractTimes({ text, published }, readText(text)).find((t) => t.text === expression);
    assert.ok(
      found,
      `no expression "${expression}" in ${JSON.stringify(extractTimes({ text, published }, readText(text)))}`,
    );
    assert.equal(found.type, type);
    assert.equal(found.value, value);
    assert.equal(text.slice(found.start, found.end), found.text);
  });
}

test('a value that needed the publication date is inferred; a stated year is stated', () => {
  const text = 'He met Lavrov on Friday and recalled the 1997 accord.';
  const times = extractTimes({ text, published: '2022-01-22' }, readText(text));
  assert.equal(times.find((t) => t.text === 'Friday')?.provenance, 'inferred');
  assert.equal(times.find((t) => t.text === '1997')?.provenance, 'stated');
});

test('"today" inside a quote is the day it was said, not the day of publication', () => {
  const text =
    'Blinken said yesterday that talks went well.\n\n"Lavrov repeated that to me today," Blinken told reporters.';
  const times = extractTimes({ text, published: '2022-01-22' }, readText(text));
  assert.equal(times.find((t) => t.text === 'today')?.value, '2022-01-21');
});

test('ages, prices per year and stock fractions are not time expressions', () => {
  const text = 'The 6-year-old boy paid $2.50 a year; the stock closed at 20 3/8.';
  const times = extractTimes({ text, published: '1998-01-08' }, readText(text));
  assert.deepEqual(times, []);
});

test('extraction does not mutate its input and is deterministic', () => {
  const article = Object.freeze({
    text: 'They met on Friday and will meet next week.',
    published: '2022-01-22',
  });
  const reading = readText(article.text);
  assert.deepEqual(extractTimes(article, reading), extractTimes(article, reading));
});

test('thousands of expressions in one text are refined in near-linear time', () => {
  const text =
    'The ministers met on Friday and will meet next week; a year ago profit rose in the third quarter. '.repeat(
      600,
    );
  const reading = readText(text);
  const began = performance.now();
  const times = extractTimes({ text, published: '2022-01-22' }, reading);
  assert.equal(times.length, 2400);
  assert.ok(performance.now() - began < 5000);
});
