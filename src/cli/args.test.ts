import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArgs } from './args.js';

describe('parseArgs', () => {
  it('reads analyze with inputs, format, db and out', () => {
    const r = parseArgs([
      'analyze',
      'a.txt',
      'dir/',
      '-',
      '--format',
      'json',
      '--db',
      'x.db',
      '-o',
      'out.json',
    ]);
    assert.equal(r.kind, 'command');
    if (r.kind !== 'command' || r.command.name !== 'analyze') return;
    assert.deepEqual(r.command.inputs, ['a.txt', 'dir/', '-']);
    assert.equal(r.command.format, 'json');
    assert.equal(r.command.db, 'x.db');
    assert.equal(r.command.out, 'out.json');
  });

  it('defaults: text format, ./newsfuse.db, colour auto', () => {
    const r = parseArgs(['brief']);
    assert.ok(r.kind === 'command' && r.command.name === 'brief');
    assert.equal(r.command.format, 'text');
    assert.equal(r.command.db, 'newsfuse.db');
    assert.equal(r.command.common.color, 'auto');
  });

  it('serve: loopback by default, a token when given', () => {
    const r = parseArgs(['serve', '--db', 'desk.db']);
    assert.ok(r.kind === 'command' && r.command.name === 'serve');
    assert.equal(r.command.host, '127.0.0.1');
    assert.equal(r.command.token, undefined);
    const t = parseArgs(['serve', '--host', '0.0.0.0', '--token', 's3cret']);
    assert.ok(t.kind === 'command' && t.command.name === 'serve');
    assert.equal(t.command.token, 's3cret');
  });

  it('maps limit flags to the ingest configuration', () => {
    const r = parseArgs(['ingest', 'x', '--max-bytes', '1000', '--timeout', '50', '--allow-private-network']);
    assert.ok(r.kind === 'command');
    assert.deepEqual(r.command.common.overrides, {
      ingest: { maxBytes: 1000, timeoutMs: 50, allowPrivateNetwork: true },
    });
  });

  it('rejects a bad limit with exit 2 and names the flag and value', () => {
    const r = parseArgs(['ingest', 'x', '--max-bytes', 'lots']);
    assert.ok(r.kind === 'exit');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--max-bytes needs a positive whole number, found "lots"/);
  });

  it('rejects an unknown format and an unknown command with exit 2', () => {
    const bad = parseArgs(['analyze', 'x', '--format', 'pdf']);
    assert.ok(bad.kind === 'exit' && bad.code === 2);
    assert.match(bad.stderr, /pdf/);
    const unknown = parseArgs(['frobnicate']);
    assert.ok(unknown.kind === 'exit' && unknown.code === 2);
  });

  it('prints help with examples and exit codes, exit 0', () => {
    const r = parseArgs(['--help']);
    assert.ok(r.kind === 'exit' && r.code === 0);
    assert.match(r.stdout, /Examples:/);
    assert.match(r.stdout, /Exit codes:/);
    for (const cmd of ['demo', 'analyze', 'extract', 'ingest', 'brief', 'eval', 'serve']) {
      const h = parseArgs([cmd, '--help']);
      assert.ok(h.kind === 'exit' && h.code === 0, cmd);
      assert.match(h.stdout, /Examples:/, `${cmd} --help has examples`);
    }
  });

  it('knows the eval suites and refuses others', () => {
    const ok = parseArgs(['eval', 'all', '--json']);
    assert.ok(ok.kind === 'command' && ok.command.name === 'eval' && ok.command.json);
    assert.equal(parseArgs(['eval', 'entities']).kind, 'command');
    const bad = parseArgs(['eval', 'sentiment']);
    assert.ok(bad.kind === 'exit' && bad.code === 2);
    assert.match(bad.stderr, /unknown eval suite "sentiment"/);
  });

  it('without a command prints usage and exits 2', () => {
    const r = parseArgs([]);
    assert.ok(r.kind === 'exit' && r.code === 2);
    assert.match(r.stderr, /Usage: newsfuse/);
  });

  it('reads feeds add with URLs or --opml, list, remove and export, each with --db', () => {
    const add = parseArgs(['feeds', 'add', 'https://a.example/rss', 'https://b.example/', '--db', 'd.db']);
    assert.ok(add.kind === 'command' && add.command.name === 'feeds-add');
    assert.deepEqual(add.command.urls, ['https://a.example/rss', 'https://b.example/']);
    assert.equal(add.command.db, 'd.db');
    const opml = parseArgs(['feeds', 'add', '--opml', 'subs.opml', '--allow-private-network']);
    assert.ok(opml.kind === 'command' && opml.command.name === 'feeds-add');
    assert.deepEqual(
      [opml.command.urls, opml.command.opml, opml.command.db],
      [[], 'subs.opml', 'newsfuse.db'],
    );
    assert.deepEqual(opml.command.common.overrides, { ingest: { allowPrivateNetwork: true } });
    const list = parseArgs(['feeds', 'list', '--format', 'json', '--quiet']);
    assert.ok(list.kind === 'command' && list.command.name === 'feeds-list');
    assert.deepEqual([list.command.format, list.command.common.quiet], ['json', true]);
    const remove = parseArgs(['feeds', 'remove', 'https://a.example/rss']);
    assert.ok(remove.kind === 'command' && remove.command.name === 'feeds-remove');
    assert.equal(remove.command.url, 'https://a.example/rss');
    const exp = parseArgs(['feeds', 'export', '--db', 'postgres://u@h/db']);
    assert.ok(exp.kind === 'command' && exp.command.name === 'feeds-export');
    assert.equal(exp.command.db, 'postgres://u@h/db');
  });

  it('reads watch --once --all --interval, and serve --watch; a bad duration exits 2', () => {
    const w = parseArgs(['watch', '--db', 'd.db', '--once', '--all', '--interval', '1h30m']);
    assert.ok(w.kind === 'command' && w.command.name === 'watch');
    assert.deepEqual([w.command.once, w.command.all], [true, true]);
    assert.deepEqual(w.command.common.overrides, { feeds: { intervalSec: 5400 } });
    const s = parseArgs(['serve', '--db', 'd.db', '--watch']);
    assert.ok(s.kind === 'command' && s.command.name === 'serve' && s.command.watch);
    const bad = parseArgs(['watch', '--interval', 'often']);
    assert.ok(bad.kind === 'exit' && bad.code === 2);
    assert.match(bad.stderr, /--interval needs a duration such as 90s, 15m, 1h30m or 2d, found "often"/);
  });

  it('maps --fetch-articles to the ingest configuration', () => {
    const r = parseArgs(['ingest', 'feed.xml', '--fetch-articles']);
    assert.ok(r.kind === 'command');
    assert.deepEqual(r.command.common.overrides, { ingest: { fetchArticles: true } });
  });
});
