// The property every input must hold, whatever its bytes: the pipeline never throws, never runs past
// the per-document deadline, and every input ends as documents or as a named one-line rejection.
// A reason that starts `could not read:` is ingest's catch-all for an error nobody expected: a finding.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig } from '../config/index.js';
import { ingest } from '../ingest/index.js';
import { analyzeAll, cleanDocuments, synthesize } from '../pipeline.js';
import type { RawDocument } from '../types/article.js';
import type { Context, Outcome } from '../types/stages.js';
import type { FuzzCase } from './arbitraries.js';
import { KINDS } from './seeds.js';

/** Per-document deadline in the fuzz runs: short, so a slow case shows quickly. */
export const FUZZ_TIMEOUT_MS = 5000;
/** At most this many articles of one case go on to language analysis, copies, stories and briefs. */
const ANALYZED = 8;

export function fuzzContext(): Context {
  const config = defaultConfig();
  return {
    config: {
      ...config,
      runtime: { ...config.runtime, workers: 1 },
      ingest: { ...config.ingest, timeoutMs: FUZZ_TIMEOUT_MS },
    },
    now: new Date('2026-01-01T00:00:00Z'),
    reporter: { skipped() {}, progress() {}, warn() {} },
  };
}

/** What is wrong with a rejection reason, or null when it is a named one-line reason. */
export function badReason(reason: unknown): string | null {
  if (typeof reason !== 'string' || !reason.trim()) return `empty reason ${JSON.stringify(reason)}`;
  if (/[\r\n]/.test(reason)) return `reason spans lines: ${JSON.stringify(reason.slice(0, 200))}`;
  if (/^(?:.*: )?could not read: /.test(reason)) return `unexpected error: ${reason}`;
  return null;
}

export interface CaseResult {
  documents: number;
  rejections: number;
  ms: number;
  /** Why the property failed, or null. */
  failure: string | null;
}

async function drain(path: string, ctx: Context): Promise<Outcome<RawDocument>[]> {
  const out: Outcome<RawDocument>[] = [];
  for await (const o of ingest([path], ctx)) out.push(o);
  return out;
}

/** Writes the case to `dir` under its kind's file name and runs the whole pipeline on it. */
export async function checkCase(c: FuzzCase, dir: string): Promise<CaseResult> {
  const path = join(dir, KINDS[c.kind].file);
  writeFileSync(path, c.bytes);
  const ctx = fuzzContext();
  const started = performance.now();
  const result = (failure: string | null, documents = 0, rejections = 0): CaseResult => ({
    documents,
    rejections,
    ms: Math.round(performance.now() - started),
    failure,
  });
  try {
    const outcomes = await drain(path, ctx);
    const rejected = outcomes.filter((o) => o.status === 'rejected');
    for (const o of rejected) {
      const bad = badReason(o.reason);
      if (bad) return result(`ingest: ${bad}`, outcomes.length - rejected.length, rejected.length);
    }
    const { articles, stats } = await cleanDocuments(outcomes, ctx);
    for (const s of stats.skipped) {
      const bad = badReason(s.reason);
      if (bad) return result(`clean: ${bad}`, articles.length, stats.skipped.length);
    }
    synthesize(await analyzeAll(articles.slice(0, ANALYZED), ctx), ctx);
    const r = result(null, articles.length, stats.skipped.length);
    // Each document (and the input itself) gets the deadline once; more than that is a hang.
    const allowed = FUZZ_TIMEOUT_MS * (1 + outcomes.length);
    return r.ms > allowed ? { ...r, failure: `took ${r.ms} ms, over ${allowed} ms` } : r;
  } catch (e) {
    return result(`threw ${(e as Error).name}: ${(e as Error).message?.split('\n')[0]}`);
  }
}
