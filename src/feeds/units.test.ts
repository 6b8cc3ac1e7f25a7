import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openSqliteWorkspace } from '../store/index.js';
import { feedsConfig } from './config.js';
import { formatDuration, parseDuration } from './duration.js';
import { pollHint } from './hints.js';
import { itemArticleId, itemKeys, normalizeLink } from './items.js';
import { HostLimiter } from './limiter.js';
import { parseOpml, toOpml } from './opml.js';
import { isDue, nextAfterFailure, nextAfterSuccess, retryAfterSec, untilNextDue } from './schedule.js';
import { discoverFeed, subscribeAll } from './subscribe.js';
import { tempDir } from './testing.js';

const config = feedsConfig.parse({});
const NOW = new Date('2026-03-02T08:00:00Z');
const plus = (sec: number) => new Date(NOW.getTime() + sec * 1000).toISOString();

describe('schedule (injected clock)', () => {
  it('a new subscription is due at once; others when their time comes', () => {
    assert.equal(isDue({ nextPollAt: null }, NOW), true);
    assert.equal(isDue({ nextPollAt: plus(1) }, NOW), false);
    assert.equal(isDue({ nextPollAt: plus(0) }, NOW), true);
  });

  it('a healthy feed waits its interval, or longer when its ttl asks, within the bounds', () => {
    assert.equal(nextAfterSuccess(NOW, null, config), plus(1800));
    assert.equal(nextAfterSuccess(NOW, 7200, config), plus(7200));
    assert.equal(nextAfterSuccess(NOW, 10 * 86400, config), plus(86400));
    assert.equal(nextAfterSuccess(NOW, 60, { ...config, intervalSec: 10 }), plus(60));
  });

  it('failures back off exponentially up to the cap; Retry-After wins when longer', () => {
    assert.deepEqual(
      [1, 2, 3, 4, 10].map((n) => nextAfterFailure(NOW, n, null, null, config)),
      [plus(1800), plus(3600), plus(7200), plus(14400), plus(86400)],
    );
    assert.equal(nextAfterFailure(NOW, 1, 7200, null, config), plus(7200));
    assert.equal(nextAfterFailure(NOW, 1, 30 * 86400, null, config), plus(86400));
  });

  it('Retry-After is read as seconds or as an HTTP date', () => {
    assert.equal(retryAfterSec('120', NOW), 120);
    assert.equal(retryAfterSec('Mon, 02 Mar 2026 09:00:00 GMT', NOW), 3600);
    assert.equal(retryAfterSec('soon', NOW), null);
    assert.equal(retryAfterSec(null, NOW), null);
  });

  it('the loop sleeps until the first feed falls due, at most the interval', () => {
    const sub = (nextPollAt: string | null) => ({ nextPollAt }) as Parameters<typeof untilNextDue>[0][number];
    assert.equal(untilNextDue([sub(plus(600)), sub(plus(60))], NOW, 1800), 60_000);
    assert.equal(untilNextDue([sub(plus(9999))], NOW, 1800), 1_800_000);
    assert.equal(untilNextDue([sub(null)], NOW, 1800), 0);
  });

  it('durations: 90s, 15m, 1h30m, 2d, plain seconds', () => {
    assert.deepEqual(['90s', '15m', '1h30m', '2d', '300', '1.5h', 'soon', '10x'].map(parseDuration), [
      90,
      900,
      5400,
      172800,
      300,
      5400,
      null,
      null,
    ]);
    assert.equal(formatDuration(5400), '1h30m');
    assert.equal(formatDuration(0), '0s');
  });
});

describe('feed hints', () => {
  it('ttl (minutes) and sy:updatePeriod/updateFrequency before the first item', () => {
    assert.equal(pollHint('<rss><channel><ttl>90</ttl><item><ttl>1</ttl></item>'), 5400);
    assert.equal(
      pollHint(
        '<channel><sy:updatePeriod>daily</sy:updatePeriod><sy:updateFrequency>4</sy:updateFrequency><item>',
      ),
      21600,
    );
    assert.equal(pollHint('<feed><entry><title>x</title></entry></feed>'), null);
  });
});

