// The head noun a figure counts is read once, by the language stage, and kept with the figure; the
// briefing reads a figure's sentence again only for articles analysed before that.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeLanguage } from '../../analyze/index.js';
import { defaultConfig } from '../../config/index.js';
import { articleFromText } from '../../dedup/measure/article.js';
import { repoRoot } from '../../eval/data.js';
import type { Article } from '../../types/article.js';
import type { Context } from '../../types/stages.js';
import { quantityMentions } from './quantities.js';

const ctx: Context = {
  config: defaultConfig(),
  now: new Date('2026-01-01T00:00:00Z'),
  reporter: { skipped() {}, progress() {}, warn() {} },
};

const analyzed = (id: string, text: string): Article => ({
  ...analyzeLanguage(articleFromText(id, text, '2022-01-21'), ctx),
  flags: [],
});

const withoutHeads = (a: Article): Article => ({
  ...a,
  numbers: a.numbers.map(({ head: _head, ...n }) => n),
});

test('the language stage keeps the head noun of each figure, as a span of the text', () => {
  const a = analyzed(
    't',
    'Russia has amassed some 100,000 Russian troops near the border after a 90-minute meeting.',
  );
  const figure = a.numbers.find((n) => n.value === 100000)!;
  assert.equal(a.text.slice(figure.head!.start, figure.head!.end), 'troops');
  assert.equal(quantityMentions(a)[0]?.text, 'some 100,000 Russian troops');
});

test('quantities from the kept heads equal those read again from each sentence (Geneva reports)', () => {
  const dir = join(repoRoot, 'examples', 'geneva-2022');
  let figures = 0;
  for (const f of readdirSync(dir).filter((name) => name.endsWith('.txt'))) {
    const a = analyzed(f, readFileSync(join(dir, f), 'utf8'));
    assert.ok(a.numbers.every((n) => n.head !== undefined));
    figures += a.numbers.length;
    assert.deepEqual(quantityMentions(a), quantityMentions(withoutHeads(a)));
  }
  assert.ok(figures >= 10, `${figures} figures read`);
});
