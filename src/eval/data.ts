// Where the shared labelled data lives: `../shared` beside the repository, or NEWSFUSE_SHARED.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (works from src/ under tsx and from dist/ when built). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The shared folder (examples, eval, tools), or null when it is not on this machine. */
export function sharedDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const dir = env.NEWSFUSE_SHARED ?? join(repoRoot, '..', 'shared');
  return existsSync(dir) ? resolve(dir) : null;
}

/** The labelled eval sets, or null when absent (tests then skip with a clear message). */
export function evalDataDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const shared = sharedDir(env);
  const dir = shared ? join(shared, 'eval') : null;
  return dir && existsSync(dir) ? dir : null;
}

export const SKIP_NO_SHARED =
  'skipped: ../shared/eval is not on this machine (set NEWSFUSE_SHARED to its folder)';
