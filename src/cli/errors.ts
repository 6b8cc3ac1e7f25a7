// Errors at the boundary (bad usage, unreadable input, workspace trouble) are typed and mapped to
// one exit code here; anything else is a bug and exits 70 without a stack trace unless asked for.
// Set-up (5) is the machine, not the input or the workspace: e.g. better-sqlite3's binding was never
// built for this Node; its message names the command that mends it.
import { ConfigError } from '../config/errors.js';

export const EXIT = { ok: 0, quality: 1, usage: 2, input: 3, workspace: 4, setup: 5, internal: 70 } as const;

export class UsageError extends Error {
  override name = 'UsageError';
}
export class InputError extends Error {
  override name = 'InputError';
}
export class WorkspaceError extends Error {
  override name = 'WorkspaceError';
}
export class QualityError extends Error {
  override name = 'QualityError';
}

/** The exit code and the one-line message for an error that reached the top. */
export function describeError(e: unknown): { code: number; message: string } {
  const err = e instanceof Error ? e : new Error(String(e));
  const line = err.message.split('\n')[0] ?? '';
  if (err instanceof UsageError || err instanceof ConfigError) return { code: EXIT.usage, message: line };
  if (err instanceof InputError) return { code: EXIT.input, message: line };
  if (err instanceof QualityError) return { code: EXIT.quality, message: line };
  if (err.name === 'SetupError') return { code: EXIT.setup, message: `setup: ${line}` };
  // The store's own typed errors, and SQLite/PostgreSQL failures, are workspace errors.
  if (
    err instanceof WorkspaceError ||
    err.name === 'StoreError' ||
    err.name === 'SqliteError' ||
    /^(ECONNREFUSED|28P01|3D000)/.test(String((err as { code?: string }).code ?? ''))
  )
    return { code: EXIT.workspace, message: `workspace: ${line}` };
  if ((err as NodeJS.ErrnoException).code === 'EPIPE') return { code: EXIT.ok, message: '' };
  return { code: EXIT.internal, message: `internal error: ${line} (a bug; NEWSFUSE_DEBUG=1 shows where)` };
}
