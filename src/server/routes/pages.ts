// The server-rendered pages. Each reads the archive only (the index, one materialised briefing,
// search) and answers HTML readable without JavaScript.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { StoryQuery } from '../../types/archive.js';
import { compact, type Deps, requireArchive } from '../deps.js';
import { HttpError } from '../errors.js';
import { addPage } from '../views/add.js';
import { entityPage } from '../views/entity.js';
import { listPage } from '../views/list.js';
import { searchPage } from '../views/search.js';
import { storyPage } from '../views/story.js';
import { idParam, limitCursor, searchQuery, storyQuery } from './schemas.js';

const html = (reply: FastifyReply, body: string) =>
  reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(body);
const hide = { hide: true } as const;

export function pageRoutes(app: FastifyInstance, d: Deps): void {
  app.get<{ Querystring: StoryQuery }>(
    '/',
    { schema: { ...hide, querystring: storyQuery } },
    async (req, reply) => {
      const archive = requireArchive(d);
      const query = compact(req.query);
      const page = await archive.listStories(query);
      const entityName = query.entity
        ? (page.items.flatMap((s) => s.topEntities).find((e) => e.id === query.entity)?.name ??
          (await archive.getEntity(query.entity, { limit: 1 }))?.entity.name)
        : undefined;
      return html(reply, listPage({ page, query, entityName, writes: d.access }));
    },
  );

  app.get<{ Params: { id: string } }>(
    '/stories/:id',
    { schema: { ...hide, params: idParam } },
    async (req, reply) => {
      const briefing = await requireArchive(d).getBriefing(req.params.id);
      if (!briefing?.stories.length) throw new HttpError(404, `no story ${req.params.id}`);
      return html(reply, storyPage(briefing));
    },
  );

  app.get<{ Querystring: { q?: string; kind?: 'article' | 'story'; limit?: number; cursor?: string } }>(
    '/search',
    { schema: { ...hide, querystring: searchQuery } },
    async (req, reply) => {
      const archive = requireArchive(d);
      const q = (req.query.q ?? '').trim();
      const query = compact(req.query);
      const [hits, entities] = q
        ? await Promise.all([archive.search({ ...query, q }), query.cursor ? [] : archive.findEntities(q, 8)])
        : [{ items: [], next: null }, []];
      return html(reply, searchPage({ q, kind: query.kind, hits, entities, cursor: query.cursor }));
    },
  );

  app.get<{ Params: { id: string }; Querystring: { limit?: number; cursor?: string } }>(
    '/entities/:id',
    { schema: { ...hide, params: idParam, querystring: { type: 'object', properties: limitCursor } } },
    async (req, reply) => {
      const page = await requireArchive(d).getEntity(req.params.id, compact(req.query));
      if (!page) throw new HttpError(404, `no entity ${req.params.id}`);
      return html(reply, entityPage(page));
    },
  );

  app.get('/add', { schema: hide }, async (_req, reply) => {
    requireArchive(d);
    return html(reply, addPage(d.access));
  });
}
