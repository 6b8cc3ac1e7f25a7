// What keeps the application safe to run on a desk: a content security policy that lets only our
// own /assets script and style run, and a guard on every route that changes the workspace (a
// bearer token when set, refused outright when listening beyond loopback without one, and never
// from another site's page: a form elsewhere cannot post into a desk on 127.0.0.1).
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from './errors.js';

export type WriteAccess = 'open' | 'token' | 'disabled';

export const PAGE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export function writeAccess(opts: { token?: string; host?: string }): WriteAccess {
  if (opts.token) return 'token';
  return opts.host === undefined || isLoopback(opts.host) ? 'open' : 'disabled';
}

/** Headers every answer carries; HTML gets the page policy unless its route set its own. */
export function securityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('text/html') && !reply.hasHeader('content-security-policy'))
      reply.header('content-security-policy', PAGE_POLICY);
    return payload;
  });
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A preHandler for routes that add to or delete from the workspace. */
export function writeGuard(access: WriteAccess, token: string | undefined) {
  return async (req: FastifyRequest): Promise<void> => {
    if (req.headers['sec-fetch-site'] === 'cross-site')
      throw new HttpError(403, 'writes from another site are refused');
    const origin = req.headers.origin;
    if (origin && origin !== 'null' && new URL(origin).host !== req.headers.host)
      throw new HttpError(403, `writes from ${origin} are refused`);
    if (access === 'disabled')
      throw new HttpError(
        403,
        'this server listens beyond loopback without --token, so it accepts no writes',
      );
    if (access === 'token') {
      const given = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
      if (!sameToken(given, token ?? ''))
        throw new HttpError(401, 'this route needs the server token (Authorization: Bearer …)', {
          'www-authenticate': 'Bearer',
        });
    }
  };
}
