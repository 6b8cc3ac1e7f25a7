// What the route files share: the options, the archive to read, the workspace to write, the jobs,
// the change feed and the write guard. app.ts builds it once.
import type { preHandlerAsyncHookHandler } from 'fastify';
import type { ArchiveReader } from '../types/archive.js';
import type { Context } from '../types/stages.js';
import type { Workspace } from '../types/store.js';
import type { ChangeFeed } from './changes.js';
import { HttpError } from './errors.js';
import type { JobRunner } from './jobs.js';
import type { WriteAccess } from './security.js';

export interface Deps {
  context: () => Context;
  version: string | null;
  workspace: Workspace | undefined;
  archive: ArchiveReader | undefined;
  jobs: JobRunner;
  feed: ChangeFeed;
  access: WriteAccess;
  guard: preHandlerAsyncHookHandler;
  uploadLimit: number;
  /** Job queue statistics (a PostgreSQL workspace worked by `newsfuse worker`), for /api/health. */
  queue?: { stats(): Promise<unknown> };
}

const NO_WORKSPACE = 'this server has no workspace (start it with --db)';

export function requireWorkspace(d: Deps): Workspace {
  if (!d.workspace) throw new HttpError(404, NO_WORKSPACE);
  return d.workspace;
}

export function requireArchive(d: Deps): ArchiveReader {
  if (!d.archive) throw new HttpError(404, NO_WORKSPACE);
  return d.archive;
}

/** Form fields left empty arrive as ""; they mean "not set". */
export function compact<T extends object>(q: T): T {
  return Object.fromEntries(Object.entries(q).filter(([, v]) => v !== '' && v !== undefined)) as T;
}
