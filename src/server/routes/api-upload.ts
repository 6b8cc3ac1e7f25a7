// Uploading a file (text, HTML, feed, JSON Lines, WARC, gzipped or not): the raw bytes are the
// body, the file name a query parameter. The file is written to a private temporary folder and
// ingested as a background job like any input given on the command line; kinds are told by content.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { ingest } from '../../ingest/index.js';
import type { RawDocument } from '../../types/article.js';
import type { Context, Outcome } from '../../types/stages.js';
import { addDocuments } from '../../workspace/index.js';
import { type Deps, requireWorkspace } from '../deps.js';
import { HttpError } from '../errors.js';
import { errors, job, problem } from './schemas.js';

/** A file name safe to write: no folders, no leading dots, its extensions kept (they hint the kind). */
export function safeName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[^\w.-]+/g, '_').replace(/^\.+/, '');
  return clean.slice(-120) || 'upload';
}

/** The documents of the uploaded file, named `upload:NAME` rather than by the temporary path. */
async function* named(
  source: AsyncIterable<Outcome<RawDocument>>,
  dir: string,
): AsyncIterable<Outcome<RawDocument>> {
  const rename = (input: string) => (input.startsWith(dir) ? `upload:${input.slice(dir.length + 1)}` : input);
  for await (const o of source)
    yield o.status === 'ok'
      ? { ...o, value: { ...o.value, input: rename(o.value.input) } }
      : { ...o, input: rename(o.input) };
}

export function uploadRoutes(app: FastifyInstance, d: Deps): void {
  app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/octet-stream',
      { parseAs: 'buffer', bodyLimit: d.uploadLimit },
      (_req, body, done) => done(null, body),
    );
    scope.post<{ Querystring: { name: string } }>(
      '/api/uploads',
      {
        preHandler: d.guard,
        bodyLimit: d.uploadLimit,
        schema: {
          security: [{ bearer: [] }],
          summary:
            'Upload one file (application/octet-stream) and ingest it in the background: 202 with the job',
          querystring: {
            type: 'object',
            required: ['name'],
            properties: { name: { type: 'string', minLength: 1, maxLength: 255 } },
          },
          response: { 202: job, ...errors, 401: problem, 403: problem, 413: problem, 429: problem },
        },
      },
      async (req, reply) => {
        const ws = requireWorkspace(d);
        const body = req.body;
        if (!Buffer.isBuffer(body) || body.length === 0)
          throw new HttpError(400, 'the upload is empty (send the file as application/octet-stream)');
        // Refuse before writing anything when every ingest slot is taken.
        d.jobs.claim()();
        const dir = await mkdtemp(join(tmpdir(), 'newsfuse-upload-'));
        const path = join(dir, safeName(req.query.name));
        await writeFile(path, body);
        const work = (ctx: Context) => addDocuments(named(ingest([path], ctx), dir), ws, ctx);
        const started = d.jobs.start(`upload ${safeName(req.query.name)}`, work, () =>
          rm(dir, { recursive: true, force: true }),
        );
        return reply.code(202).header('location', `/api/jobs/${started.id}`).send(started);
      },
    );
  });
}
