// The archive half of the Workspace contract: engine rows, the story index and its filters and
// cursors, materialised briefings, full-text search and entities. Both stores run it.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { StoryIndexEntry } from '../types/archive.js';
import type { StoryRecord, WorkspaceBatch } from '../types/store.js';
import type { Story } from '../types/story.js';
import { fresh, type Open, using } from './contract-kit.js';
import { sampleBatch } from './fixtures/sample.js';

/** A batch of `n` articles in stories of 10, each with its record (index row, briefing, entities). */
function archiveBatch(
  p: string,
  n: number,
  opts: { from?: number; outlet?: string; day?: string } = {},
): WorkspaceBatch {
  const batch = sampleBatch(p, n, { from: opts.from });
  for (const a of batch.articles) {
    a.outlet = opts.outlet ?? 'Daily Sample';
    a.published = opts.day ?? '2022-01-21';
  }
  const lavrov = {
    id: `person:${p}-lavrov`,
    name: 'Sergei Lavrov',
    type: 'person' as const,
    aliases: ['Sergey Lavrov', 'Lavrov'],
  };
  const records: StoryRecord[] = batch.stories.map((g, i) => {
    const briefing: Story = {
      id: g.id,
      headline: `Story ${g.id} about Geneva talks`,
      articles: g.articles,
      events: [],
      entities: [{ ...lavrov, articles: g.articles }],
      quotes: [
        {
          text: 'constructive and useful',
          speakerName: 'Sergei Lavrov',
          occurrences: [{ article: g.articles[0]!, start: 0, end: 5 }],
        },
      ],
      facts: [],
      conflicts: [],
      timeline: [],
      summary: [{ text: `Lavrov met Blinken (${i}).`, citations: [] }],
    };
    const index: StoryIndexEntry = {
      id: g.id,
      headline: briefing.headline,
      revision: 1,
      articles: g.articles.length,
      outlets: 1,
      origins: g.articles.length,
      firstReport: opts.day ?? '2022-01-21',
      lastReport: opts.day ?? '2022-01-21',
      eventDates: [],
      topEntities: [lavrov],
      perDay: [{ day: opts.day ?? '2022-01-21', count: g.articles.length }],
      outletNames: [opts.outlet ?? 'Daily Sample'],
      languages: ['en'],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    return {
      index,
      briefing,
      entities: [lavrov],
      terms: [
        { kind: 'outlet', value: opts.outlet ?? 'Daily Sample' },
        { kind: 'entity', value: lavrov.id },
        { kind: 'language', value: 'en' },
      ],
      growth: i,
      search: { title: briefing.headline, body: briefing.summary[0]!.text },
    };
  });
  return { ...batch, records };
}

export function archiveContract(open: Open): void {
  it('keeps engine rows by kind and id: hot ones loaded whole, others by id, removed on request', () =>
    using(open, async (ws) => {
      const p = fresh('rows');
      const batch = sampleBatch(p, 2);
      batch.rows = {
        upsert: [
          { kind: `${p}-k`, id: 'b', ord: 2, hot: true, data: { x: [1, 'two'] } },
          { kind: `${p}-k`, id: 'a', ord: 1, hot: true, data: { x: [] } },
          { kind: `${p}-k`, id: 'cold', ord: 0, hot: false, data: null },
        ],
        remove: [],
      };
      await ws.commit(batch);
      assert.deepEqual(await ws.getRows(`${p}-k`, { hot: true }), [
        { id: 'a', ord: 1, data: { x: [] } },
        { id: 'b', ord: 2, data: { x: [1, 'two'] } },
      ]);
      assert.deepEqual(await ws.getRows(`${p}-k`, { ids: ['cold', 'missing'] }), [
        { id: 'cold', ord: 0, data: null },
      ]);
      const next = sampleBatch(p, 1, { from: 5 });
      next.rows = {
        upsert: [{ kind: `${p}-k`, id: 'a', ord: 3, hot: false, data: 7 }],
        remove: [{ kind: `${p}-k`, id: 'b' }],
      };
      await ws.commit(next);
      assert.deepEqual(await ws.getRows(`${p}-k`, { hot: true }), []);
      assert.deepEqual(await ws.getRows(`${p}-k`, { ids: ['a', 'b'] }), [{ id: 'a', ord: 3, data: 7 }]);
    }));

  it('pages through the story index newest first, with filters and cursors, and reads stored briefings', () =>
    using(open, async (ws) => {
      const p = fresh('index');
      await ws.commit(archiveBatch(p, 30, { outlet: `${p} Times`, day: '2022-01-20' }));
      await ws.commit(archiveBatch(p, 20, { from: 30, outlet: `${p} Post`, day: '2022-01-28' }));
      const mine = (entries: StoryIndexEntry[]) =>
        entries.filter((e) => e.id.startsWith(`${p}-`)).map((e) => e.id);
      const byOutlet = await ws.listStories({ outlet: `${p} Times`, limit: 2 });
      assert.deepEqual(mine(byOutlet.items), [`${p}-story-20`, `${p}-story-10`]);
      const rest = await ws.listStories({ outlet: `${p} Times`, limit: 2, cursor: byOutlet.next });
      assert.deepEqual([mine(rest.items), rest.next], [[`${p}-story-0`], null]);
      const later = await ws.listStories({ outlet: `${p} Post`, since: '2022-01-25' });
      assert.equal(mine(later.items).length, 2);
      assert.deepEqual((await ws.listStories({ outlet: `${p} Times`, since: '2022-01-25' })).items, []);
      const entity = await ws.listStories({ entity: `person:${p}-lavrov`, limit: 50 });
      assert.equal(mine(entity.items).length, 5);
      const growing = await ws.listStories({ outlet: `${p} Times`, order: 'growing' });
      assert.deepEqual(mine(growing.items), [`${p}-story-20`, `${p}-story-10`, `${p}-story-0`]);
      const analysis = await ws.getBriefing(`${p}-story-30`);
      assert.deepEqual(
        analysis?.stories.map((s) => s.headline),
        [`Story ${p}-story-30 about Geneva talks`],
      );
      assert.deepEqual(
        analysis?.articles.map((a) => a.id),
        Array.from({ length: 10 }, (_, i) => `${p}-${30 + i}`),
      );
      assert.equal(await ws.getBriefing(`${p}-never`), null);
      assert.deepEqual(
        (await ws.getIndexEntries([`${p}-story-0`, `${p}-nope`])).map((e) => e.id),
        [`${p}-story-0`],
      );
      assert.equal((await ws.storiesOf([`${p}-31`])).get(`${p}-31`), `${p}-story-30`);
      await assert.rejects(ws.listStories({ cursor: 'not-a-cursor' }), RangeError);
    }));

  it('searches articles and stories with ranked hits and highlighted spans, and finds entities by any spelling', () =>
    using(open, async (ws) => {
      const p = fresh('search');
      const batch = archiveBatch(p, 10);
      batch.articles[3]!.text = `${batch.articles[3]!.text} The Zyxwvut accord was signed in Geneva.`;
      batch.articles[4]!.text = `${batch.articles[4]!.text} Cases of Qvx-1907 rose.`;
      await ws.commit(batch);
      // Hyphenated names with figures are found as typed, and by their parts.
      for (const q of ['qvx-1907', '"qvx 1907"'])
        assert.deepEqual(
          (await ws.search({ q, kind: 'article' })).items.map((h) => h.id),
          [`${p}-4`],
          q,
        );
      const hits = await ws.search({ q: 'zyxwvut', limit: 5 });
      assert.equal(hits.items.length, 1);
      const [hit] = hits.items;
      assert.deepEqual([hit!.kind, hit!.id, hit!.story], ['article', `${p}-3`, `${p}-story-0`]);
      const span = hit!.snippet.highlights[0]!;
      assert.equal(hit!.snippet.text.slice(span.start, span.end), 'Zyxwvut');
      const text = batch.articles[3]!.text;
      assert.equal(text.slice(hit!.offset! + span.start, hit!.offset! + span.end), 'Zyxwvut');
      const stories = await ws.search({ q: `"${p}" geneva`, kind: 'story' });
      assert.deepEqual(
        stories.items.map((h) => h.id),
        [`${p}-story-0`],
      );
      assert.deepEqual((await ws.search({ q: '  ' })).items, []);
      assert.deepEqual(
        (await ws.search({ q: 'OR AND NOT ( "' })).items,
        [],
        'query syntax is never interpreted',
      );
      const found = await ws.findEntities('Sergey');
      assert.ok(found.some((e) => e.id === `person:${p}-lavrov` && e.stories === 1));
      const page = await ws.getEntity(`person:${p}-lavrov`);
      assert.deepEqual(page?.entity.aliases, ['Sergey Lavrov', 'Lavrov']);
      assert.deepEqual(
        page?.stories.items.map((s) => s.id),
        [`${p}-story-0`],
      );
      assert.deepEqual(
        page?.quotes.map((q) => q.text),
        ['constructive and useful'],
      );
      assert.equal(await ws.getEntity(`person:${p}-nobody`), null);
    }));

  it('removes a deleted story with its index row, briefing and search document', () =>
    using(open, async (ws) => {
      const p = fresh('drop');
      await ws.commit(archiveBatch(p, 10));
      const next = sampleBatch(p, 1, { from: 50 });
      next.deletedStories = [`${p}-story-0`];
      await ws.commit(next);
      assert.deepEqual(await ws.getIndexEntries([`${p}-story-0`]), []);
      assert.equal(await ws.getBriefing(`${p}-story-0`), null);
      const left = await ws.search({ q: '"geneva talks"', kind: 'story', limit: 100 });
      assert.ok(!left.items.some((h) => h.id === `${p}-story-0`));
    }));
}
