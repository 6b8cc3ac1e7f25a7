// npm 12 runs a dependency's install scripts only when the root package.json's `allowScripts` lists
// it, and `npm ci` still exits 0 when it skips one: better-sqlite3 then has no binding. Pinned keys
// (`name@1.2.3`) need "resolved" URLs in the lock, which this project's lock does not carry, so the
// allowance is by name and the pin is here: an allowed package must be a dependency at an exact
// version whose install script was reviewed, and a new version fails this test until it is.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

/** Install scripts reviewed, by package and version: better-sqlite3 compiles its SQLite binding. */
const REVIEWED: Record<string, string> = { 'better-sqlite3': '12.9.0' };

const root = new URL('..', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  dependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
};
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as {
  packages: Record<string, { version?: string; hasInstallScript?: boolean }>;
};

/** Every package in the lock with an install script: name → versions. */
function withInstallScripts(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!entry.hasInstallScript || !path) continue;
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    found.set(name, [...(found.get(name) ?? []), entry.version ?? '?']);
  }
  return found;
}

test('every dependency with an install script is allowed or denied in allowScripts', () => {
  const uncovered = [...withInstallScripts().keys()].filter((name) => !(name in pkg.allowScripts));
  assert.deepEqual(uncovered, []);
});

test('an allowed install script runs only at the version reviewed, pinned in dependencies', () => {
  const scripts = withInstallScripts();
  for (const [name, allowed] of Object.entries(pkg.allowScripts)) {
    if (!allowed) continue;
    assert.equal(REVIEWED[name], pkg.dependencies[name], `${name}: dependency version not reviewed`);
    assert.deepEqual(scripts.get(name), [REVIEWED[name]], `${name}: lock holds another version`);
  }
});
