// Every failure the fuzzer finds is kept as a regression case: `fixtures/<kind>-<hash>/` holds the
// input under its kind's file name and `case.json` (how it was made, what went wrong when found).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FuzzCase } from './arbitraries.js';
import { type FuzzKind, KINDS } from './seeds.js';

export const FIXTURE_DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));

export interface SavedCase extends FuzzCase {
  slug: string;
  failure: string;
}

/** Saves a failing case (once: the slug is the hash of its bytes) and returns its folder name. */
export function saveCase(c: FuzzCase, failure: string, dir = FIXTURE_DIR): string {
  const slug = `${c.kind.replace('.', '-')}-${createHash('sha256').update(c.bytes).digest('hex').slice(0, 10)}`;
  const folder = join(dir, slug);
  if (existsSync(folder)) return slug;
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, KINDS[c.kind].file), c.bytes);
  writeFileSync(
    join(folder, 'case.json'),
    `${JSON.stringify({ kind: c.kind, how: c.how, failure }, null, 2)}\n`,
  );
  return slug;
}

/** Every saved case, to be replayed by the tests. */
export function savedCases(dir = FIXTURE_DIR): SavedCase[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((slug) => existsSync(join(dir, slug, 'case.json')))
    .sort()
    .map((slug) => {
      const meta = JSON.parse(readFileSync(join(dir, slug, 'case.json'), 'utf8')) as {
        kind: FuzzKind;
        how: string;
        failure: string;
      };
      const bytes = new Uint8Array(readFileSync(join(dir, slug, KINDS[meta.kind].file)));
      return { ...meta, slug, bytes };
    });
}
