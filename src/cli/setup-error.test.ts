// Every command that needs the SQLite workspace says, in one line with exit code 5, that the binding
// did not load and how to mend it; commands without a workspace still run.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, test } from 'node:test';
import { openSqliteWorkspace, setSqliteLoader } from '../store/index.js';
import { parseArgs } from './args.js';
import { describeError, EXIT } from './errors.js';
import type { Io } from './output.js';
import { DEMO_CORPUS, runCommand } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'newsfuse-setup-'));
after(() => rmSync(dir, { recursive: true, force: true }));
before(async () => {
  // A workspace made while the binding loaded, so `brief` finds its file and fails on the binding.
  await openSqliteWorkspace(join(dir, 'ws.db')).close();
  setSqliteLoader(() => {
    throw new Error('Could not locate the bindings file');
  });
});
after(() => setSqliteLoader());

function io(): Io & { out: () => string } {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c));
  const stderr = new PassThrough() as unknown as NodeJS.WriteStream;
  return { stdout, stderr, env: {}, out: () => Buffer.concat(chunks).toString('utf8') };
}

async function exitOf(argv: string[]): Promise<{ code: number; message: string }> {
  const parsed = parseArgs(argv);
  assert.equal(parsed.kind, 'command');
  if (parsed.kind !== 'command') throw new Error('unreachable');
  try {
    return { code: await runCommand(parsed.command, io()), message: '' };
  } catch (e) {
    return describeError(e);
  }
}

for (const argv of [
  ['ingest', DEMO_CORPUS, '--db', join(dir, 'new.db'), '--quiet'],
  ['brief', '--db', join(dir, 'ws.db')],
  ['serve', '--db', join(dir, 'ws.db'), '--port', '8089'],
]) {
  test(`newsfuse ${argv[0]} without a loadable SQLite binding exits ${EXIT.setup} with the rebuild`, async () => {
    const { code, message } = await exitOf(argv);
    assert.equal(code, EXIT.setup);
    assert.match(message, /^setup: the SQLite binding \(better-sqlite3\) is not built for Node /);
    assert.match(message, /npm rebuild better-sqlite3$/);
    assert.ok(!message.includes('\n'));
  });
}

test('newsfuse extract needs no workspace and still runs', async () => {
  const { code } = await exitOf(['extract', join(DEMO_CORPUS, '000_295f587e640d5f64.txt')]);
  assert.equal(code, EXIT.ok);
});
