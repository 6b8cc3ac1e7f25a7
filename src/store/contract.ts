// The one contract every Workspace implementation runs (SQLite, PostgreSQL). `open` must open the
// same underlying store each time it is called; tests keep apart by id prefix, so the suite also
// holds on a store that already has data.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Workspace } from '../types/store.js';
import { archiveContract } from './contract-archive.js';
import { dataContract } from './contract-data.js';
import { fresh, ids, mine, storeError, using } from './contract-kit.js';
import { sampleBatch } from './fixtures/sample.js';
import { PG_SCHEMA_VERSION } from './migrations/postgres.js';
import { SQLITE_SCHEMA_VERSION } from './migrations/sqlite.js';

/** Registers the suite under `describe(name)`; `open` must open the same underlying store each call. */
export function runWorkspaceContract(name: string, open: () => Promise<Workspace>): void {
  describe(`Workspace contract: ${name}`, () => {
    dataContract(open);
    archiveContract(open);

    it('opens at the latest schema version', () =>
      using(open, async (ws) => {
        const latest = ws.kind === 'sqlite' ? SQLITE_SCHEMA_VERSION : PG_SCHEMA_VERSION;
        assert.equal((await ws.stats()).schemaVersion, latest);
      }));

    it('writes nothing of a batch that fails', () =>
      using(open, async (ws) => {
        const p = fresh('fail');
        const before = await ws.stats();
        const dangling = sampleBatch(p, 15);
        dangling.relations.push({ kind: 'spun', from: `${p}-1`, to: `${p}-never-stored`, score: 0.8 });
        await assert.rejects(ws.commit(dangling), storeError('invalid-batch'));
        const badScore = sampleBatch(p, 5);
        badScore.relations.push({ kind: 'spun', from: `${p}-1`, to: `${p}-2`, score: Number.NaN });
        await assert.rejects(ws.commit(badScore), storeError('invalid-batch'));
        assert.deepEqual(await ws.stats(), before);
        assert.deepEqual(await ws.hasArticles(ids(dangling.articles)), new Set());
        assert.equal(await ws.getState(`${p}-progress`), null);
        assert.deepEqual(mine(await ws.getStories(), p), []);
        // The same workspace still takes a good batch.
        await ws.commit(sampleBatch(p, 15));
        assert.equal((await ws.stats()).articles, before.articles + 15);
      }));

    it('keeps what was committed across close and reopen, and refuses calls after close', async () => {
      const p = fresh('reopen');
      const batch = sampleBatch(p, 10);
      const first = await open();
      await first.commit(batch);
      await first.close();
      await assert.rejects(first.getArticles(), storeError('closed'));
      await first.close();
      await using(open, async (ws) => {
        assert.deepEqual(await ws.getArticles(ids(batch.articles)), batch.articles);
        assert.deepEqual(await ws.getState(`${p}-progress`), { upTo: 10 });
      });
    });

    it('writes a batch that expects a state only while the state still holds it', () =>
      using(open, async (ws) => {
        const p = fresh('expect');
        const version = `${p}-version`;
        const first = { ...sampleBatch(p, 5), expect: { state: version, value: null } };
        first.state[version] = 1;
        await ws.commit(first);
        // A second writer that read the state before the first committed: refused, nothing written.
        const stale = { ...sampleBatch(p, 5, { from: 5 }), expect: { state: version, value: null } };
        stale.state[version] = 1;
        await assert.rejects(ws.commit(stale), storeError('conflict'));
        assert.deepEqual(await ws.hasArticles(ids(stale.articles)), new Set());
        assert.equal(await ws.getState(version), 1);
        // The same writer, having read the state again, gets through.
        const fresher = { ...sampleBatch(p, 5, { from: 5 }), expect: { state: version, value: 1 } };
        fresher.state[version] = 2;
        await ws.commit(fresher);
        assert.equal(await ws.getState(version), 2);
        assert.equal((await ws.hasArticles(ids(fresher.articles))).size, 5);
      }));

    it('lets two open handles commit overlapping batches at once', async () => {
      const p = fresh('two');
      const [a, b] = [await open(), await open()];
      try {
        await Promise.all([a.commit(sampleBatch(p, 30)), b.commit(sampleBatch(p, 30, { from: 20 }))]);
        assert.equal((await a.hasArticles(Array.from({ length: 60 }, (_, i) => `${p}-${i}`))).size, 50);
        assert.equal(mine(await b.getArticles(), p).length, 50);
      } finally {
        await a.close();
        await b.close();
      }
    });
  });
}
