// The Geneva reports as the pipeline hands them to this stage: cleaned (injected headers, "ALSO
// READ" lists, disclaimers gone) and analysed. Cleaning shortens texts, which raises the share of
// whatever wire phrasing they have in common; the four independent reports must stay unrelated.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultConfig } from '../config/index.js';
import { repoRoot } from '../eval/data.js';
import type { Context } from '../types/stages.js';
import { detectReuse } from './index.js';

const ctx: Context = {
  config: defaultConfig(),
  now: new Date('2026-01-01T00:00:00Z'),
  reporter: { skipped() {}, progress() {}, warn() {} },
};

test('Geneva through clean and analyze: 004 spun, no relation and no flag among 000–003', async () => {
  const { readArticles, analyzeAll } = await import('../pipeline.js');
  const { articles } = await readArticles([join(repoRoot, 'examples', 'geneva-2022')], ctx);
  const analyzed = await analyzeAll(articles, ctx);
  assert.equal(analyzed.length, 5);
  const prefix = (id: string) =>
    analyzed
      .find((a) => a.id === id)!
      .input.split(/[\\/]/)
      .pop()!
      .slice(0, 3);
  const result = detectReuse(analyzed, ctx);
  assert.deepEqual(result.relations, []);
  for (const a of analyzed) {
    const kinds = (result.flags.get(a.id) ?? []).map((f) => f.kind);
    assert.deepEqual(kinds, prefix(a.id) === '004' ? ['spun'] : [], prefix(a.id));
  }
});
