import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Workspace, WorkspaceStats } from '../types/store.js';
import { ChangeFeed } from './changes.js';

it('publishes a change when the workspace counts move, whoever wrote', async () => {
  let stats: WorkspaceStats = { articles: 5, relations: 0, stories: 1, schemaVersion: 1 };
  const ws = { stats: async () => stats } as unknown as Workspace;
  const feed = new ChangeFeed(ws, 60_000);
  const seen: [string, unknown][] = [];
  const off = feed.subscribe((event, data) => seen.push([event, data]));
  await feed.poll();
  assert.deepEqual(seen, []);
  stats = { ...stats, articles: 6, stories: 2 };
  await feed.poll();
  assert.deepEqual(seen, [['change', stats]]);
  await feed.poll();
  assert.equal(seen.length, 1);
  off();
  assert.equal(feed.size, 0);
});
