import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { systemResolver } from '../ingest/index.js';
import { openSqliteWorkspace } from '../store/index.js';
import type { Workspace } from '../types/store.js';
import { runRound } from './round.js';
import { articlePage, feedContext, feedRoute, page, rss, type Site, startSite, tempDir } from './testing.js';
import { watchFeeds } from './watch.js';

const deps = {
  fetch: (u: string | URL | Request, i?: RequestInit) => globalThis.fetch(u, i),
  resolve: systemResolver,
};
const T0 = new Date('2026-03-02T08:00:00Z');
const hours = (h: number) => new Date(T0.getTime() + h * 3600_000);
const PARAS = [
  'The harbour authority reopened the northern pier on Monday after three weeks of repairs to the storm-damaged decking.',
  'Engineers replaced forty metres of timber and reinforced the mooring posts, the authority said in a statement.',
  'Fishing crews, who had been landing their catch at a smaller quay across the bay, welcomed the reopening.',
];

describe('watch: polling subscriptions against a local feed site', () => {
  let site: Site;
  let ws: Workspace;
  let version = 1;
  let a2PageStatus = 500;
  let bStatus = 500;
  const lines: string[] = [];
  const failures: string[] = [];
  const round = (now: Date, all = false) =>
    runRound(ws, feedContext(now), {
      all,
      deps,
      log: (l) => lines.push(l),
      fail: (l) => failures.push(l),
    });
  const articles = async () => ws.getArticles();

  before(async () => {
    site = await startSite();
    ws = openSqliteWorkspace(join(tempDir('watch'), 'ws.db'));
    const b = site.base;
    const aItems = () => [
      // Only a title and a line: its page is fetched and read as the article.
      {
        title: 'Northern pier reopens',
        link: `${b}/pages/a1?utm_source=rss&utm_medium=feed`,
        description: 'The pier is open again.',
        pubDate: 'Mon, 02 Mar 2026 07:00:00 GMT',
      },
      // Only a title: its page fails at first, so it is kept as its summary and tried again later.
      {
        title: 'Ferry timetable changes from April',
        link: `${b}/pages/a2`,
        guid: 'a2',
        pubDate: 'Mon, 02 Mar 2026 06:00:00 GMT',
      },
      {
        title: 'Council approves sea wall',
        guid: 'a3',
        content: `<p>${PARAS.join('</p><p>')}</p>`,
        pubDate: 'Sun, 01 Mar 2026 18:00:00 GMT',
      },
      ...(version >= 2
        ? [
            {
              title: 'Lifeboat crew honoured',
              link: `${b}/pages/a4`,
              description: 'Volunteers were given medals for a night rescue.',
              guid: 'a4',
            },
          ]
        : []),
    ];
    site.routes.set(
      '/a.xml',
      feedRoute(
        () => rss('Harbour News', aItems(), '<ttl>60</ttl>'),
        () => `"a-v${version}"`,
      ),
    );
    site.routes.set('/pages/a1', page(articlePage('Northern pier reopens after repairs', PARAS)));
    site.routes.set('/pages/a2', (req, res) =>
      page(articlePage('Ferry timetable changes', PARAS), a2PageStatus)(req, res),
    );
    site.routes.set('/pages/a4', page(articlePage('Lifeboat crew honoured for night rescue', PARAS)));
    site.routes.set('/b.xml', (req, res) =>
      bStatus === 200
        ? feedRoute(
            () =>
              rss('Bay Times', [
                { title: 'Tide tables published', guid: 'b1', description: 'The new tables are out.' },
              ]),
            () => '"b"',
          )(req, res)
        : page('', bStatus)(req, res),
    );
    site.routes.set('/slow.xml', async (_req, res) => {
      await new Promise((r) => setTimeout(r, 6000));
      if (!res.destroyed) res.writeHead(200).end(rss('Slow', []));
    });
    site.routes.set('/old.xml', (_req, res) => {
      res.writeHead(301, { location: '/new.xml' }).end();
    });
    site.routes.set(
      '/new.xml',
      feedRoute(
        () =>
          rss('Moved Gazette', [
            { title: 'Gazette moves', guid: 'n1', description: 'We have a new address.' },
          ]),
        () => '"n"',
      ),
    );
    site.routes.set(
      '/fr.xml',
      feedRoute(
        () =>
          rss(
            'Le Littoral',
            [
              {
                title: 'La jetée nord rouvre après trois semaines de travaux',
                guid: 'f1',
                description: 'Les pêcheurs saluent la réouverture.',
                pubDate: 'Mon, 02 Mar 2026 09:00:00 +0100',
              },
            ],
            '',
            'fr',
          ),
        () => '"fr"',
        { gzip: true },
      ),
    );
    await ws.addFeeds(
      ['a.xml', 'b.xml', 'slow.xml', 'old.xml', 'fr.xml'].map((p) => ({ url: `${b}/${p}` })),
      T0.toISOString(),
    );
  });
  after(async () => {
    await ws.close();
    await site.close();
  });

  it('round 1: new feeds are due at once; a 500 and a timeout are reported while the others are ingested', async () => {
    const r = await round(T0);
    assert.equal(r.polled, 5);
    assert.deepEqual(r.failed.map((f) => new URL(f.url).pathname).sort(), ['/b.xml', '/slow.xml']);
    assert.match(
      r.failed.find((f) => f.url.endsWith('/slow.xml'))!.reason,
      /^time \d+ ms over 3000 ms limit/,
    );
    const all = await articles();
    assert.equal(all.length, 5);
    const byTitle = new Map(all.map((a) => [a.title, a]));
    // The page was fetched and extracted; the feed's date fills what the page lacks.
    const a1 = byTitle.get('Northern pier reopens after repairs')!;
    assert.equal(a1.kind, undefined);
    assert.match(a1.text, /forty metres of timber/);
    assert.equal(a1.published, '2026-03-02T07:00:00.000Z'.replace('.000Z', 'Z'));
    assert.equal(a1.publishedFrom, 'feed');
    assert.equal(a1.outlet, 'Harbour News');
    // The page failed: the item is kept as what the feed said.
    const a2 = byTitle.get('Ferry timetable changes from April')!;
    assert.equal(a2.kind, 'summary');
    assert.equal(a2.text, 'Ferry timetable changes from April');
    const fr = byTitle.get('La jetée nord rouvre après trois semaines de travaux')!;
    assert.equal(fr.language, 'fr');
    assert.equal(fr.kind, 'summary');
    const feeds = await ws.listFeeds();
    const b = feeds.find((f) => f.url.endsWith('/b.xml'))!;
    assert.deepEqual(
      [b.lastError, b.errorCount, b.lastSuccessAt],
      ['HTTP 500 Internal Server Error', 1, null],
    );
    // Permanently moved: the subscription now has the new URL.
    assert.ok(feeds.some((f) => f.url === `${site.base}/new.xml`));
    assert.ok(!feeds.some((f) => f.url.endsWith('/old.xml')));
    const a = feeds.find((f) => f.url.endsWith('/a.xml'))!;
    assert.deepEqual([a.etag, a.items, a.minIntervalSec, a.title], ['"a-v1"', 3, 3600, 'Harbour News']);
    assert.equal(a.nextPollAt, hours(1).toISOString());
    assert.ok(site.hits.every((h) => h.userAgent?.startsWith('newsfuse/')));
    assert.ok(failures.every((l) => /^feed \S+: failed: /.test(l)));
  });

  it('round 2: new items added, old ones (even with other tracking parameters) not re-added', async () => {
    version = 2;
    bStatus = 200;
    const before = (await articles()).length;
    const r = await round(hours(1));
    // The slow feed backs off (due again at +1h only after its first failure's hour): it may or may not be polled.
    assert.ok(r.failed.every((f) => f.url.endsWith('/slow.xml')));
    const all = await articles();
    // a4 and b1 are new; a1 (its link now with other utm_ values), a2, a3 are not added again.
    assert.equal(all.length, before + 2);
    assert.equal(new Set(all.map((a) => a.url ?? a.id)).size, all.length);
    // The moved feed is asked for at its new address; the old one is not asked again.
    assert.equal(site.hits.filter((h) => h.path === '/old.xml').length, 1);
    const b = (await ws.listFeeds()).find((f) => f.url.endsWith('/b.xml'))!;
    assert.deepEqual([b.lastError, b.errorCount, b.items], [null, 0, 1]);
  });

  it('round 3: the conditional request gets a 304, and the failed page is fetched and replaces its summary', async () => {
    a2PageStatus = 200;
    const before = await articles();
    const hitsBefore = site.hits.length;
    const r = await round(hours(3));
    const aHit = site.hits.slice(hitsBefore).find((h) => h.path === '/a.xml')!;
    assert.equal(aHit.ifNoneMatch, '"a-v2"');
    const aReport = r.feeds.find((f) => f.url.endsWith('/a.xml'))!;
    assert.equal(aReport.status, 'not-modified');
    assert.equal(aReport.replaced, 1);
    const after = await articles();
    assert.equal(after.length, before.length);
    const ferry = after.filter((a) => /Ferry timetable/.test(a.title ?? ''));
    assert.equal(ferry.length, 1);
    assert.equal(ferry[0]!.kind, undefined);
    assert.match(ferry[0]!.text, /mooring posts/);
    assert.ok(lines.some((l) => /\/a\.xml: not modified, 1 summary replaced/.test(l)));
  });

  it('a feed that keeps failing backs off, and Retry-After is honoured', async () => {
    site.routes.set('/busy.xml', (_req, res) => {
      res.writeHead(429, { 'retry-after': '7200' }).end();
    });
    const [busy] = await ws.addFeeds([{ url: `${site.base}/busy.xml` }], hours(3).toISOString());
    await round(hours(4));
    const after1 = (await ws.listFeeds()).find((f) => f.id === busy!.id)!;
    assert.equal(after1.nextPollAt, hours(6).toISOString());
    const slow = (await ws.listFeeds()).find((f) => f.url.endsWith('/slow.xml'))!;
    assert.ok(slow.errorCount >= 2);
    // Not due before its time: a round at +5h leaves it alone.
    const r = await round(hours(5));
    assert.ok(!r.feeds.some((f) => f.url.endsWith('/busy.xml')));
  });

  it('watch stops when told, between rounds, with everything written', async () => {
    const controller = new AbortController();
    let now = hours(10);
    let sleeps = 0;
    const result = await watchFeeds(ws, {
      signal: controller.signal,
      context: (at) => feedContext(at),
      clock: () => now,
      sleep: async (ms) => {
        sleeps++;
        now = new Date(now.getTime() + ms);
        if (sleeps === 2) controller.abort();
      },
      deps,
      log: () => undefined,
      fail: () => undefined,
    });
    assert.equal(result.rounds, 2);
    assert.equal(new Set((await articles()).map((a) => a.id)).size, (await articles()).length);
  });
});
