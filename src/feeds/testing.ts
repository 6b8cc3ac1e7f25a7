// Shared by this folder's tests: a feed site on 127.0.0.1 whose answers change between rounds, a
// workspace in a temporary folder, and a context with private addresses allowed and a short timeout.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defaultConfig } from '../config/index.js';
import type { Context } from '../types/stages.js';

export type Route = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface Site {
  base: string;
  routes: Map<string, Route>;
  /** Requests seen per path, with their conditional headers. */
  hits: { path: string; ifNoneMatch: string | null; userAgent: string | null }[];
  close(): Promise<void>;
}

export async function startSite(): Promise<Site> {
  const routes = new Map<string, Route>();
  const hits: Site['hits'] = [];
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.push({
      path,
      ifNoneMatch: (req.headers['if-none-match'] as string | undefined) ?? null,
      userAgent: req.headers['user-agent'] ?? null,
    });
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    await route(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    routes,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A feed answered with its ETag, and 304 when the request already has it. */
export function feedRoute(body: () => string, etag: () => string, opts: { gzip?: boolean } = {}): Route {
  return (req, res) => {
    if (req.headers['if-none-match'] === etag()) {
      res.writeHead(304, { etag: etag() }).end();
      return;
    }
    const headers: Record<string, string> = {
      'content-type': 'application/rss+xml; charset=utf-8',
      etag: etag(),
    };
    if (opts.gzip) {
      headers['content-encoding'] = 'gzip';
      res.writeHead(200, headers).end(gzipSync(body()));
    } else res.writeHead(200, headers).end(body());
  };
}

export function page(html: string, status = 200): Route {
  return (_, res) => {
    res
      .writeHead(status, { 'content-type': 'text/html; charset=utf-8' })
      .end(status === 200 ? html : 'error');
  };
}

export interface RssItem {
  title: string;
  link?: string;
  guid?: string;
  description?: string;
  content?: string;
  pubDate?: string;
}

export function rss(title: string, items: readonly RssItem[], head = '', language = 'en'): string {
  const item = (i: RssItem) =>
    [
      '<item>',
      `<title>${i.title}</title>`,
      i.link ? `<link>${i.link.replace(/&/g, '&amp;')}</link>` : '',
      i.guid ? `<guid isPermaLink="false">${i.guid}</guid>` : '',
      i.description ? `<description>${i.description}</description>` : '',
      i.content ? `<content:encoded><![CDATA[${i.content}]]></content:encoded>` : '',
      i.pubDate ? `<pubDate>${i.pubDate}</pubDate>` : '',
      '</item>',
    ].join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
<channel><title>${title}</title><link>https://example.org/</link><language>${language}</language>${head}
${items.map(item).join('\n')}
</channel></rss>`;
}

/** A context at `now`, fetching from 127.0.0.1, with a short timeout and no worker threads. */
export function feedContext(now: Date, feeds: Partial<Context['config']['feeds']> = {}): Context {
  const c = defaultConfig();
  return {
    config: {
      ...c,
      runtime: { ...c.runtime, workers: 1 },
      ingest: { ...c.ingest, allowPrivateNetwork: true, timeoutMs: 3000 },
      feeds: { ...c.feeds, ...feeds },
    },
    now,
    reporter: { skipped() {}, progress() {}, warn() {} },
  };
}

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `newsfuse-${prefix}-`));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A news page as publishers serve it: headline, byline-free body of several paragraphs. */
export function articlePage(title: string, paragraphs: readonly string[], extraHead = ''): string {
  return `<!DOCTYPE html><html><head><title>${title}</title>${extraHead}</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer>© Example News</footer></body></html>`;
}
