import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractTimes } from '../../analyze/times/index.js';
import { readText } from '../../nlp/index.js';
import type { Article } from '../../types/article.js';
import type { StoryEvent } from '../../types/story.js';
import { dateInWords } from '../render/dates.js';
import type { SourceBook } from '../sources.js';
import { isBackground, periodEnd, storyTimes } from './story.js';

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

test('an undated report reads its relative times from the day its story gives its event, when that is safe', () => {
  const article = (id: string, text: string, published: string | null) =>
    ({
      id,
      text,
      published,
      times: extractTimes({ text, published }, readText(text)),
      sentences: [],
      quotes: [],
    }) as unknown as Article;
  const dated = article('d', 'On January 21, 2022, the envoys met in Geneva for talks.', '2022-01-21');
  const undated = article(
    'u',
    'The envoys met in Geneva on Friday. Replies will come next week. The envoy flew in yesterday.',
    null,
  );
  const events = [{ id: 'e', articles: ['d', 'u'], date: '2022-01-21' }] as unknown as StoryEvent[];
  const book = { isSpun: () => false, independent: (ids: string[]) => ids.length } as unknown as SourceBook;
  const read = storyTimes(undated, events, [dated, undated], book);
  const at = (words: string) => {
    const time = undated.times.find((t) => t.text.toLowerCase().includes(words))!;
    assert.ok(time, words);
    const start = undated.text.lastIndexOf('.', time.start) + 1;
    return read(time, { start, end: undated.text.indexOf('.', time.end) + 1 });
  };
  assert.deepEqual(at('friday'), { value: '2022-01-21', inferredFrom: ['d'], stated: 'XXXX-WXX-5' });
  assert.deepEqual(at('next week'), { value: '2022-W04', inferredFrom: ['d'], stated: 'XXXX-WXX' });
  // Written on the Friday, "yesterday" is Thursday; written on the Saturday, Friday: left unresolved.
  assert.equal(at('yesterday'), null);
  // A dated report keeps its own reading.
  assert.equal(storyTimes(dated, events, [dated, undated], book)(dated.times[0]!), null);
});
