// One place where errors become HTTP answers: expected ones with their status and a one-line
// message, anything else a 500 without internals. The API answers application/problem+json
// (RFC 9457); the pages answer a small HTML page saying the same.
import { STATUS_CODES } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorPage } from './views/error.js';

export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    message: string,
    /** Extra response headers, e.g. Retry-After on a 429. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
}

/** The status and one-line detail of any error; a bug's internals never reach the client. */
export function toProblem(error: unknown): Problem & { headers: Record<string, string> } {
  const problem = (status: number, detail: string, headers: Record<string, string> = {}) => ({
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    // One line, whatever a library's message held.
    detail: detail.split(/\r?\n/)[0]!.trim() || (STATUS_CODES[status] ?? 'error'),
    headers,
  });
  if (error instanceof HttpError) return problem(error.status, error.message, error.headers);
  // The archive's stores answer a cursor they did not give out with a RangeError naming it.
  if (error instanceof RangeError && /cursor/.test(error.message)) return problem(400, error.message);
  const e = error as { statusCode?: number; code?: string; message?: string };
  // fastify's own client errors: validation, body too large, bad JSON, wrong content type.
  if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return problem(413, 'the request body is larger than this server accepts');
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500)
    return problem(e.statusCode, e.message ?? 'bad request');
  return problem(500, 'internal error');
}

export function replyError(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  const { headers, ...p } = toProblem(error);
  reply.code(p.status).headers(headers);
  if (!request.url.startsWith('/api/') && request.method === 'GET')
    return reply.type('text/html; charset=utf-8').send(errorPage(p.status, p.title, p.detail));
  return reply.type('application/problem+json; charset=utf-8').send(JSON.stringify(p));
}
