// The newsfuse application: the JSON API and the pages, as a fastify app built by a factory so
// tests run it in-process (`app.inject`) without a port. This file only assembles: each resource's
// routes live in routes/, the pages in views/, errors become HTTP answers in errors.ts.
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import type { ArchiveReader } from '../types/archive.js';
import type { Context } from '../types/stages.js';
import type { Workspace } from '../types/store.js';
import { archiveFor } from './archive-fallback.js';
import { ChangeFeed } from './changes.js';
import type { Deps } from './deps.js';
import { HttpError, replyError } from './errors.js';
import { JobRunner } from './jobs.js';
import { registerLimits } from './limits.js';
import { eventRoutes } from './routes/api-events.js';
import { readRoutes } from './routes/api-read.js';
import { uploadRoutes } from './routes/api-upload.js';
import { writeRoutes } from './routes/api-write.js';
import { assetRoutes } from './routes/assets.js';
import { pageRoutes } from './routes/pages.js';
import { securityHeaders, writeAccess, writeGuard } from './security.js';

export interface ServerOptions {
  /** A fresh context per request (configuration, clock, a reporter that collects skips). */
  context: () => Context;
  /** The workspace behind the pages and the workspace routes; without one those answer 404. */
  workspace?: Workspace;
  /** How the workspace is read; default: the workspace itself when it is an ArchiveReader, else the in-memory fallback. */
  archive?: ArchiveReader;
  /** Largest JSON request body, in bytes (default 20 MiB); an upload's (default 64 MiB). */
  bodyLimit?: number;
  uploadLimit?: number;
  /** Ingests (and analyses) running at once; one more answers 429. */
  maxIngests?: number;
  /** Bearer token that writing routes require. */
  token?: string;
  /** The address the server listens on: beyond loopback, writes need the token. */
  host?: string;
  /** How often the workspace is checked for changes made elsewhere, while anyone listens (ms). */
  pollMs?: number;
  version?: string;
  /** Job queue statistics for /api/health (a PostgreSQL workspace worked by `newsfuse worker`). */
  queue?: { stats(): Promise<unknown> };
}

const MiB = 1024 * 1024;

export function buildServer(opts: ServerOptions): FastifyInstance {
  const app = Fastify({ logger: false, bodyLimit: opts.bodyLimit ?? 20 * MiB });
  const access = writeAccess(opts);
  const deps: Deps = {
    context: opts.context,
    version: opts.version ?? null,
    workspace: opts.workspace,
    archive: opts.archive ?? (opts.workspace ? archiveFor(opts.workspace, opts.context) : undefined),
    jobs: new JobRunner(opts.context, opts.maxIngests ?? 2),
    feed: new ChangeFeed(opts.workspace, opts.pollMs ?? 2000),
    access,
    guard: writeGuard(access, opts.token),
    uploadLimit: opts.uploadLimit ?? 64 * MiB,
    queue: opts.queue,
  };
  app.setErrorHandler((error, req, reply) => replyError(req, reply, error));
  app.setNotFoundHandler((req, reply) =>
    replyError(req, reply, new HttpError(404, `no route ${req.method} ${req.url.split('?')[0]}`)),
  );
  securityHeaders(app);
  // Slow bodies (408) and pipeline requests past the concurrency limit (429), before any handler.
  registerLimits(app, opts.context().config.server);
  // Swagger first: it records every route registered after it.
  app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'newsfuse',
        description: 'Stories with a sourced briefing, from many news reports',
        version: opts.version ?? '0',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  app.register(async (scope) => {
    readRoutes(scope, deps);
    writeRoutes(scope, deps);
    uploadRoutes(scope, deps);
    eventRoutes(scope, deps);
    pageRoutes(scope, deps);
    assetRoutes(scope);
    scope.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  });
  return app;
}
