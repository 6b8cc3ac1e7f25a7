// Shared by this folder's tests: a deterministic context and a way to drain the stage.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultConfig } from '../config/index.js';
import type { RawDocument } from '../types/article.js';
import type { Context, IngestStage, Outcome } from '../types/stages.js';
import type { IngestConfig } from './config.js';
import { ingest } from './index.js';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export function testContext(ingestOverrides: Partial<IngestConfig> = {}): Context {
  const config = defaultConfig();
  return {
    config: { ...config, ingest: { ...config.ingest, ...ingestOverrides } },
    now: new Date('2026-01-01T00:00:00Z'),
    reporter: { skipped() {}, progress() {}, warn() {} },
  };
}

export async function collect(
  inputs: readonly string[],
  overrides: Partial<IngestConfig> = {},
  stage: IngestStage = ingest,
): Promise<Outcome<RawDocument>[]> {
  const out: Outcome<RawDocument>[] = [];
  for await (const outcome of stage(inputs, testContext(overrides))) out.push(outcome);
  return out;
}

export function docs(outcomes: readonly Outcome<RawDocument>[]): RawDocument[] {
  return outcomes.flatMap((o) => (o.status === 'ok' ? [o.value] : []));
}

export function reasons(outcomes: readonly Outcome<RawDocument>[]): string[] {
  return outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
}

const made: string[] = [];
process.once('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed when the test process exits. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `newsfuse-${prefix}-`));
  made.push(dir);
  return dir;
}
