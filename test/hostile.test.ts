// The hostile folder through `newsfuse analyze`: every bad file named on stderr with its
// reason, the good report kept, the whole batch in bounded time (the 30 MB text included).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { makeHostileFolder } from './hostile-folder.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'newsfuse-hostile-'));
after(() => rmSync(work, { recursive: true, force: true }));

it('a folder of hostile files and one good report: the report kept, every bad file named', {
  timeout: 120_000,
}, () => {
  const folder = join(work, 'in');
  const expected = makeHostileFolder(folder);
  const started = performance.now();
  const r = spawnSync(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), join(root, 'src/cli/main.ts'), 'analyze', folder, '-f', 'json'],
    { encoding: 'utf8', timeout: 110_000, maxBuffer: 64 * 1024 * 1024 },
  );
  const seconds = (performance.now() - started) / 1000;
  assert.equal(r.status, 0, r.stderr);
  assert.ok(seconds < 60, `took ${seconds} s`);
  const analysis = JSON.parse(r.stdout) as { articles: { input: string }[] };
  assert.deepEqual(
    analysis.articles.map((a) => a.input),
    [join(folder, 'good-report.txt')],
  );
  const lines = r.stderr.split('\n').filter((l) => l.startsWith('newsfuse: skipped '));
  for (const [name, reason] of Object.entries(expected)) {
    const line = lines.find((l) => l.startsWith(`newsfuse: skipped ${join(folder, name)}: `));
    assert.ok(line, `${name} not named on stderr:\n${r.stderr}`);
    assert.match(line, reason);
  }
  assert.equal(lines.length, Object.keys(expected).length, r.stderr);
});
