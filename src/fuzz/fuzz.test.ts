// A short fuzzing pass on every input kind and on the HTTP bodies (a few seconds in all; `npm run
// fuzz` runs the same properties at length), and every saved failure replayed as a regression case.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { buildServer } from '../server/app.js';
import { openWorkspace } from '../store/index.js';
import { caseOf } from './arbitraries.js';
import { savedCases } from './fixtures.js';
import { checkHttp, httpCase } from './http.js';
import { checkCase, fuzzContext } from './property.js';
import { KIND_NAMES } from './seeds.js';

const dir = mkdtempSync(join(tmpdir(), 'newsfuse-fuzz-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));
// Fixed seed: the same cases every run, so a red test is reproducible.
const SEED = 20260101;

describe('fuzzed inputs: documents or a named one-line rejection, within the deadline', () => {
  for (const kind of KIND_NAMES) {
    it(kind, async () => {
      // fc.check, not fc.assert: a failure is reported by how the case was made, not as raw bytes.
      const failures: string[] = [];
      const run = await fc.check(
        fc.asyncProperty(caseOf(kind, 8), async (c) => {
          const r = await checkCase(c, dir);
          if (r.failure) failures.push(`${c.how}: ${r.failure}`);
          return r.failure === null;
        }),
        { numRuns: 10, seed: SEED, interruptAfterTimeLimit: 1500, endOnFailure: true },
      );
      assert.deepEqual(failures, []);
      assert.ok(run.numRuns > 0);
    });
  }
});

describe('saved fuzz failures stay fixed', () => {
  for (const c of savedCases()) {
    it(`${c.slug} (${c.how}; was: ${c.failure})`, async () => {
      const r = await checkCase(c, dir);
      assert.equal(r.failure, null);
    });
  }
});

describe('fuzzed HTTP bodies: never a 5xx, every 4xx a one-line error', async () => {
  const ws = await openWorkspace(join(dir, 'ws.db'));
  const app = buildServer({ context: fuzzContext, workspace: ws });
  after(async () => {
    await app.close();
    await ws.close();
  });
  it('POST /api/analyze and /api/ingest', async () => {
    const failures: string[] = [];
    const run = await fc.check(
      fc.asyncProperty(httpCase(4), async (c) => {
        const failure = await checkHttp(app, c);
        if (failure) failures.push(`${c.route} ${c.how}: ${failure}`);
        return failure === null;
      }),
      { numRuns: 40, seed: SEED, interruptAfterTimeLimit: 3000, endOnFailure: true },
    );
    assert.deepEqual(failures, []);
    assert.ok(run.numRuns > 0);
  });
});
