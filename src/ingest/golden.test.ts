import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectedOf, goldenCases, runCase } from './golden.js';

for (const slug of await goldenCases()) {
  test(`golden case fixtures/${slug}`, async () => {
    assert.deepEqual(await runCase(slug), await expectedOf(slug));
  });
}
