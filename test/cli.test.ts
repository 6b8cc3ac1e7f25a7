// End to end: the `newsfuse` command as a user runs it, on the bundled example and on bad input.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sharedDir } from '../src/eval/data.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const example = join(root, 'examples', 'geneva-2022');
const work = mkdtempSync(join(tmpdir(), 'newsfuse-cli-'));
after(() => rmSync(work, { recursive: true, force: true }));

function newsfuse(args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), join(root, 'src/cli/main.ts'), ...args],
    {
      cwd: work,
      input: opts.input,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '', ...opts.env },
      timeout: 120_000,
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('newsfuse demo', () => {
  it('prints a briefing of the Geneva reports naming Blinken, Lavrov and Geneva', () => {
    const r = newsfuse(['demo']);
    assert.equal(r.code, 0, r.stderr);
    for (const name of ['Blinken', 'Lavrov', 'Geneva']) assert.match(r.stdout, new RegExp(name));
    assert.match(r.stderr, /read 5 documents: 5 articles, 0 skipped/);
    // Not a terminal: no colour codes, no progress bar.
    assert.doesNotMatch(r.stdout, /\x1b\[/);
    assert.doesNotMatch(r.stderr, /\r/);
  });

  it('renders markdown and a self-contained html page', () => {
    const md = newsfuse(['demo', '--format', 'md', '--quiet']);
    assert.equal(md.code, 0, md.stderr);
    assert.match(md.stdout, /^# /m);
    assert.equal(md.stderr, '');
    const out = join(work, 'demo.html');
    const html = newsfuse(['demo', '--format', 'html', '--out', out]);
    assert.equal(html.code, 0, html.stderr);
    assert.ok(existsSync(out));
    const page = spawnSync('cat', [out], { encoding: 'utf8' }).stdout;
    assert.match(page, /^<!doctype html>/i);
    assert.doesNotMatch(page, /<(script|link|img)[^>]+(src|href)="https?:/i, 'no external resource');
  });
});

describe('newsfuse analyze', () => {
  it('writes JSON that passes the contract checker, with the same ids on a second run', (t) => {
    const a = newsfuse(['analyze', example, '--format', 'json', '--quiet']);
    assert.equal(a.code, 0, a.stderr);
    const doc = JSON.parse(a.stdout) as { schema: string; articles: { id: string; input: string }[] };
    assert.equal(doc.schema, 'newsfuse/analysis@1');
    assert.equal(doc.articles.length, 5);
    const b = JSON.parse(newsfuse(['analyze', example, '--format', 'json', '--quiet']).stdout) as typeof doc;
    assert.deepEqual(
      b.articles.map((x) => x.id),
      doc.articles.map((x) => x.id),
    );
    const shared = sharedDir();
    if (!shared) return t.skip('no ../shared: contract checker not run');
    const file = join(work, 'analysis.json');
    writeFileSync(file, a.stdout);
    const check = spawnSync(process.execPath, [join(shared, 'tools/check-contract.mjs'), file], {
      encoding: 'utf8',
    });
    assert.equal(check.status, 0, check.stdout);
    assert.match(check.stdout, /^contract: ok \(5 articles/);
  });

  it('names a broken file on stderr, skips it, and processes the rest', () => {
    const dir = join(work, 'batch');
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(example)) copyFileSync(join(example, f), join(dir, f));
    writeFileSync(join(dir, 'broken.html.gz'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = newsfuse(['analyze', dir, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /skipped .*broken\.html\.gz: /);
    assert.match(r.stderr, /skipped .*empty\.txt: /);
    assert.doesNotMatch(r.stderr, /at .*\.ts:\d+/, 'no stack trace');
    assert.equal((JSON.parse(r.stdout) as { articles: unknown[] }).articles.length, 5);
  });

  it('exits 3 with one line when nothing can be read', () => {
    const r = newsfuse(['analyze', join(work, 'does-not-exist.txt')]);
    assert.equal(r.code, 3);
    assert.match(r.stderr, /does-not-exist\.txt/);
    assert.doesNotMatch(r.stderr, /at .*\.(ts|js):\d+/);
  });

  it('reads standard input', () => {
    const text = [
      'Officials from both governments met in Geneva on Friday for talks on the crisis over the border.',
      '"We will meet again," the foreign minister said after the meeting, which lasted 90 minutes.',
      'Both sides said they would send written proposals next week.',
    ].join(' ');
    const r = newsfuse(['analyze', '-', '--format', 'json', '--quiet'], { input: text });
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as { articles: { input: string; text: string }[] };
    assert.equal(doc.articles.length, 1);
    assert.equal(doc.articles[0]!.input, '-');
    assert.match(doc.articles[0]!.text, /Geneva/);
  });
});

describe('newsfuse extract', () => {
  it('gives one article with its cleaned text, metadata and what was removed', () => {
    const r = newsfuse(['extract', join(example, '003_784d2a974267d6f5.txt'), '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout) as { text: string; published: string; removed: { kind: string }[] };
    assert.equal(a.published, '2022-01-22');
    assert.doesNotMatch(a.text, /ALSO READ/);
    assert.ok(a.removed.length > 0);
  });
});

describe('newsfuse ingest and brief', () => {
  it('re-ingesting the same documents changes nothing, and brief reads the workspace', () => {
    const db = join(work, 'ws.db');
    const first = newsfuse(['ingest', example, '--db', db]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /5 added, 0 already stored/);
    const again = newsfuse(['ingest', example, '--db', db]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /0 added, 5 already stored/);
    // JSON Lines: one story a line, with its articles.
    const brief = newsfuse(['brief', '--db', db, '--format', 'json', '--quiet']);
    assert.equal(brief.code, 0, brief.stderr);
    const lines = brief.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { story: { id: string; articles: string[] }; articles: { id: string }[] });
    assert.ok(lines.length >= 1);
    assert.equal(lines.flatMap((l) => l.articles).length, 5);
    for (const l of lines) assert.deepEqual(l.articles.map((a) => a.id).sort(), [...l.story.articles].sort());
    const one = newsfuse(['brief', '--db', db, '--story', lines[0]!.story.id, '--format', 'md', '--quiet']);
    assert.equal(one.code, 0, one.stderr);
    assert.match(one.stdout, /Geneva/);
    const none = newsfuse(['brief', '--db', db, '--story', 's-nothere', '--quiet']);
    assert.equal(none.code, 2, none.stderr);
  });

  it('stories lists the index a page at a time, and search finds the Geneva story by a name', () => {
    const db = join(work, 'ws.db');
    const listed = newsfuse(['stories', '--db', db, '--format', 'json']);
    assert.equal(listed.code, 0, listed.stderr);
    const page = JSON.parse(listed.stdout) as {
      stories: { id: string; articles: number; origins: number }[];
      next: string | null;
    };
    assert.equal(page.stories.length, 1);
    assert.deepEqual([page.stories[0]!.articles, page.next], [5, null]);
    assert.ok(page.stories[0]!.origins <= 5);
    const found = newsfuse(['search', 'Lavrov', '--db', db, '--format', 'json']);
    assert.equal(found.code, 0, found.stderr);
    const hits = JSON.parse(found.stdout) as {
      results: {
        kind: string;
        story: string;
        snippet: { text: string; highlights: { start: number; end: number }[] };
      }[];
    };
    assert.ok(hits.results.length >= 2);
    assert.ok(hits.results.every((h) => h.story === page.stories[0]!.id));
    for (const h of hits.results)
      for (const span of h.snippet.highlights)
        assert.match(h.snippet.text.slice(span.start, span.end), /^lavrov$/i);
    const text = newsfuse(['search', 'Lavrov', '--db', db]);
    assert.match(text.stdout, /\[Lavrov\]/);
    const bad = newsfuse(['stories', '--db', db, '--cursor', 'nonsense']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /not a cursor/);
  });

  it('brief without a workspace exits 4 and says how to make one', () => {
    const r = newsfuse(['brief', '--db', join(work, 'none.db')]);
    assert.equal(r.code, 4);
    assert.match(r.stderr, /no workspace at .*none\.db; add articles first/);
  });

  it('a file that is not a workspace is a clear workspace error', () => {
    const bogus = join(work, 'bogus.db');
    writeFileSync(bogus, 'this is not a database, just text '.repeat(200));
    const r = newsfuse(['brief', '--db', bogus]);
    assert.equal(r.code, 4, r.stderr);
    assert.match(r.stderr, /^newsfuse: workspace: /);
  });
});
