// The Geneva examples: the Blinken–Lavrov meeting of Friday 21 January 2022, as five outlets
// reported it (one undated, one machine-spun about a later call).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { SKIP_NO_SHARED, sharedDir } from '../../eval/data.js';
import { readText } from '../../nlp/index.js';
import { extractTimes } from './index.js';

function example(prefix: string): string | null {
  const shared = sharedDir();
  if (!shared) return null;
  const dir = join(shared, 'examples', 'geneva-2022');
  const name = readdirSync(dir).find((f) => f.startsWith(prefix));
  return name ? readFileSync(join(dir, name), 'utf8') : null;
}

test('Geneva 001 published 2022-01-22: "on Friday" is the meeting day, "next week" is 2022-W04', (t) => {
  const text = example('001');
  if (!text) return t.skip(SKIP_NO_SHARED);
  const times = extractTimes({ text, published: '2022-01-22' }, readText(text));
  const fridays = times.filter((x) => x.text === 'Friday');
  assert.ok(fridays.length >= 2);
  for (const f of fridays) assert.equal(f.value, '2022-01-21');
  assert.equal(times.find((x) => x.text === 'next week')?.value, '2022-W04');
});

test('Geneva 000: "yesterday" and "today" in a quote said yesterday are the meeting day', (t) => {
  const text = example('000');
  if (!text) return t.skip(SKIP_NO_SHARED);
  const times = extractTimes({ text, published: '2022-01-22' }, readText(text));
  assert.equal(times.find((x) => x.text === 'yesterday')?.value, '2022-01-21');
  assert.equal(times.find((x) => x.text === 'today')?.value, '2022-01-21');
  assert.equal(times.find((x) => x.text === 'Thursday')?.value, '2022-01-20');
});

test('Geneva 003 published 2022-01-22: "today" in a quote spoken on Friday is 2022-01-21', (t) => {
  const text = example('003');
  if (!text) return t.skip(SKIP_NO_SHARED);
  const times = extractTimes({ text, published: '2022-01-22' }, readText(text));
  assert.equal(times.find((x) => x.text === 'today')?.value, '2022-01-21');
  for (const f of times.filter((x) => x.text === 'Friday')) assert.equal(f.value, '2022-01-21');
});

test('Geneva 003 undated: "Friday" stays unresolved rather than guessed', (t) => {
  const text = example('003');
  if (!text) return t.skip(SKIP_NO_SHARED);
  const times = extractTimes({ text, published: null }, readText(text));
  const fridays = times.filter((x) => /^Friday/.test(x.text));
  assert.ok(fridays.length >= 1);
  for (const f of fridays) assert.equal(f.value, 'XXXX-WXX-5');
});

test('Geneva 002: "next week" with a known publication date is 2022-W04', (t) => {
  const text = example('002');
  if (!text) return t.skip(SKIP_NO_SHARED);
  const times = extractTimes({ text, published: '2022-01-21' }, readText(text));
  const next = times.filter((x) => x.text === 'next week');
  assert.ok(next.length >= 1);
  for (const n of next) assert.equal(n.value, '2022-W04');
});
