// better-sqlite3's native binding, loaded once and checked before a workspace is opened. A binding
// that is missing (npm 12 blocks install scripts that `allowScripts` does not list, so it is never
// built) or built for another Node fails deep inside the driver with a message about bindings files
// or module versions; here it becomes a SetupError naming the one command that mends it.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { SetupError } from './errors.js';

export type SqliteDriver = typeof Database;
/** Returns the driver once its binding has loaded, or throws the loader's own error. */
export type SqliteLoader = () => SqliteDriver;

/** Opening an in-memory database is what loads the binding; it costs well under a millisecond. */
const probeDriver: SqliteLoader = () => {
  new Database(':memory:').close();
  return Database;
};

let loader: SqliteLoader = probeDriver;
let loaded: SqliteDriver | undefined;

/** Replaces the loader (tests simulate a failed load with it); no argument restores the real one. */
export function setSqliteLoader(next?: SqliteLoader): void {
  loader = next ?? probeDriver;
  loaded = undefined;
}

/** The driver, or a SetupError when its binding cannot be loaded into this Node. */
export function sqliteDriver(): SqliteDriver {
  if (loaded) return loaded;
  try {
    loaded = loader();
    return loaded;
  } catch (e) {
    throw bindingError(e);
  }
}

/** Where better-sqlite3 is installed: the folder holding its node_modules is where npm mends it. */
export function driverHome(): { pkg: string; project: string } | null {
  try {
    const entry = createRequire(import.meta.url).resolve('better-sqlite3');
    let dir = dirname(entry);
    while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
    return { pkg: dir, project: dirname(dirname(dir)) };
  } catch {
    return null;
  }
}

/** The project's `allowScripts` lets better-sqlite3 build (else npm 12 skips its build again). */
function allowsBuild(project: string): boolean {
  try {
    const pkg = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as {
      allowScripts?: Record<string, boolean>;
    };
    return Object.entries(pkg.allowScripts ?? {}).some(
      ([key, allowed]) => allowed && /^better-sqlite3(@|$)/.test(key),
    );
  } catch {
    return false;
  }
}

/** The one command that builds the binding for the Node running now. */
export function mendCommand(home = driverHome()): string {
  if (!home) return 'npm install better-sqlite3';
  const approve = allowsBuild(home.project) ? '' : 'npm pkg set allowScripts.better-sqlite3=true --json && ';
  return `cd ${home.project} && ${approve}npm rebuild better-sqlite3`;
}

/** What went wrong, in newsfuse's words: never built, or built for another Node's ABI. */
function whatFailed(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const node = `Node ${process.version} (ABI ${process.versions.modules})`;
  const abi = /NODE_MODULE_VERSION (\d+)/.exec(message)?.[1];
  if (abi && abi !== process.versions.modules) return `was built for another Node (ABI ${abi}), not ${node}`;
  return `is not built for ${node}`;
}

export function bindingError(e: unknown): SetupError {
  return new SetupError(
    'sqlite-binding',
    `the SQLite binding (better-sqlite3) ${whatFailed(e)}; run: ${mendCommand()}`,
    { cause: e },
  );
}
