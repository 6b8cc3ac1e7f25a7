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
    const bad = parseArgs(['eval', 'sentiment']);
    assert.ok(bad.kind === 'exit' && bad.code === 2);
    assert.match(bad.stderr, /unknown eval suite "sentiment"/);
  });

  it('without a command prints usage and exits 2', () => {
    const r = parseArgs([]);
    assert.ok(r.kind === 'exit' && r.code === 2);
    assert.match(r.stderr, /Usage: newsfuse/);
  });
});
