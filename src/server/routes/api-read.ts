// The read side of the API: the story index, one story's briefing, search, entities and health.
// Every handler reads the archive (index and materialised briefings); none runs the pipeline.
import type { FastifyInstance } from 'fastify';
import type { StoryQuery } from '../../types/archive.js';
import { compact, type Deps, requireArchive } from '../deps.js';
import { HttpError } from '../errors.js';
import { anyObject, errors, idParam, limitCursor, searchQuery, storyList, storyQuery } from './schemas.js';

export function readRoutes(app: FastifyInstance, d: Deps): void {
  app.get<{ Querystring: StoryQuery }>(
    '/api/stories',
    {
      schema: {
        summary: 'The story index, newest or fastest-growing first',
        querystring: storyQuery,
        response: { 200: storyList, ...errors },
      },
    },
    async (req) => {
      const page = await requireArchive(d).listStories(compact(req.query));
      return { stories: page.items, next: page.next };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/stories/:id',
    {
      schema: {
        summary: "One story's materialised briefing: {schema, articles, stories: [Story], relations}",
        params: idParam,
        response: { 200: anyObject, ...errors },
      },
    },
    async (req) => {
      const briefing = await requireArchive(d).getBriefing(req.params.id);
      if (!briefing) throw new HttpError(404, `no story ${req.params.id}`);
      return briefing;
    },
  );

  app.get<{ Querystring: { q?: string; kind?: 'article' | 'story'; limit?: number; cursor?: string } }>(
    '/api/search',
    {
      schema: {
        summary: 'Full-text search over articles and stories, with matching spans; matching entities',
        querystring: { ...searchQuery, required: ['q'] },
        response: { 200: anyObject, ...errors },
      },
    },
    async (req) => {
      const archive = requireArchive(d);
      const q = (req.query.q ?? '').trim();
      if (!q) throw new HttpError(400, 'querystring q must not be empty');
      const [hits, entities] = await Promise.all([
        archive.search({ ...compact(req.query), q }),
        req.query.cursor ? Promise.resolve([]) : archive.findEntities(q, 10),
      ]);
      return { q, hits: hits.items, next: hits.next, entities };
    },
  );

  app.get<{ Querystring: { q: string; limit?: number } }>(
    '/api/entities',
    {
      schema: {
        summary: "Entities whose name or alias matches ('Lavrov' finds Sergei and Sergey Lavrov)",
        querystring: {
          type: 'object',
          required: ['q'],
          properties: { q: { type: 'string', minLength: 1, maxLength: 200 }, limit: limitCursor.limit },
        },
        response: { 200: anyObject, ...errors },
      },
    },
    async (req) => ({ entities: await requireArchive(d).findEntities(req.query.q, req.query.limit) }),
  );

  app.get<{ Params: { id: string }; Querystring: { limit?: number; cursor?: string } }>(
    '/api/entities/:id',
    {
      schema: {
        summary: "One entity's stories (paged, newest first) and quotes",
        params: idParam,
        querystring: { type: 'object', properties: limitCursor },
        response: { 200: anyObject, ...errors },
      },
    },
    async (req) => {
      const page = await requireArchive(d).getEntity(req.params.id, compact(req.query));
      if (!page) throw new HttpError(404, `no entity ${req.params.id}`);
      return {
        entity: page.entity,
        stories: page.stories.items,
        next: page.stories.next,
        quotes: page.quotes,
      };
    },
  );

  app.get(
    '/api/health',
    {
      schema: {
        summary: 'Liveness, version, workspace counts, running ingests and whether writes need a token',
        response: { 200: anyObject },
      },
    },
    async () => {
      const stats = d.workspace ? await d.workspace.stats() : null;
      const running = d.jobs.list().filter((j) => j.state === 'running').length;
      return {
        ok: true,
        version: d.version,
        workspace: stats,
        writes: d.access,
        ingests: { running, max: d.jobs.maxRunning },
        ...(d.queue ? { queue: await d.queue.stats() } : {}),
      };
    },
  );
}
