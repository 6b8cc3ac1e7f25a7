// Server-sent events: `change` when the workspace's counts move (any process), `job` when an ingest
// job of this server progresses or ends. Streams are closed when the server closes.
import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../deps.js';

const KEEP_ALIVE_MS = 15000;

export function eventRoutes(app: FastifyInstance, d: Deps): void {
  const open = new Set<ServerResponse>();
  const offJobs = d.jobs.onChange((job) => d.feed.publish('job', job));
  app.addHook('preClose', async () => {
    offJobs();
    for (const res of open) res.end();
    d.feed.stop();
  });

  app.get(
    '/api/events',
    {
      schema: {
        summary: 'Server-sent events: "change" (workspace counts) and "job" (ingest progress)',
        produces: ['text/event-stream'],
      },
    },
    (_req, reply) => {
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-content-type-options': 'nosniff',
      });
      res.write('retry: 3000\n\n');
      open.add(res);
      const off = d.feed.subscribe((event, data) =>
        res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`),
      );
      const beat = setInterval(() => res.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
      beat.unref();
      // The response's close is the client going away; the request's fires once its (empty) body is read.
      res.on('close', () => {
        off();
        clearInterval(beat);
        open.delete(res);
      });
    },
  );
}
