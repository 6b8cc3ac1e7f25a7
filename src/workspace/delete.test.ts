import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultConfig } from '../config/index.js';
import { repoRoot } from '../eval/data.js';
import { openWorkspace } from '../store/index.js';
import type { Context } from '../types/stages.js';
import { deleteArticles, ingestIntoWorkspace } from './index.js';

const ctx: Context = {
  config: defaultConfig(),
  now: new Date('2026-01-01T00:00:00Z'),
  reporter: { skipped() {}, progress() {}, warn() {} },
};

test('deleting an article updates its story, briefing, index row, search and rows; re-ingesting brings it back once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsfuse-delete-'));
  const ws = await openWorkspace(join(dir, 'd.db'));
  try {
    const example = join(repoRoot, 'examples', 'geneva-2022');
    const first = await ingestIntoWorkspace([example], ws, ctx);
    const [victim, ...rest] = first.articleIds;
    const story = (await ws.storiesOf([victim!])).get(victim!)!;
    const before = (await ws.getIndexEntries([story]))[0]!;
    const title = (await ws.getArticles([victim!]))[0]!.text.match(/\b[A-Z][a-z]{6,}\b/)![0];
    const out = await deleteArticles(ws, [victim!, 'never-stored'], ctx);
    assert.deepEqual(out.deleted, [victim]);
    assert.deepEqual(await ws.hasArticles([victim!]), new Set());
    const after = (await ws.getIndexEntries([story]))[0]!;
    assert.equal(after.articles, before.articles - 1);
    assert.ok(after.revision > before.revision, 'the index row carries a new revision');
    const briefing = (await ws.getBriefing(story))!;
    assert.ok(!briefing.stories[0]!.articles.includes(victim!));
    assert.ok(briefing.stories[0]!.summary.every((s) => s.citations.every((c) => c.article !== victim)));
    const [group] = await ws.getStories([story]);
    assert.ok(!group!.articles.includes(victim!));
    const rows = await ws.getRows('story', { ids: [story] });
    assert.ok(!(rows[0]!.data as { articles: string[] }).articles.includes(victim!));
    assert.deepEqual(await ws.getRows('memory', { ids: [victim!] }), []);
    const hits = await ws.search({ q: title, kind: 'article', limit: 50 });
    assert.ok(hits.items.every((h) => h.id !== victim));
    assert.equal((await ws.storiesOf(rest)).size, rest.length, 'the others stay placed');
    const again = await ingestIntoWorkspace([example], ws, ctx);
    assert.deepEqual([again.added, again.alreadyStored], [1, rest.length]);
    assert.equal((await ws.stats()).articles, first.articleIds.length);
  } finally {
    await ws.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
