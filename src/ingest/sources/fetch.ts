// Fetching a URL safely: undici's fetch with the document's deadline as AbortSignal, redirects
// followed by hand (each hop checked: an address literal before the request, a name by the
// connection's own lookup, so the address checked is the one connected to; loops and long chains
// refused), and the body read as a stream that stops at the size limit.
import { isIP } from 'node:net';
import type { Dispatcher } from 'undici';
import type { IngestConfig } from '../config.js';
import type { Deadline } from '../deadline.js';
import { IngestRejection, overLimit } from '../errors.js';
import { assertPublicHost, type Resolver } from './netguard.js';
import { pinnedAgent } from './pinned.js';
import { readStreamCapped, tooBig } from './read.js';

/** `init.dispatcher`, when given, must carry the connections (it is where addresses are checked). */
export type FetchFn = (url: URL, init: RequestInit & { dispatcher?: Dispatcher }) => Promise<Response>;

export interface FetchDeps {
  fetch: FetchFn;
  resolve: Resolver;
}

export interface Fetched {
  bytes: Uint8Array;
  contentType: string | null;
  /** The URL after redirects. */
  url: string;
  /** 200-range, or 304 (empty body) when the request was conditional and nothing changed. */
  status: number;
  headers: Headers;
  /** Where every redirect was permanent (301, 308): the URL to use from now on; else null. */
  movedTo: string | null;
}

/** Extra request headers (a feed reader's If-None-Match, If-Modified-Since). */
export interface FetchOptions {
  headers?: Record<string, string>;
}

/** An HTTP error answer, with what a poller needs to schedule the next try. */
export class HttpStatusRejection extends IngestRejection {
  constructor(
    readonly status: number,
    statusText: string,
    /** The Retry-After header as sent (seconds or an HTTP date), or null. */
    readonly retryAfter: string | null,
  ) {
    super(`HTTP ${status}${statusText ? ` ${statusText}` : ''}`);
  }
}

const ACCEPT =
  'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';

function httpUrl(raw: string | URL, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new IngestRejection(`not a valid URL: ${String(raw)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new IngestRejection(`refused URL scheme ${url.protocol} (only http and https are fetched)`);
  }
  return url;
}

/** Where a redirect goes, refusing loops and chains longer than `maxRedirects`. */
function nextHop(
  response: Response,
  current: URL,
  seen: Set<string>,
  hops: number,
  config: IngestConfig,
): URL {
  const location = response.headers.get('location');
  if (!location) throw new IngestRejection(`HTTP ${response.status} redirect without a Location header`);
  const next = httpUrl(location, current);
  if (seen.has(next.href)) throw new IngestRejection(`redirect loop: ${next.href} was already visited`);
  if (hops >= config.maxRedirects) {
    throw overLimit('redirects', String(hops + 1), String(config.maxRedirects), '--max-redirects');
  }
  return next;
}

async function request(
  url: URL,
  config: IngestConfig,
  signal: AbortSignal,
  deps: FetchDeps,
  dispatcher: Dispatcher | undefined,
  extra: Record<string, string> = {},
): Promise<Response> {
  // A name is checked by the dispatcher's lookup when connecting; a literal address never looks up.
  const literal = isIP(url.hostname.replace(/^\[|\]$/g, '')) !== 0;
  if (!config.allowPrivateNetwork && literal) await assertPublicHost(url, deps.resolve);
  const init = {
    redirect: 'manual' as const,
    signal,
    headers: { 'user-agent': config.userAgent, accept: ACCEPT, ...extra },
    ...(dispatcher ? { dispatcher } : {}),
  };
  try {
    return await deps.fetch(url, init);
  } catch (e) {
    // A kept-alive connection the server closed while it sat idle fails the next request before
    // any answer (a busy process may not see the close in time). The request is a GET, so it is
    // sent once more, on a new connection, as browsers do; a second failure is the answer.
    if (signal.aborted || !beforeAnswer(e)) throw e;
    return deps.fetch(url, init);
  }
}

/** The connection failed before any response came (the cases a kept-alive connection closed by the server gives). */
const CLOSED_BEFORE_ANSWER = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);

function beforeAnswer(e: unknown): boolean {
  const code = (e as { cause?: { code?: unknown } }).cause?.code;
  return typeof code === 'string' && CLOSED_BEFORE_ANSWER.has(code);
}

async function body(response: Response, config: IngestConfig, deadline: Deadline): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > config.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooBig(declared, config.maxBytes);
  }
  if (!response.body) return new Uint8Array();
  return readStreamCapped(response.body as unknown as AsyncIterable<Uint8Array>, config.maxBytes, deadline);
}

const PERMANENT = new Set([301, 308]);

async function fetchFollowing(
  input: string,
  config: IngestConfig,
  deadline: Deadline,
  deps: FetchDeps,
  dispatcher: Dispatcher | undefined,
  opts: FetchOptions,
): Promise<Fetched> {
  const signal = deadline.signal();
  let current = httpUrl(input);
  const seen = new Set([current.href]);
  let permanent = true;
  for (let hops = 0; ; hops++) {
    const response = await request(current, config, signal, deps, dispatcher, opts.headers);
    if (response.status >= 300 && response.status < 400 && response.status !== 304) {
      await response.body?.cancel().catch(() => undefined);
      permanent &&= PERMANENT.has(response.status);
      current = nextHop(response, current, seen, hops, config);
      seen.add(current.href);
      continue;
    }
    const found = { url: current.href, status: response.status, headers: response.headers };
    const movedTo = permanent && hops > 0 ? current.href : null;
    if (response.status === 304) {
      await response.body?.cancel().catch(() => undefined);
      return { ...found, bytes: new Uint8Array(), contentType: null, movedTo };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new HttpStatusRejection(
        response.status,
        response.statusText,
        response.headers.get('retry-after'),
      );
    }
    const bytes = await body(response, config, deadline);
    return { ...found, bytes, contentType: response.headers.get('content-type'), movedTo };
  }
}

export async function fetchUrl(
  input: string,
  config: IngestConfig,
  deadline: Deadline,
  deps: FetchDeps,
  opts: FetchOptions = {},
): Promise<Fetched> {
  const agent = config.allowPrivateNetwork ? undefined : pinnedAgent(deps.resolve);
  try {
    return await fetchFollowing(input, config, deadline, deps, agent, opts);
  } catch (e) {
    if (e instanceof IngestRejection) throw e;
    const name = (e as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw deadline.error();
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    // undici's word for a body cut short (the server closed before Content-Length was sent).
    if ((e as Error).message === 'terminated') {
      throw new IngestRejection(
        `truncated response: the connection closed before the whole body was sent (${cause?.code ?? cause?.message ?? 'terminated'})`,
      );
    }
    // The lookup's refusal reaches us as the cause of undici's "fetch failed".
    if (cause instanceof IngestRejection) throw cause;
    throw new IngestRejection(`fetch failed: ${cause?.code ?? cause?.message ?? (e as Error).message}`);
  } finally {
    await agent?.destroy().catch(() => undefined);
  }
}
