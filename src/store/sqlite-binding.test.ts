import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, test } from 'node:test';
import { SetupError } from './errors.js';
import { openSqliteWorkspace } from './sqlite.js';
import { mendCommand, setSqliteLoader, sqliteDriver } from './sqlite-binding.js';

const dir = mkdtempSync(join(tmpdir(), 'newsfuse-binding-'));
after(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => setSqliteLoader());

/** A loader that fails as better-sqlite3 does when its build step never ran. */
const missing = () => {
  throw Object.assign(new Error('could not load better_sqlite3.node'), { code: 'MODULE_NOT_FOUND' });
};

test('the real binding loads into the Node running the tests', () => {
  const Driver = sqliteDriver();
  const db = new Driver(':memory:');
  assert.equal((db.prepare('SELECT 1 + 1 AS two').get() as { two: number }).two, 2);
  db.close();
});

test('a binding that never built is a SetupError naming the rebuild, and no file is created', () => {
  setSqliteLoader(missing);
  const path = join(dir, 'never.db');
  assert.throws(
    () => openSqliteWorkspace(path),
    (e: unknown) => {
      assert.ok(e instanceof SetupError);
      assert.equal(e.code, 'sqlite-binding');
      assert.match(e.message, /^the SQLite binding \(better-sqlite3\) is not built for Node v\d+/);
      assert.match(e.message, /run: cd .+ && (npm pkg set .+ && )?npm rebuild better-sqlite3$/);
      assert.ok(!e.message.includes('\n'));
      return true;
    },
  );
  assert.equal(existsSync(path), false);
});

test('a binding built for another Node says which ABI it was built for', () => {
  const other = process.versions.modules === '115' ? '127' : '115';
  setSqliteLoader(() => {
    throw Object.assign(new Error(`compiled against NODE_MODULE_VERSION ${other}`), {
      code: 'ERR_DLOPEN_FAILED',
    });
  });
  assert.throws(
    () => sqliteDriver(),
    new RegExp(`was built for another Node \\(ABI ${other}\\), not Node ${process.version} `),
  );
});

test('a loader that recovers is used again after a failure', () => {
  setSqliteLoader(missing);
  assert.throws(() => sqliteDriver(), SetupError);
  setSqliteLoader();
  assert.equal(typeof sqliteDriver(), 'function');
});

test('the mending command approves the build first where allowScripts does not list it', () => {
  const project = join(dir, 'project');
  const pkg = join(project, 'node_modules', 'better-sqlite3');
  mkdirSync(pkg, { recursive: true });
  writeFileSync(join(project, 'package.json'), '{"dependencies": {"newsfuse": "0.1.0"}}');
  assert.equal(
    mendCommand({ pkg, project }),
    `cd ${project} && npm pkg set allowScripts.better-sqlite3=true --json && npm rebuild better-sqlite3`,
  );
  writeFileSync(join(project, 'package.json'), '{"allowScripts": {"better-sqlite3": true}}');
  assert.equal(mendCommand({ pkg, project }), `cd ${project} && npm rebuild better-sqlite3`);
});
