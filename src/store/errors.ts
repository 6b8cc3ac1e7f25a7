// Errors at the store's boundary (a file that is not a workspace, a server that cannot be reached, a
// batch that refers to articles nobody stored). They carry a one-line message naming the target and
// the value found, so the CLI can print it as is and map `code` to an exit status in one place.

export type StoreErrorCode =
  /** The file or database exists but is not a newsfuse workspace. */
  | 'not-a-workspace'
  /** Written by a newer newsfuse: this build must not guess at its schema. */
  | 'newer-schema'
  /** The file cannot be opened or the server cannot be reached or logged into. */
  | 'unreachable'
  /**
   * An open server workspace lost its connection (the server restarted, the network dropped): what
   * was being written was rolled back, and the same work may be tried again once it is back.
   */
  | 'connection-lost'
  /** The database is damaged (SQLite reports corruption). */
  | 'corrupt'
  /** A batch that cannot be written as given (e.g. a relation to an unknown article). */
  | 'invalid-batch'
  /** The workspace was used after `close()`. */
  | 'closed'
  /** A batch's `expect` did not hold: another writer changed the state first. */
  | 'conflict';

export class StoreError extends Error {
  override name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    /** The path or (password-free) URL of the workspace. */
    readonly target: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isStoreError(e: unknown): e is StoreError {
  return e instanceof StoreError;
}

/** A connection URL fit for messages: the password is never printed. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
  }
}

/** The error when a batch's expected state was changed by another writer first. */
export function stateConflict(target: string, name: string, found: string | null): StoreError {
  const now = found === null ? 'absent' : `${found.slice(0, 40)}${found.length > 40 ? '…' : ''}`;
  return new StoreError(
    'conflict',
    target,
    `${target}: state "${name}" was changed by another writer (now ${now}); nothing was written`,
  );
}

/** The machine is not set up to run the store (e.g. the SQLite binding was never built for this
 *  Node): nothing is wrong with the workspace itself, and the message names the command that mends it. */
export class SetupError extends Error {
  override name = 'SetupError';
  constructor(
    readonly code: 'sqlite-binding',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
