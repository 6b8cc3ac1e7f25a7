// The worker threads change nothing: a workspace filled with cleaning, language analysis, features
// and briefings on two threads holds exactly what an in-process run writes.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultConfig } from '../config/index.js';
import { evalDataDir } from '../eval/data.js';
import { openWorkspace } from '../store/index.js';
import type { RawDocument } from '../types/article.js';
import type { Context, Outcome } from '../types/stages.js';
import { addDocuments, storyBriefings } from './index.js';

const data = evalDataDir();
const docsDir = data ? join(data, 'clustering', 'ecbplus', 'docs') : null;

async function run(workers: number, docs: Outcome<RawDocument>[], dir: string): Promise<string[]> {
  const base = defaultConfig();
  const ctx: Context = {
    config: { ...base, runtime: { ...base.runtime, workers } },
    now: new Date('2026-01-01T00:00:00Z'),
    reporter: { skipped() {}, progress() {}, warn() {} },
  };
  const ws = await openWorkspace(join(dir, `w${workers}.db`));
  try {
    await addDocuments(docs, ws, ctx);
    const out: string[] = [];
    for await (const one of storyBriefings(ws)) out.push(JSON.stringify(one));
    return out.sort();
  } finally {
    await ws.close();
  }
}

test('a run on two worker threads writes what an in-process run writes', {
  skip: docsDir ? false : 'no ../shared/eval',
}, async () => {
  const names = readdirSync(docsDir!)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, 96);
  const docs = names.map(
    (name): Outcome<RawDocument> => ({
      status: 'ok',
      value: {
        id: name,
        input: name,
        kind: 'text',
        format: 'text',
        content: readFileSync(join(docsDir!, name), 'utf8'),
        meta: {},
      },
    }),
  );
  const dir = mkdtempSync(join(tmpdir(), 'newsfuse-workers-'));
  try {
    const [threads, inProcess] = [await run(2, docs, dir), await run(1, docs, dir)];
    assert.ok(threads.length >= 5, `several stories (${threads.length})`);
    assert.deepEqual(threads, inProcess);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
