// A `newsfuse watch` killed with SIGKILL in the middle of a round (the first feed's articles
// committed, the other feeds not yet written): the workspace opens with what was committed intact,
// and the next `watch --once` finishes the round, each item stored exactly once.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import Database from 'better-sqlite3';
import { feedRoute, type RssItem, rss, type Site, startSite } from '../src/feeds/testing.js';
import { openWorkspace } from '../src/store/index.js';
import type { Article } from '../src/types/article.js';
import { newsfuse } from './interrupt.js';

const work = mkdtempSync(join(tmpdir(), 'newsfuse-watch-kill-'));
after(() => rmSync(work, { recursive: true, force: true }));

const FEEDS = ['harbour', 'rail', 'school'];
const PER_FEED = 15;
const TOTAL = FEEDS.length * PER_FEED;

/** Distinct reports (a town, a body, a figure each), long enough to be read as articles. */
function items(feed: string): RssItem[] {
  return Array.from({ length: PER_FEED }, (_, i) => {
    const town = `${feed[0]!.toUpperCase()}${feed.slice(1)}ton ${i}`;
    const paragraphs = [
      `The ${feed} board of ${town} voted on Tuesday to spend ${(i + 3) * 7} million on repairs, its chair said.`,
      `"We cannot wait another winter," the chair, Maria Ostrova ${i}, told reporters after the vote in ${town}.`,
      `Work on the ${feed} project is due to start in ${['March', 'April', 'May'][i % 3]} and last ${i + 2} months.`,
      `Opponents in ${town} said the ${feed} plan had been rushed and asked for an independent review of the costs.`,
    ];
    return {
      title: `${town} ${feed} board approves ${(i + 3) * 7} million repairs`,
      guid: `${feed}-${i}`,
      content: paragraphs.map((p) => `<p>${p}</p>`).join(''),
      pubDate: 'Tue, 04 Mar 2025 09:00:00 GMT',
    };
  });
}

let site: Site;
before(async () => {
  site = await startSite();
  for (const feed of FEEDS)
    site.routes.set(
      `/${feed}.xml`,
      feedRoute(
        () => rss(`${feed} news`, items(feed)),
        () => `"${feed}-v1"`,
      ),
    );
});
after(() => site.close());

async function articles(db: string): Promise<Article[]> {
  const ws = await openWorkspace(db);
  try {
    return (await ws.getArticles()).sort((a, b) => a.id.localeCompare(b.id));
  } finally {
    await ws.close();
  }
}

it('a watch round killed after its first feed is written is finished by the next round, without duplicates', {
  timeout: 180_000,
}, async () => {
  const db = join(work, 'desk.db');
  const urls = FEEDS.map((f) => `${site.base}/${f}.xml`);
  const add = await newsfuse(['feeds', 'add', ...urls, '--db', db, '-q', '--allow-private-network'], {
    cwd: work,
  });
  assert.equal(add.code, 0, add.stderr);

  const probe = new Database(db, { readonly: true });
  const stored = () => (probe.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  // One feed is written at a time: the first articles committed mean the round is under way.
  const killed = await newsfuse(['watch', '--db', db, '--allow-private-network', '--workers', '1'], {
    cwd: work,
    killWhen: () => stored() > 0,
  });
  probe.close();
  assert.ok(killed.killed, `watch was killed mid-round (it ended ${killed.code}: ${killed.stderr})`);

  const committed = await articles(db);
  assert.ok(committed.length > 0 && committed.length < TOTAL, `${committed.length} of ${TOTAL} committed`);
  const integrity = new Database(db, { readonly: true });
  assert.equal(integrity.pragma('integrity_check', { simple: true }), 'ok');
  integrity.close();

  // `--all`: the feed written before the kill is polled again too (its items must be seen, not re-added).
  const next = await newsfuse(['watch', '--db', db, '--once', '--all', '--allow-private-network'], {
    cwd: work,
  });
  assert.equal(next.code, 0, next.stderr);
  const all = await articles(db);
  assert.equal(all.length, TOTAL, next.stderr);
  assert.equal(new Set(all.map((a) => a.title)).size, TOTAL, 'each item once');
  for (const a of committed)
    assert.deepEqual(
      all.find((b) => b.id === a.id),
      a,
      `${a.id} is as it was committed`,
    );
  const list = await newsfuse(['feeds', 'list', '--db', db, '--format', 'json'], { cwd: work });
  const subs = JSON.parse(list.stdout) as { items: number; lastError: string | null }[];
  assert.deepEqual(
    subs.map((s) => [s.items, s.lastError]),
    FEEDS.map(() => [PER_FEED, null]),
  );
  // A third round finds nothing new.
  const again = await newsfuse(['watch', '--db', db, '--once', '--all', '--allow-private-network'], {
    cwd: work,
  });
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stderr, /0 articles added/);
});
