import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { systemResolver } from '../ingest/index.js';
import { openSqliteWorkspace } from '../store/index.js';
import type { Workspace } from '../types/store.js';
import { subscribe } from './subscribe.js';
import { feedContext, feedRoute, page, rss, type Site, startSite, tempDir } from './testing.js';

const deps = {
  fetch: (u: string | URL | Request, i?: RequestInit) => globalThis.fetch(u, i),
  resolve: systemResolver,
};

describe('feeds add: each URL checked to be a feed', () => {
  let site: Site;
  let ws: Workspace;
  before(async () => {
    site = await startSite();
    ws = openSqliteWorkspace(join(tempDir('subscribe'), 'ws.db'));
    site.routes.set(
      '/rss',
      feedRoute(
        () => rss('Harbour Wire', [{ title: 'A', guid: '1' }]),
        () => '"1"',
      ),
    );
    site.routes.set(
      '/empty',
      feedRoute(
        () => rss('Quiet Gazette', []),
        () => '"e"',
      ),
    );
    site.routes.set(
      '/home',
      page(
        '<html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head><body>Home</body></html>',
      ),
    );
    site.routes.set(
      '/plain',
      page('<html><head><title>No feed here</title></head><body><p>Hello</p></body></html>'),
    );
  });
  after(async () => {
    await ws.close();
    await site.close();
  });

  it('subscribes feeds (an empty one too), finds a page’s feed, names what fails', async () => {
    const b = site.base;
    const r = await subscribe(
      ws,
      [`${b}/rss`, `${b}/empty`, `${b}/home`, `${b}/plain`, `${b}/missing`],
      feedContext(new Date()),
      deps,
    );
    assert.deepEqual(
      r.added.map((s) => [s.url.replace(b, ''), s.title]),
      [
        ['/rss', 'Harbour Wire'],
        ['/empty', null],
      ],
    );
    // The page names /rss, already subscribed a moment before.
    assert.deepEqual(r.already, [`${b}/rss`]);
    assert.deepEqual(
      r.failed.map((f) => [f.url.replace(b, ''), f.reason]),
      [
        ['/plain', 'not a feed (it reads as html, and names no feed)'],
        ['/missing', 'HTTP 404 Not Found'],
      ],
    );
  });
});
