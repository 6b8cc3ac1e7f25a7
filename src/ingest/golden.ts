// Golden cases: `fixtures/<slug>/` holds one input file and `expected.json`, the outcomes ingest gives
// for it. The test compares every case; this file (re)makes one:
//   node --import tsx src/ingest/golden.ts <slug> [input-file]
// With an input file, it is copied into the case folder first; without, the case is regenerated.
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultConfig } from '../config/index.js';
import type { RawDocument } from '../types/article.js';
import type { Outcome } from '../types/stages.js';
import { ingest } from './index.js';

export const CASES_DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));

export async function goldenCases(): Promise<string[]> {
  const entries = await readdir(CASES_DIR, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

async function inputOf(slug: string): Promise<string> {
  const files = (await readdir(join(CASES_DIR, slug))).filter((f) => f !== 'expected.json').sort();
  if (files.length !== 1)
    throw new Error(`fixtures/${slug} should hold one input file besides expected.json`);
  return join(CASES_DIR, slug, files[0]!);
}

/** Outcomes with the machine-specific path replaced by the file's name, so cases compare anywhere. */
export async function runCase(slug: string): Promise<Outcome<RawDocument>[]> {
  const path = await inputOf(slug);
  const ctx = {
    config: defaultConfig(),
    now: new Date('2026-01-01T00:00:00Z'),
    reporter: { skipped() {}, progress() {}, warn() {} },
  };
  const out: Outcome<RawDocument>[] = [];
  for await (const o of ingest([path], ctx)) {
    out.push(
      o.status === 'ok'
        ? { status: 'ok', value: { ...o.value, input: basename(path) } }
        : { ...o, input: basename(path) },
    );
  }
  return out;
}

export async function expectedOf(slug: string): Promise<unknown> {
  return JSON.parse(await readFile(join(CASES_DIR, slug, 'expected.json'), 'utf8'));
}

async function main(slug: string | undefined, input: string | undefined): Promise<void> {
  if (!slug) throw new Error('usage: golden.ts <slug> [input-file]');
  if (input) {
    await mkdir(join(CASES_DIR, slug), { recursive: true });
    await copyFile(input, join(CASES_DIR, slug, basename(input)));
  }
  const outcomes = await runCase(slug);
  await writeFile(join(CASES_DIR, slug, 'expected.json'), `${JSON.stringify(outcomes, null, 2)}\n`);
  process.stdout.write(`fixtures/${slug}/expected.json: ${outcomes.length} outcomes\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main(process.argv[2], process.argv[3]);
}
