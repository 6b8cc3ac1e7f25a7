// The JSON API and the web page, as a fastify app built by a factory so tests run it in-process
// (`app.inject`) without a port. Errors are mapped to HTTP statuses in one place (errors.ts).
import Fastify, { type FastifyInstance } from 'fastify';
import { render } from '../brief/index.js';
import { runOnDocuments } from '../pipeline.js';
import type { RawDocument } from '../types/article.js';
import type { Context, Outcome } from '../types/stages.js';
import type { Workspace } from '../types/store.js';
import { addDocuments, analysisFromWorkspace } from '../workspace/index.js';
import { documentsBody, toRawDocument } from './documents.js';
import { HttpError, replyError } from './errors.js';

export interface ServerOptions {
  /** A fresh context per request (configuration, clock, a reporter that collects skips). */
  context: () => Context;
  /** The workspace behind /api/ingest, /api/stories and the page; without one those answer 404. */
  workspace?: Workspace;
  /** Largest request body, in bytes. */
  bodyLimit?: number;
  version?: string;
  /** Job queue statistics for /api/health (a PostgreSQL workspace worked by `newsfuse worker`). */
  queue?: { stats(): Promise<unknown> };
}

const FORMATS = new Set(['json', 'md', 'text', 'html']);
const MEDIA: Record<string, string> = {
  md: 'text/markdown; charset=utf-8',
  text: 'text/plain; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

function parseDocuments(body: unknown): Outcome<RawDocument>[] {
  const parsed = documentsBody.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new HttpError(400, `body ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data.documents.map((d, i) => ({ status: 'ok', value: toRawDocument(d, i) }));
}

function requireWorkspace(ws: Workspace | undefined): Workspace {
  if (!ws) throw new HttpError(404, 'this server has no workspace (start it with --db)');
  return ws;
}

export function buildServer(opts: ServerOptions): FastifyInstance {
  const app = Fastify({ logger: false, bodyLimit: opts.bodyLimit ?? 20 * 1024 * 1024 });
  app.setErrorHandler((error, _req, reply) => replyError(reply, error));
  app.setNotFoundHandler((_req, reply) => replyError(reply, new HttpError(404, 'no such route')));

  app.get('/api/health', async () => {
    const stats = opts.workspace ? await opts.workspace.stats() : null;
    const queue = opts.queue ? { queue: await opts.queue.stats() } : {};
    return { ok: true, version: opts.version ?? null, workspace: stats, ...queue };
  });

  app.post<{ Querystring: { format?: string } }>('/api/analyze', async (req, reply) => {
    const format = req.query.format ?? 'json';
    if (!FORMATS.has(format))
      throw new HttpError(400, `format must be one of json, md, text, html; found "${format}"`);
    const ctx = opts.context();
    const { analysis, stats } = await runOnDocuments(parseDocuments(req.body), ctx);
    if (format === 'json') return { ...analysis, skipped: stats.skipped };
    return reply.type(MEDIA[format]!).send(render(analysis, format as 'md' | 'text' | 'html'));
  });

  app.post('/api/ingest', async (req) => {
    const ws = requireWorkspace(opts.workspace);
    const summary = await addDocuments(parseDocuments(req.body), ws, opts.context());
    return {
      added: summary.added,
      alreadyStored: summary.alreadyStored,
      skipped: summary.skipped,
      articles: summary.articleIds,
    };
  });

  app.get('/api/stories', async () => {
    const analysis = await analysisFromWorkspace(requireWorkspace(opts.workspace), opts.context());
    return {
      stories: analysis.stories.map((s) => ({
        id: s.id,
        headline: s.headline,
        articles: s.articles.length,
        events: s.events.length,
      })),
    };
  });

  app.get<{ Params: { id: string } }>('/api/stories/:id', async (req) => {
    const analysis = await analysisFromWorkspace(requireWorkspace(opts.workspace), opts.context(), {
      story: req.params.id,
    });
    if (!analysis.stories.length) throw new HttpError(404, `no story ${req.params.id}`);
    return analysis;
  });

  app.get('/', async (_req, reply) => {
    const analysis = await analysisFromWorkspace(requireWorkspace(opts.workspace), opts.context());
    return reply.type(MEDIA.html!).send(render(analysis, 'html'));
  });

  return app;
}
