// What a command loads: reading a workspace (`stories`, `search`, `brief` as JSON) and `--version`
// must not load the NLP stack, the server, the feed code or the queue. Each of those costs hundreds
// of milliseconds of module loading on every run of a read that takes a few milliseconds. Without a
// configuration file a read does not load zod and the schemas either (the defaults are known
// valid); with one, the file is still validated.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openWorkspace } from '../src/store/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'newsfuse-startup-'));
after(() => rmSync(work, { recursive: true, force: true }));

// A module hook that appends every URL it loads to the file named by NEWSFUSE_TEST_LOADED.
const hook = `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  appendFileSync(process.env.NEWSFUSE_TEST_LOADED, url + '\\n');
  return next(url, context);
}`;
const register = `import { register } from 'node:module';
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;

/** One run of `newsfuse args…` (from the source, through tsx) with the module hook. */
function run(args: string[], log: string) {
  return spawnSync(
    process.execPath,
    [
      '--import',
      import.meta.resolve('tsx'),
      '--import',
      `data:text/javascript,${encodeURIComponent(register)}`,
      join(root, 'src/cli/main.ts'),
      ...args,
    ],
    { cwd: work, encoding: 'utf8', env: { ...process.env, NEWSFUSE_TEST_LOADED: log }, timeout: 120_000 },
  );
}

/** The modules one run of `newsfuse args…` loaded, as URLs. */
function loadedBy(args: string[]): string[] {
  const log = join(work, `loaded-${args[0]}.txt`);
  const r = run(args, log);
  assert.equal(r.status, 0, r.stderr);
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

// Packages that only writing, serving, fetching or queueing need.
const HEAVY_PACKAGE =
  /\/node_modules\/(tinyld|wink-nlp|wink-eng-lite-web-model|chrono-node|linkedom|fastify|undici|pg-boss|pg)\//;
// The stages a read does not run, but for the small pieces a read shares with them.
const HEAVY_SOURCE =
  /\/src\/(nlp\/|analyze\/|clean\/|ingest\/|cluster\/|dedup\/|server\/|feeds\/|queue\/|eval\/|pipeline\.ts|brief\/stage\.ts|workspace\/add\.ts)/;
const SHARED =
  /\/src\/(\w+\/config\.ts|analyze\/times\/(config|calendar)\.ts|analyze\/entities\/(link|fold)\.ts|cluster\/features\/stem\.ts|feeds\/duration\.ts|queue\/config\.ts|eval\/data\.ts)$/;
const heavy = (url: string) => HEAVY_PACKAGE.test(url) || (HEAVY_SOURCE.test(url) && !SHARED.test(url));
// zod, which every stage's schema is built with, and the whole schema: a run that asks for
// nothing but the defaults does without them.
const SCHEMAS = /\/node_modules\/zod\/|\/src\/config\/index\.ts$/;

describe('what a read loads', () => {
  const db = join(work, 'ws.db');

  it('--version, stories, search and brief --format json load none of the writing stack', async () => {
    const ws = await openWorkspace(db);
    await ws.close();
    for (const args of [
      ['--version'],
      ['stories', '--db', db],
      ['search', 'geneva', '--db', db],
      ['brief', '--db', db, '--format', 'json'],
    ]) {
      const loaded = loadedBy(args);
      assert.ok(
        loaded.some((url) => url.endsWith('/src/cli/main.ts')),
        'the hook saw the command load',
      );
      const needless = loaded.filter(heavy);
      assert.deepEqual(needless, [], `newsfuse ${args.join(' ')} loaded modules it does not need`);
    }
  });

  it('stories, search and brief (text and json) without a configuration file load no schema', () => {
    for (const args of [
      ['stories', '--db', db],
      ['search', 'geneva', '--db', db],
      ['brief', '--db', db],
      ['brief', '--db', db, '--format', 'json'],
    ]) {
      const schemas = loadedBy(args).filter((url) => SCHEMAS.test(url));
      assert.deepEqual(schemas, [], `newsfuse ${args.join(' ')} loaded the configuration schemas`);
    }
  });

  it('a read with a configuration file still validates it', () => {
    const file = join(work, 'bad.json');
    writeFileSync(file, JSON.stringify({ store: { busyTimeoutMs: -1 } }));
    const r = run(['stories', '--db', db, '--config', file], join(work, 'loaded-bad.txt'));
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /^newsfuse: config store\.busyTimeoutMs: /);
  });
});
