// Figures in the Geneva examples: the troop estimate every outlet repeats, and the battalions.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { SKIP_NO_SHARED, sharedDir } from '../../eval/data.js';
import { readText } from '../../nlp/index.js';
import { extractNumbers } from './index.js';

function example(prefix: string): string | null {
  const shared = sharedDir();
  if (!shared) return null;
  const dir = join(shared, 'examples', 'geneva-2022');
  const name = readdirSync(dir).find((f) => f.startsWith(prefix));
  return name ? readFileSync(join(dir, name), 'utf8') : null;
}

test('Geneva 001: "an estimated 100,000 Russian troops" is 100,000 troops, approximate', (t) => {
  const text = example('001');
  if (!text) return t.skip(SKIP_NO_SHARED);
  const troops = extractNumbers(text, readText(text)).find((n) => n.value === 100_000);
  assert.equal(troops?.unit, 'troops');
  assert.equal(troops?.approximate, true);
});

test('Geneva 002: "two S-400 surface-to-air missile system battalions" is 2 battalions; the date header is no figure', (t) => {
  const text = example('002');
  if (!text) return t.skip(SKIP_NO_SHARED);
  const numbers = extractNumbers(text, readText(text));
  assert.ok(numbers.some((n) => n.value === 2 && n.unit === 'battalions'));
  assert.ok(!numbers.some((n) => n.value === 2022 || n.value === 21));
});
