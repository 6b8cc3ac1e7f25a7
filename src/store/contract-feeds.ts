// The FeedStore contract every Workspace implementation runs (SQLite, PostgreSQL), like contract.ts:
// `open` opens the same store each call, and tests keep apart by a fresh prefix in their URLs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FeedItemRecord } from '../types/feeds.js';
import { fresh, type Open, storeError, using } from './contract-kit.js';

const NOW = '2026-03-01T10:00:00.000Z';
const urls = (p: string, n: number) =>
  Array.from({ length: n }, (_, i) => `https://${p}.example/feed/${i}.xml`);

const item = (key: string, feed: string, extra: Partial<FeedItemRecord> = {}): FeedItemRecord => ({
  key,
  feed,
  article: `a-${key}`,
  pendingPage: null,
  attempts: 0,
  retryAt: null,
  ...extra,
});

export function runFeedStoreContract(name: string, open: Open): void {
  describe(`FeedStore contract: ${name}`, () => {
    it('subscribes once per URL, lists in the order added, and removes by URL or id', () =>
      using(open, async (ws) => {
        const p = fresh('subs');
        const [a, b, c] = urls(p, 3) as [string, string, string];
        const added = await ws.addFeeds(
          [{ url: a, title: 'A', siteUrl: 'https://a.example/' }, { url: b }],
          NOW,
        );
        assert.deepEqual(
          added.map((s) => [s.url, s.title, s.siteUrl, s.addedAt, s.nextPollAt, s.errorCount, s.items]),
          [
            [a, 'A', 'https://a.example/', NOW, null, 0, 0],
            [b, null, null, NOW, null, 0, 0],
          ],
        );
        assert.deepEqual(
          (await ws.addFeeds([{ url: b }, { url: c }], NOW)).map((s) => s.url),
          [c],
        );
        const mine = (await ws.listFeeds()).filter((s) => s.url.includes(p));
        assert.deepEqual(
          mine.map((s) => s.url),
          [a, b, c],
        );
        assert.equal(await ws.removeFeed(b), true);
        assert.equal(await ws.removeFeed(b), false);
        assert.equal(await ws.removeFeed(mine[2]!.id), true);
        assert.deepEqual(
          (await ws.listFeeds()).filter((s) => s.url.includes(p)).map((s) => s.url),
          [a],
        );
      }));

    it('keeps what a poll sets, and a new URL (a permanent redirect) under the same id', () =>
      using(open, async (ws) => {
        const p = fresh('poll');
        const [a, moved, other] = urls(p, 3) as [string, string, string];
        const [sub] = await ws.addFeeds([{ url: a }, { url: other }], NOW);
        await ws.updateFeed(sub!.id, {
          url: moved,
          title: 'Moved',
          etag: '"v1"',
          lastModified: 'Sun, 01 Mar 2026 09:00:00 GMT',
          lastCheckedAt: NOW,
          lastError: 'HTTP 500',
          errorCount: 2,
          nextPollAt: '2026-03-01T11:00:00.000Z',
          minIntervalSec: 3600,
        });
        const got = (await ws.listFeeds()).find((s) => s.id === sub!.id)!;
        assert.equal(got.url, moved);
        assert.deepEqual(
          [
            got.title,
            got.etag,
            got.lastModified,
            got.lastError,
            got.errorCount,
            got.nextPollAt,
            got.minIntervalSec,
          ],
          ['Moved', '"v1"', 'Sun, 01 Mar 2026 09:00:00 GMT', 'HTTP 500', 2, '2026-03-01T11:00:00.000Z', 3600],
        );
        await ws.updateFeed(sub!.id, { lastError: null, errorCount: 0 });
        const cleared = (await ws.listFeeds()).find((s) => s.id === sub!.id)!;
        assert.deepEqual([cleared.lastError, cleared.errorCount, cleared.etag], [null, 0, '"v1"']);
        // Subscribing to the old URL again is not a second subscription: the id is taken.
        assert.deepEqual(await ws.addFeeds([{ url: a }], NOW), []);
        await assert.rejects(ws.updateFeed(sub!.id, { url: other }), storeError('conflict'));
      }));

    it('records items by key, counts them per feed, and lists pages due again', () =>
      using(open, async (ws) => {
        const p = fresh('items');
        const [sub] = await ws.addFeeds([{ url: urls(p, 1)[0]! }], NOW);
        const f = sub!.id;
        await ws.recordItems([
          item(`guid:${f} 1`, f, { article: `${p}-1` }),
          item(`link:https://${p}.example/1`, f, { article: `${p}-1` }),
          item(`guid:${f} 2`, f, {
            article: `${p}-2`,
            pendingPage: `https://${p}.example/2`,
            attempts: 1,
            retryAt: '2026-03-01T10:30:00.000Z',
          }),
        ]);
        assert.deepEqual(
          await ws.seenItemKeys([`guid:${f} 1`, `link:https://${p}.example/1`, `guid:${f} 3`]),
          new Set([`guid:${f} 1`, `link:https://${p}.example/1`]),
        );
        assert.equal((await ws.listFeeds()).find((s) => s.id === f)!.items, 2);
        assert.deepEqual(await ws.pendingPages(f, NOW), []);
        const due = await ws.pendingPages(f, '2026-03-01T10:30:00.000Z');
        assert.deepEqual(
          due.map((i) => [i.key, i.pendingPage, i.attempts]),
          [[`guid:${f} 2`, `https://${p}.example/2`, 1]],
        );
        // The page came: the record is replaced, nothing pending any more.
        await ws.recordItems([item(`guid:${f} 2`, f, { article: `${p}-2` })]);
        assert.deepEqual(await ws.pendingPages(f, '2027-01-01T00:00:00.000Z'), []);
        // Unsubscribing forgets the feed's items.
        await ws.removeFeed(f);
        assert.deepEqual(await ws.seenItemKeys([`guid:${f} 1`]), new Set());
      }));
  });
}
