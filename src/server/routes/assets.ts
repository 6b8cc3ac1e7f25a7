// The page's one script and one stylesheet, read once from src/server/assets (or dist/server/assets,
// where the build copies them) and served with an ETag.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../errors.js';

const FILES: Record<string, string> = {
  'app.js': 'text/javascript; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
};
const DIR = new URL('../assets/', import.meta.url);

export function assetRoutes(app: FastifyInstance): void {
  const assets = new Map(
    Object.entries(FILES).map(([name, type]) => {
      const body = readFileSync(new URL(name, DIR));
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`;
      return [name, { body, type, etag }] as const;
    }),
  );
  // Browsers ask for it on every site; there is none, and saying so without a 404 keeps logs quiet.
  app.get('/favicon.ico', { schema: { hide: true } }, async (_req, reply) => reply.code(204).send());
  app.get<{ Params: { name: string } }>('/assets/:name', { schema: { hide: true } }, async (req, reply) => {
    const asset = assets.get(req.params.name);
    if (!asset) throw new HttpError(404, `no asset ${req.params.name}`);
    reply.header('etag', asset.etag).header('cache-control', 'no-cache');
    if (req.headers['if-none-match'] === asset.etag) return reply.code(304).send();
    return reply.type(asset.type).send(asset.body);
  });
}
