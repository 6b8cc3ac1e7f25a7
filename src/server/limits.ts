// What keeps one client from taking the server down, registered from app.ts in one line:
//   1. a body not received whole within `bodyTimeoutMs` is refused with 408 (slow-loris uploads);
//   2. a body over fastify's bodyLimit is refused with 413 (fastify's own check, mapped in errors.ts);
//   3. the routes that run the pipeline admit at most `maxConcurrentIngests` requests at once each;
//      the next is refused with 429 and Retry-After rather than queued without bound.
import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ServerConfig } from './config.js';
import { HttpError } from './errors.js';

/** The routes whose handler runs the whole pipeline (CPU and memory per request). */
export const PIPELINE_ROUTES: ReadonlySet<string> = new Set(['POST /api/ingest', 'POST /api/analyze']);

/** A count of running requests per route; `enter` says whether one more may start. */
export function createLimiter(max: number) {
  const running = new Map<string, number>();
  return {
    running: (route: string): number => running.get(route) ?? 0,
    enter(route: string): boolean {
      const now = running.get(route) ?? 0;
      if (now >= max) return false;
      running.set(route, now + 1);
      return true;
    },
    leave(route: string): void {
      running.set(route, Math.max(0, (running.get(route) ?? 0) - 1));
    },
  };
}

function routeKey(req: FastifyRequest): string {
  return `${req.method} ${req.routeOptions.url ?? req.url}`;
}

/** Admits a pipeline request or answers 429; the slot is freed once, however the request ends. */
function admit(limiter: ReturnType<typeof createLimiter>, config: ServerConfig) {
  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const route = routeKey(req);
    if (!PIPELINE_ROUTES.has(route)) return;
    if (!limiter.enter(route)) {
      reply.header('retry-after', String(config.retryAfterSeconds));
      throw new HttpError(
        429,
        `too many requests: ${config.maxConcurrentIngests} ${route} already running (retry after ${config.retryAfterSeconds} s)`,
      );
    }
    let left = false;
    const leave = () => {
      if (!left) limiter.leave(route);
      left = true;
    };
    reply.raw.once('close', leave);
    reply.raw.once('finish', leave);
  };
}

/** The body stream, destroyed with a 408 when it has not ended within `ms`. */
function timedBody(payload: NodeJS.ReadableStream & { receivedEncodedLength?: number }, ms: number) {
  const out = new PassThrough() as PassThrough & { receivedEncodedLength?: number };
  const timer = setTimeout(() => {
    const error = Object.assign(new Error(`request body not received within ${ms} ms`), { statusCode: 408 });
    out.destroy(error);
  }, ms);
  timer.unref();
  payload.on('data', () => {
    out.receivedEncodedLength = payload.receivedEncodedLength;
  });
  const stop = () => clearTimeout(timer);
  payload.once('end', stop);
  payload.once('close', stop);
  out.once('close', stop);
  // Once fastify has given up on the body (413, a parse error) nobody listens: the late error is dropped.
  out.on('error', () => undefined);
  payload.once('error', (e) => {
    clearTimeout(timer);
    out.destroy(e);
  });
  payload.pipe(out);
  return out;
}

export function registerLimits(app: FastifyInstance, config: ServerConfig): ReturnType<typeof createLimiter> {
  const limiter = createLimiter(config.maxConcurrentIngests);
  app.addHook('onRequest', admit(limiter, config));
  app.addHook('preParsing', async (_req, _reply, payload) => timedBody(payload, config.bodyTimeoutMs));
  return limiter;
}
