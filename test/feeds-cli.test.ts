// End to end: `newsfuse feeds …` and `newsfuse watch` as a user runs them, against a feed site on
// 127.0.0.1 started by the test (so the commands run with --allow-private-network).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { feedRoute, page, rss, type Site, startSite } from '../src/feeds/testing.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'newsfuse-feeds-cli-'));
after(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function newsfuse(args: string[], opts: { killAfter?: (stderr: string) => boolean } = {}): Promise<Run> {
  const child = spawn(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), join(root, 'src/cli/main.ts'), ...args],
    {
      cwd: work,
      env: { ...process.env, NO_COLOR: '' },
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
    if (opts.killAfter?.(stderr)) setTimeout(() => child.kill('SIGTERM'), 300);
  });
  return new Promise((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
}

describe('newsfuse feeds and watch', { timeout: 120_000 }, () => {
  let site: Site;
  const db = () => join(work, 'desk.db');
  before(async () => {
    site = await startSite();
    const items = [
      { title: 'Ferry timetable changes from April', guid: 'w1', description: 'New crossings at 7am.' },
      { title: 'Harbour dues frozen for a year', guid: 'w2', description: 'The board voted on Monday.' },
    ];
    site.routes.set(
      '/wire.xml',
      feedRoute(
        () => rss('Harbour Wire', items),
        () => '"w1"',
      ),
    );
    site.routes.set('/down.xml', page('', 500));
  });
  after(() => site.close());

  it('subscribes from OPML, polls once (a failing feed named, exit 0), lists and exports', async () => {
    const opml = `<?xml version="1.0"?><opml version="2.0"><body>
      <outline text="Harbour Wire" xmlUrl="${site.base}/wire.xml"/>
      <outline text="Down" xmlUrl="${site.base}/down.xml"/></body></opml>`;
    writeFileSync(join(work, 'subs.opml'), opml);
    const add = await newsfuse(['feeds', 'add', '--opml', 'subs.opml', '--db', db()]);
    assert.equal(add.code, 0, add.stderr);
    assert.match(add.stderr, /subscribed to 2 feeds/);
    const once = await newsfuse(['watch', '--db', db(), '--once', '--allow-private-network']);
    assert.equal(once.code, 0, once.stderr);
    assert.match(once.stderr, /feed \S+\/down\.xml: failed: HTTP 500/);
    assert.match(once.stderr, /feed \S+\/wire\.xml: 2 new, 0 already seen/);
    const again = await newsfuse(['watch', '--db', db(), '--once', '--all', '--allow-private-network']);
    assert.match(again.stderr, /wire\.xml: not modified/);
    const list = await newsfuse(['feeds', 'list', '--db', db(), '--format', 'json']);
    const subs = JSON.parse(list.stdout) as { url: string; items: number; lastError: string | null }[];
    assert.deepEqual(
      subs.map((s) => [s.url.replace(site.base, ''), s.items, s.lastError]),
      [
        ['/wire.xml', 2, null],
        ['/down.xml', 0, 'HTTP 500 Internal Server Error'],
      ],
    );
    const exported = await newsfuse(['feeds', 'export', '--db', db(), '-o', 'out.opml']);
    assert.equal(exported.code, 0);
    assert.match(
      readFileSync(join(work, 'out.opml'), 'utf8'),
      /xmlUrl="http:\/\/127\.0\.0\.1:\d+\/down\.xml"/,
    );
    const removed = await newsfuse(['feeds', 'remove', `${site.base}/down.xml`, '--db', db()]);
    assert.equal(removed.code, 0);
    const missing = await newsfuse(['feeds', 'remove', `${site.base}/down.xml`, '--db', db()]);
    assert.equal(missing.code, 3);
    assert.match(missing.stderr, /is not among the subscriptions/);
  });

  it('watch stops cleanly on SIGTERM (exit 0, summary line)', async () => {
    const r = await newsfuse(['watch', '--db', db(), '--allow-private-network', '--interval', '1m'], {
      killAfter: (err) => /watching 1 feed/.test(err),
    });
    assert.equal(r.code, 0, `${r.signal} ${r.stderr}`);
    assert.match(r.stderr, /stopping after the feeds under way/);
    assert.match(r.stderr, /1 round: 0 articles added/);
  });

  it('a feed of titles and one-line summaries is read, not refused (it used to exit 3)', async () => {
    const feed = join(root, 'src/feeds/fixtures/summaries-only.rss');
    const r = await newsfuse(['analyze', feed, '--format', 'json', '-q']);
    assert.equal(r.code, 0, r.stderr);
    const articles = (JSON.parse(r.stdout) as { articles: { kind?: string }[] }).articles;
    assert.equal(articles.length, 4);
    assert.ok(articles.every((a) => a.kind === 'summary'));
  });
});
