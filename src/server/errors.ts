// One place where errors become HTTP answers: expected ones with their status and a one-line
// message, anything else a 500 without internals.
import type { FastifyReply } from 'fastify';

export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function replyError(reply: FastifyReply, error: unknown): FastifyReply {
  if (error instanceof HttpError) return reply.code(error.status).send({ error: error.message });
  const e = error as { statusCode?: number; code?: string; message?: string };
  // fastify's own client errors: body too large, bad JSON, wrong content type.
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500)
    return reply.code(e.statusCode).send({ error: e.message ?? 'bad request' });
  return reply.code(500).send({ error: 'internal error' });
}
