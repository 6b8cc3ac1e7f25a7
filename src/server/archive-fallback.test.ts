// The fallback ArchiveReader (for a store without an index) answers like the store's own index:
// the same counts and dates for a story, one story's briefing, search with spans, entities.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ArchiveReader } from '../types/archive.js';
import type { Workspace } from '../types/store.js';
import { archiveFor, isArchiveReader, WorkspaceArchive } from './archive-fallback.js';
import { context, genevaDesk } from './fixtures/desk.js';

let desk: { ws: Workspace; close: () => Promise<void> };
let fallback: WorkspaceArchive;
before(async () => {
  desk = await genevaDesk();
  fallback = new WorkspaceArchive(desk.ws, context);
});
after(() => desk.close());

describe('the fallback archive', () => {
  it('is used only for a store that is not an ArchiveReader', () => {
    assert.equal(isArchiveReader(desk.ws), true);
    assert.equal(archiveFor(desk.ws, context), desk.ws);
    const bare = { stats: desk.ws.stats } as unknown as Workspace;
    assert.ok(archiveFor(bare, context) instanceof WorkspaceArchive);
  });

  it('indexes a story as the store does', async () => {
    const [mine] = (await fallback.listStories()).items;
    assert.ok(mine);
    const [theirs] = (await (desk.ws as unknown as ArchiveReader).listStories()).items;
    for (const field of [
      'id',
      'headline',
      'articles',
      'outlets',
      'origins',
      'firstReport',
      'lastReport',
    ] as const)
      assert.equal(mine[field], theirs![field], field);
    for (const field of ['eventDates', 'perDay', 'outletNames', 'languages'] as const)
      assert.deepEqual(mine[field], theirs![field], field);
  });

  it('filters, pages and refuses a cursor it did not give', async () => {
    assert.equal((await fallback.listStories({ since: '2022-01-22' })).items.length, 1);
    assert.equal((await fallback.listStories({ until: '2022-01-20' })).items.length, 0);
    assert.equal((await fallback.listStories({ entity: 'person:lavrov' })).items.length, 1);
    assert.equal((await fallback.listStories({ changedSince: '2999-01-01T00:00:00Z' })).items.length, 0);
    await assert.rejects(fallback.listStories({ cursor: 'bogus' }), /cursor/);
  });

  it('serves a briefing, search hits with spans and entities across spellings', async () => {
    const [entry] = (await fallback.listStories()).items;
    const briefing = await fallback.getBriefing(entry!.id);
    assert.equal(briefing?.stories[0]?.id, entry!.id);
    assert.equal(briefing?.articles.length, 5);
    assert.equal(await fallback.getBriefing('s-missing'), null);
    const hits = await fallback.search({ q: 'Lavrov', limit: 3 });
    assert.equal(hits.items.length, 3);
    assert.ok(hits.next);
    for (const h of hits.items)
      for (const x of h.snippet.highlights)
        assert.equal(h.snippet.text.slice(x.start, x.end).toLowerCase(), 'lavrov');
    const more = await fallback.search({ q: 'Lavrov', cursor: hits.next });
    assert.ok(more.items.length >= 1);
    assert.deepEqual(
      (await fallback.findEntities('Sergey Lavrov')).map((e) => e.id),
      ['person:lavrov'],
    );
    const lavrov = await fallback.getEntity('person:lavrov');
    assert.ok(lavrov?.entity.aliases.includes('Sergey Lavrov'));
    assert.equal(lavrov?.stories.items.length, 1);
    assert.ok((lavrov?.quotes.length ?? 0) >= 1);
  });
});
