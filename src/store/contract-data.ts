// The Workspace contract, part 2: what a batch stores and how each read returns it.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { fresh, ids, mine, type Open, using } from './contract-kit.js';
import { sampleBatch } from './fixtures/sample.js';

export function dataContract(open: Open): void {
  it('returns every part of a batch as it was written', () =>
    using(open, async (ws) => {
      const p = fresh('rt');
      const batch = sampleBatch(p, 20);
      await ws.commit(batch);
      assert.deepEqual(await ws.getArticles(ids(batch.articles)), batch.articles);
      assert.deepEqual(await ws.getRelations(ids(batch.articles)), batch.relations);
      assert.deepEqual(await ws.getState(`${p}-progress`), { upTo: 20 });
      assert.deepEqual(mine(await ws.getStories(), p), batch.stories);
      assert.deepEqual(
        await ws.hasArticles([`${p}-3`, `${p}-nope`, `${p}-19`]),
        new Set([`${p}-3`, `${p}-19`]),
      );
      assert.deepEqual(await ws.hasArticles([]), new Set());
    }));

  it('changes nothing when the same batch, or a stored id with other content, comes again', () =>
    using(open, async (ws) => {
      const p = fresh('idem');
      const batch = sampleBatch(p, 12);
      await ws.commit(batch);
      const before = await ws.stats();
      await ws.commit(batch);
      const altered = { ...batch.articles[0]!, title: 'changed' };
      await ws.commit({ ...sampleBatch(p, 0), articles: [altered], relations: batch.relations });
      assert.deepEqual(await ws.stats(), before);
      assert.deepEqual(await ws.getArticles(ids(batch.articles)), batch.articles);
      assert.deepEqual(await ws.getRelations(ids(batch.articles)), batch.relations);
    }));

  it('returns articles in the order they were first ingested, whatever order is asked', () =>
    using(open, async (ws) => {
      const p = fresh('order');
      await ws.commit(sampleBatch(p, 5));
      await ws.commit(sampleBatch(p, 3, { from: 5 }));
      await ws.commit(sampleBatch(p, 8)); // again: must not move anything
      const got = await ws.getArticles([`${p}-6`, `${p}-3`, `${p}-0`, `${p}-missing`]);
      assert.deepEqual(ids(got), [`${p}-0`, `${p}-3`, `${p}-6`]);
      assert.deepEqual(
        ids(mine(await ws.getArticles(), p)),
        Array.from({ length: 8 }, (_, i) => `${p}-${i}`),
      );
      assert.deepEqual(await ws.getArticles([]), []);
    }));

  it('finds stored articles by band keys, counting the keys each shares', () =>
    using(open, async (ws) => {
      const p = fresh('bands');
      const batch = sampleBatch(p, 12);
      await ws.commit(batch);
      const own = batch.fingerprints[3]!.bands;
      const hits = await ws.findByBands([...own, ...own, `${p}/unknown`]);
      // Its own 16 keys; the 4 group keys are shared with the other articles of its group of 10.
      assert.equal(hits.get(`${p}-3`), 16);
      assert.equal(hits.size, 10);
      assert.equal([...hits.keys()][0], `${p}-3`);
      for (let i = 0; i < 10; i++) if (i !== 3) assert.equal(hits.get(`${p}-${i}`), 4);
      assert.equal((await ws.findByBands([`${p}/nothing`])).size, 0);
      assert.equal((await ws.findByBands([])).size, 0);
    }));

  it('keeps only the best-ranked articles of a band lookup when asked for the top, ties kept', () =>
    using(open, async (ws) => {
      const p = fresh('top');
      const batch = sampleBatch(p, 24);
      await ws.commit(batch);
      // Article 3's 16 keys and 5 of article 15's: 3 shares 16, 15 shares 5, and the 18 others of
      // their two groups of 10 share the 4 group keys.
      const keys = [...batch.fingerprints[3]!.bands, ...batch.fingerprints[15]!.bands.slice(0, 5)];
      const all = await ws.findByBands(keys);
      const ranked = [...all].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      assert.ok(all.size > 3);
      assert.deepEqual([...(await ws.findByBands(keys, { top: 1 }))], [[`${p}-3`, 16]]);
      assert.deepEqual([...(await ws.findByBands(keys, { top: 2 }))], ranked.slice(0, 2));
      // The third place is shared by every article tied at its count: all of them are kept.
      const third = ranked[2]![1];
      const tied = ranked.filter(([, n]) => n >= third);
      assert.ok(tied.length > 3);
      assert.deepEqual([...(await ws.findByBands(keys, { top: 3 }))], tied);
      assert.deepEqual([...(await ws.findByBands(keys, { top: 1000 }))], ranked);
      const each = await ws.findByBandsEach([keys, [], batch.fingerprints[22]!.bands], { top: 2 });
      assert.deepEqual([...each[0]!], ranked.slice(0, 2));
      assert.equal(each[1]!.size, 0);
      assert.equal(each[2]!.get(`${p}-22`), 16);
    }));

  it('looks up many lists of band keys at once, each as findByBands would', () =>
    using(open, async (ws) => {
      const p = fresh('each');
      const batch = sampleBatch(p, 24);
      await ws.commit(batch);
      const lists = [
        batch.fingerprints[3]!.bands,
        [],
        [`${p}/nothing`],
        [...batch.fingerprints[15]!.bands, ...batch.fingerprints[15]!.bands, ...batch.fingerprints[3]!.bands],
        batch.fingerprints[22]!.bands.slice(0, 3),
      ];
      const each = await ws.findByBandsEach(lists);
      const one = await Promise.all(lists.map((l) => ws.findByBands(l)));
      assert.deepEqual(
        each.map((m) => [...m]),
        one.map((m) => [...m]),
      );
      assert.equal(each[3]!.get(`${p}-15`), 16);
      assert.equal(each[3]!.get(`${p}-3`), 16);
      assert.equal(each[1]!.size + each[2]!.size, 0);
      assert.deepEqual(await ws.findByBandsEach([]), []);
    }));

  it('keeps spin scores with their articles and gives them back only for the stamp that made them', () =>
    using(open, async (ws) => {
      const p = fresh('spin');
      const batch = sampleBatch(p, 6);
      const scores = [
        { article: `${p}-0`, score: 0.125 },
        { article: `${p}-1`, score: 0.7384615384615385 },
        { article: `${p}-2`, score: 0 },
      ];
      await ws.commit({ ...batch, spins: { stamp: 4_000_000_001, scores } });
      const asked = [`${p}-0`, `${p}-1`, `${p}-2`, `${p}-3`, `${p}-nope`];
      assert.deepEqual(
        await ws.getSpins(asked, 4_000_000_001),
        new Map(scores.map((s) => [s.article, s.score])),
      );
      assert.equal((await ws.getSpins(asked, 7)).size, 0);
      assert.equal((await ws.getSpins([], 4_000_000_001)).size, 0);
      // A later batch scores a stored article again (another stamp) and an unknown id is passed over.
      await ws.commit({
        ...sampleBatch(`${p}-later`, 1),
        spins: {
          stamp: 7,
          scores: [
            { article: `${p}-1`, score: 0.25 },
            { article: `${p}-never-stored`, score: 0.5 },
          ],
        },
      });
      assert.deepEqual(await ws.getSpins(asked, 7), new Map([[`${p}-1`, 0.25]]));
      assert.deepEqual(
        await ws.getSpins(asked, 4_000_000_001),
        new Map([
          [`${p}-0`, 0.125],
          [`${p}-2`, 0],
        ]),
      );
      assert.deepEqual(await ws.getArticles([`${p}-1`]), [batch.articles[1]]);
      await ws.deleteArticle(`${p}-0`);
      assert.deepEqual(await ws.getSpins(asked, 4_000_000_001), new Map([[`${p}-2`, 0]]));
      const before = await ws.stats();
      await assert.rejects(
        ws.commit({
          ...sampleBatch(`${p}-bad`, 2),
          spins: { stamp: 7, scores: [{ article: `${p}-2`, score: Number.NaN }] },
        }),
        (e: Error & { code?: string }) => e.code === 'invalid-batch' && /spin score/.test(e.message),
      );
      assert.deepEqual(await ws.stats(), before);
    }));

  it('returns the relations touching given articles, or all of them', () =>
    using(open, async (ws) => {
      const p = fresh('rel');
      const batch = sampleBatch(p, 21);
      await ws.commit(batch);
      const r = await ws.getRelations([`${p}-9`]);
      assert.deepEqual(r, [{ kind: 'near-duplicate', from: `${p}-10`, to: `${p}-9`, score: 0.9 }]);
      assert.equal((await ws.getRelations([`${p}-10`, `${p}-20`])).length, 2);
      assert.equal((await ws.getRelations([`${p}-5`])).length, 0);
      // Within: only relations with both articles among those asked for.
      assert.deepEqual(await ws.getRelations([`${p}-9`], { within: true }), []);
      assert.deepEqual(await ws.getRelations([`${p}-9`, `${p}-10`, `${p}-20`], { within: true }), r);
      assert.equal(
        (await ws.getRelations([`${p}-9`, `${p}-10`, `${p}-19`, `${p}-20`], { within: true })).length,
        2,
      );
      const all = await ws.getRelations();
      assert.deepEqual(
        all.filter((x) => x.from.startsWith(`${p}-`)),
        batch.relations,
      );
    }));

  it('upserts and removes named state', () =>
    using(open, async (ws) => {
      const p = fresh('state');
      assert.equal(await ws.getState(`${p}-x`), null);
      const empty = sampleBatch(p, 0);
      await ws.commit({ ...empty, state: { [`${p}-x`]: { n: 1, list: ['a', 'é', '\u0000'] } } });
      assert.deepEqual(await ws.getState(`${p}-x`), { n: 1, list: ['a', 'é', '\u0000'] });
      await ws.commit({ ...empty, state: { [`${p}-x`]: [2] } });
      assert.deepEqual(await ws.getState(`${p}-x`), [2]);
      await ws.commit({ ...empty, state: { [`${p}-x`]: null } });
      assert.equal(await ws.getState(`${p}-x`), null);
    }));

  it('upserts stories whole by id, keeps their creation order, deletes those merged away', () =>
    using(open, async (ws) => {
      const p = fresh('story');
      const batch = sampleBatch(p, 30);
      await ws.commit(batch);
      const [s0, s1, s2] = batch.stories as [
        (typeof batch.stories)[0] & object,
        (typeof batch.stories)[0] & object,
        (typeof batch.stories)[0] & object,
      ];
      const merged = {
        ...s0,
        articles: [...s0.articles, ...s1.articles],
        history: [{ kind: 'merged' as const, detail: `${s1.id} into ${s0.id}`, articles: s1.articles }],
      };
      await ws.commit({ ...sampleBatch(p, 0), stories: [merged], deletedStories: [s1.id] });
      assert.deepEqual(mine(await ws.getStories(), p), [merged, s2]);
    }));

  it('deletes an article with its fingerprints and relations, and drops it from stories', () =>
    using(open, async (ws) => {
      const p = fresh('del');
      const batch = sampleBatch(p, 11);
      await ws.commit(batch);
      assert.equal(await ws.deleteArticle(`${p}-10`), true);
      assert.equal(await ws.deleteArticle(`${p}-10`), false);
      assert.deepEqual(await ws.hasArticles([`${p}-10`]), new Set());
      assert.equal((await ws.findByBands(batch.fingerprints[10]!.bands)).has(`${p}-10`), false);
      assert.deepEqual(await ws.getRelations([`${p}-9`, `${p}-10`]), []);
      // The story of 10..19 held only this article and is gone; the other lost nothing.
      assert.deepEqual(ids(mine(await ws.getStories(), p)), [`${p}-story-0`]);
      await ws.deleteArticle(`${p}-4`);
      const [story] = mine(await ws.getStories(), p);
      assert.equal(story?.articles.includes(`${p}-4`), false);
      assert.equal(story?.events[0]?.articles.includes(`${p}-4`), false);
    }));

  it('counts articles, relations and stories in stats', () =>
    using(open, async (ws) => {
      const p = fresh('stats');
      const before = await ws.stats();
      await ws.commit(sampleBatch(p, 25));
      const after = await ws.stats();
      assert.deepEqual(
        {
          a: after.articles - before.articles,
          r: after.relations - before.relations,
          s: after.stories - before.stories,
        },
        { a: 25, r: 2, s: 3 },
      );
    }));
}
