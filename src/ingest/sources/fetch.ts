// Fetching a URL safely: Node's fetch with the document's deadline as AbortSignal, redirects
// followed by hand (each hop's host checked before connecting, loops and long chains refused), and
// the body read as a stream that stops at the size limit.
import type { IngestConfig } from '../config.js';
import type { Deadline } from '../deadline.js';
import { IngestRejection, overLimit } from '../errors.js';
import { assertPublicHost, type Resolver } from './netguard.js';
import { readStreamCapped, tooBig } from './read.js';

export interface FetchDeps {
  fetch: typeof globalThis.fetch;
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
  extra: Record<string, string> = {},
): Promise<Response> {
  if (!config.allowPrivateNetwork) await assertPublicHost(url, deps.resolve);
  return deps.fetch(url, {
    redirect: 'manual',
    signal,
    headers: { 'user-agent': config.userAgent, accept: ACCEPT, ...extra },
  });
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
  opts: FetchOptions,
): Promise<Fetched> {
  const signal = deadline.signal();
  let current = httpUrl(input);
  const seen = new Set([current.href]);
  let permanent = true;
  for (let hops = 0; ; hops++) {
    const response = await request(current, config, signal, deps, opts.headers);
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
  try {
    return await fetchFollowing(input, config, deadline, deps, opts);
  } catch (e) {
    if (e instanceof IngestRejection) throw e;
    const name = (e as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw deadline.error();
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new IngestRejection(`fetch failed: ${cause?.code ?? cause?.message ?? (e as Error).message}`);
  }
}
