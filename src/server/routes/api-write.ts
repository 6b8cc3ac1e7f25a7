// The write side: analyse posted documents (no workspace change), add documents now (`/api/ingest`)
// or as a background job (`/api/jobs`, `/api/uploads`), follow jobs, delete an article. Every
// workspace write passes the guard and claims an ingest slot (429 when all are taken).
import type { FastifyInstance } from 'fastify';
import { render } from '../../brief/index.js';
import { contentSecurityPolicy } from '../../brief/render/html-assets.js';
import { runOnDocuments } from '../../pipeline.js';
import type { RawDocument } from '../../types/article.js';
import type { Outcome } from '../../types/stages.js';
import { addDocuments, deleteArticles, ingestIntoWorkspace } from '../../workspace/index.js';
import { type Deps, requireWorkspace } from '../deps.js';
import { documentsBody as documentsZod, toRawDocument } from '../documents.js';
import { HttpError } from '../errors.js';
import { anyObject, documentsBody, errors, idParam, job, jobBody, problem } from './schemas.js';

const MEDIA: Record<string, string> = {
  md: 'text/markdown; charset=utf-8',
  text: 'text/plain; charset=utf-8',
  html: 'text/html; charset=utf-8',
};
const writeErrors = { ...errors, 401: problem, 403: problem, 413: problem, 429: problem } as const;

/** The zod check after the JSON schema: the rules a schema states badly ("text" or "html"). */
export function parseDocuments(body: unknown): Outcome<RawDocument>[] {
  const parsed = documentsZod.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new HttpError(400, `body ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data.documents.map((d, i) => ({ status: 'ok', value: toRawDocument(d, i) }));
}

export function writeRoutes(app: FastifyInstance, d: Deps): void {
  app.post<{ Querystring: { format?: 'json' | 'md' | 'text' | 'html' } }>(
    '/api/analyze',
    {
      schema: {
        summary: 'Analyse posted documents without storing them',
        querystring: {
          type: 'object',
          properties: { format: { type: 'string', enum: ['json', 'md', 'text', 'html'] } },
        },
        body: documentsBody,
        response: { 200: anyObject, ...writeErrors },
      },
    },
    async (req, reply) => {
      const format = req.query.format ?? 'json';
      const documents = parseDocuments(req.body);
      const release = d.jobs.claim();
      try {
        const { analysis, stats } = await runOnDocuments(documents, d.context());
        if (format === 'json') return { ...analysis, skipped: stats.skipped };
        // The self-contained page carries its own hashed style and script: its own policy.
        if (format === 'html') reply.header('content-security-policy', contentSecurityPolicy());
        return reply.type(MEDIA[format]!).send(render(analysis, format));
      } finally {
        release();
      }
    },
  );

  app.post(
    '/api/ingest',
    {
      preHandler: d.guard,
      schema: {
        security: [{ bearer: [] }],
        summary: 'Add documents to the workspace now; the same document twice changes nothing',
        body: documentsBody,
        response: { 200: anyObject, ...writeErrors },
      },
    },
    async (req) => {
      const ws = requireWorkspace(d);
      const documents = parseDocuments(req.body);
      const release = d.jobs.claim();
      try {
        const s = await addDocuments(documents, ws, d.context());
        d.feed.publish('change', await ws.stats());
        return { added: s.added, alreadyStored: s.alreadyStored, skipped: s.skipped, articles: s.articleIds };
      } finally {
        release();
      }
    },
  );

  app.post<{ Body: { documents?: unknown[]; urls?: string[] } }>(
    '/api/jobs',
    {
      preHandler: d.guard,
      schema: {
        security: [{ bearer: [] }],
        summary: 'Add documents or URLs in the background: answers 202 with the job to follow',
        body: jobBody,
        response: { 202: job, ...writeErrors },
      },
    },
    async (req, reply) => {
      const ws = requireWorkspace(d);
      const { urls } = req.body;
      if (!urls && !req.body.documents) throw new HttpError(400, 'body needs "documents" or "urls"');
      const documents = urls ? null : parseDocuments(req.body);
      const label = urls
        ? urls.join(', ')
        : `${documents!.length} pasted document${documents!.length === 1 ? '' : 's'}`;
      const started = d.jobs.start(label, (ctx) =>
        documents ? addDocuments(documents, ws, ctx) : ingestIntoWorkspace(urls!, ws, ctx),
      );
      return reply.code(202).header('location', `/api/jobs/${started.id}`).send(started);
    },
  );

  app.get(
    '/api/jobs',
    {
      schema: {
        summary: 'Recent ingest jobs, newest first',
        response: { 200: { type: 'object', properties: { jobs: { type: 'array', items: job } } } },
      },
    },
    async () => ({
      jobs: d.jobs.list(),
    }),
  );

  app.get<{ Params: { id: string } }>(
    '/api/jobs/:id',
    {
      schema: {
        summary: "One ingest job's state and progress",
        params: idParam,
        response: { 200: job, ...errors },
      },
    },
    async (req) => {
      const found = d.jobs.get(req.params.id);
      if (!found) throw new HttpError(404, `no job ${req.params.id}`);
      return found;
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/api/articles/:id',
    {
      preHandler: d.guard,
      schema: {
        security: [{ bearer: [] }],
        summary:
          'Remove an article: its story and briefing are updated, copies unflagged, its fingerprints, relations and search entry removed',
        params: idParam,
        response: { 200: anyObject, ...writeErrors },
      },
    },
    async (req) => {
      const ws = requireWorkspace(d);
      const out = await deleteArticles(ws, [req.params.id], d.context());
      if (!out.deleted.length) throw new HttpError(404, `no article ${req.params.id}`);
      d.feed.publish('change', await ws.stats());
      return { deleted: req.params.id, storiesChanged: out.changed, storiesRemoved: out.removed };
    },
  );
}