describe('item keys', () => {
  it('links lose tracking parameters and fragments, keep what names the page', () => {
    assert.equal(
      normalizeLink('https://News.example/a?id=7&utm_source=rss&utm_medium=feed&fbclid=x#top'),
      'https://news.example/a?id=7',
    );
    assert.equal(normalizeLink('https://news.example/a?utm_campaign=z'), 'https://news.example/a');
    assert.equal(normalizeLink('not a url'), null);
  });

  it('link first, then the guid within its feed; the article id follows the first key', () => {
    const keys = itemKeys('f-1', { url: 'https://n.example/a?utm_source=x', guid: '42' }, '');
    assert.deepEqual(keys, ['link:https://n.example/a', 'guid:f-1 42']);
    assert.equal(itemArticleId(keys), itemArticleId(['link:https://n.example/a']));
    assert.match(itemKeys('f-1', { title: 'T' }, 'body')[0]!, /^text:f-1 [0-9a-f]{16}$/);
  });
});

describe('host limiter', () => {
  it('never runs two requests to one host at once, and at most N in all', async () => {
    const limiter = new HostLimiter(2);
    const active = new Map<string, number>();
    let peak = 0;
    let total = 0;
    const job = (url: string) =>
      limiter.run(url, async () => {
        const host = new URL(url).host;
        active.set(host, (active.get(host) ?? 0) + 1);
        total++;
        peak = Math.max(peak, total);
        assert.equal(active.get(host), 1);
        await new Promise((r) => setTimeout(r, 5));
        active.set(host, active.get(host)! - 1);
        total--;
      });
    await Promise.all(['a', 'a', 'b', 'c', 'a', 'b', 'd'].map((h) => job(`https://${h}.example/feed`)));
    assert.equal(peak, 2);
  });
});

describe('OPML', () => {
  it('50 feeds imported and exported unchanged', async () => {
    const feeds = Array.from({ length: 50 }, (_, i) => ({
      url: `https://site${i}.example/feed.xml?page=${i}&lang=en`,
      title: `Site ${i} — news & "views"`,
      siteUrl: i % 3 ? `https://site${i}.example/` : null,
    }));
    const opml = toOpml(feeds);
    const parsed = parseOpml(opml, 'subs.opml');
    assert.deepEqual(parsed, feeds);
    const ws = openSqliteWorkspace(join(tempDir('opml'), 'ws.db'));
    try {
      const r = await subscribeAll(ws, parsed, NOW);
      assert.equal(r.added.length, 50);
      assert.equal((await subscribeAll(ws, parsed, NOW)).already.length, 50);
      assert.equal(toOpml(await ws.listFeeds()), opml);
    } finally {
      await ws.close();
    }
  });

  it('feeds in folders are found at any depth; a file that is not OPML is named', () => {
    const nested = `<?xml version="1.0"?><opml version="1.0"><head/><body>
      <outline text="News"><outline text="A" xmlUrl="https://a.example/rss"/>
        <outline text="Deep"><outline title="B" text="b" xmlUrl="https://b.example/atom" htmlUrl="https://b.example/"/></outline>
      </outline><outline text="A again" xmlUrl="https://a.example/rss"/></body></opml>`;
    assert.deepEqual(parseOpml(nested, 'x.opml'), [
      { url: 'https://a.example/rss', title: 'A', siteUrl: null },
      { url: 'https://b.example/atom', title: 'B', siteUrl: 'https://b.example/' },
    ]);
    assert.throws(() => parseOpml('<rss></rss>', 'feed.xml'), /feed\.xml is not OPML/);
    assert.throws(() => parseOpml('<opml><body><outline', 'bad.opml'), /bad\.opml/);
  });
});

describe('feed discovery', () => {
  it('a page names its feed in <link rel="alternate">', () => {
    const html = `<html><head><link rel="stylesheet" href="/s.css">
      <link rel="alternate" type="application/rss+xml" title="RSS" href="/feed.xml?a=1&amp;b=2"></head></html>`;
    assert.equal(discoverFeed(html, 'https://n.example/news/'), 'https://n.example/feed.xml?a=1&b=2');
    assert.equal(discoverFeed('<html></html>', 'https://n.example/'), null);
  });
});
