import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { goldenContext, goldenOf, listCases, readCase } from './golden.js';

const ctx = goldenContext();

for (const stage of ['text', 'html']) {
  for (const dir of listCases(join(import.meta.dirname, stage, 'fixtures'))) {
    test(`golden ${stage}/${dir.split('/').at(-1)}`, () => {
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
      assert.deepEqual(goldenOf(readCase(dir), ctx), expected);
    });
  }
}
