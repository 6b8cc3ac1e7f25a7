import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fetch as undiciFetch } from 'undici';
import { createIngest } from './index.js';
import { pinnedAgent } from './sources/pinned.js';
import { collect, docs, FIXTURES, reasons } from './testing.js';

const PAGE_1252 = await readFile(join(FIXTURES, 'windows-1252-html/page.html'));
const RSS = await readFile(join(FIXTURES, 'rss2-content-encoded/feed.xml'));

type Route = (req: IncomingMessage, res: ServerResponse) => void;
const routes: Record<string, Route> = {
  '/page': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
    res.end(PAGE_1252);
  },
  '/feed': (_, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(RSS);
  },
  // A feed served as text/html: the content signature wins over the header.
  '/mislabelled-feed': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(RSS);
  },
  '/relative-feed': (_, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(
      '<rss version="2.0"><channel><title>T</title><item><title>A</title><link>/news/a</link><description>Body of A.</description></item></channel></rss>',
    );
  },
  '/moved': (_, res) => {
    res.writeHead(301, { location: '/page' });
    res.end();
  },
  '/loop-a': (_, res) => {
    res.writeHead(302, { location: '/loop-b' });
    res.end();
  },
  '/loop-b': (_, res) => {
    res.writeHead(302, { location: '/loop-a' });
    res.end();
  },
  '/huge': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    for (let i = 0; i < 64; i++) res.write(Buffer.alloc(32 * 1024, 0x61));
    res.end();
  },
  '/huge-declared': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(4 * 1024 * 1024) });
    res.end(Buffer.alloc(4 * 1024 * 1024, 0x61));
  },
  '/cut': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': '5000' });
    res.write('<html><body><p>Only the start of the page');
    setTimeout(() => res.socket?.destroy(), 20);
  },
  '/slow': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><body><p>Starting');
    // Never finishes: the deadline must cut it off.
  },
  '/missing': (_, res) => {
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<p>Not here</p>');
  },
  '/photo': (_, res) => {
    res.writeHead(200, { 'content-type': 'image/jpeg' });
    res.end(Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
  },
};
// Connections closed before any answer: once (a kept-alive connection the server dropped), and always.
const hits = { resetOnce: 0, resetAlways: 0 };
routes['/reset-once'] = (req, res) => {
  if (hits.resetOnce++ === 0) {
    req.socket.destroy();
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
  res.end(PAGE_1252);
};
routes['/reset-always'] = (req) => {
  hits.resetAlways++;
  req.socket.destroy();
};
for (let i = 0; i < 10; i++) {
  routes[`/chain-${i}`] = (_, res) => {
    res.writeHead(302, { location: `/chain-${i + 1}` });
    res.end();
  };
}

const server = createServer((req, res) => {
  const path = (req.url ?? '/').replace(/\?.*$/, '');
  const route = routes[path];
  if (route) route(req, res);
  else {
    res.writeHead(500);
    res.end();
  }
});
let base = '';
before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

const LOCAL = { allowPrivateNetwork: true };

test('a server on 127.0.0.1 is refused by default, with the reason and the flag that allows it', async () => {
  const out = await collect([`${base}/page`]);
  assert.deepEqual(reasons(out), [
    `refused to fetch ${new URL(base).host}: 127.0.0.1 is a loopback address (allow with --allow-private-network)`,
  ]);
});

test('with allowPrivateNetwork: an HTML page decoded by its HTTP charset, its URL in meta', async () => {
  const [page] = docs(await collect([`${base}/page`], LOCAL));
  assert.equal(page?.kind, 'html');
  assert.equal(page?.input, `${base}/page`);
  assert.equal(page?.meta.url, `${base}/page`);
  assert.match(page!.content, /Café owners “welcome” new rules/);
});

test('content type picks the kind, and sniffing checks it', async () => {
  // Every item is kept, the one with only a title and a link too.
  assert.equal(docs(await collect([`${base}/feed`], LOCAL)).length, 3);
  const mislabelled = docs(await collect([`${base}/mislabelled-feed`], LOCAL));
  assert.deepEqual(
    mislabelled.map((d) => d.kind),
    ['feed', 'feed', 'feed'],
  );
});

test('relative item links in a fetched feed are resolved against the feed URL', async () => {
  const [item] = docs(await collect([`${base}/relative-feed`], LOCAL));
  assert.equal(item?.meta.url, `${base}/news/a`);
});

test('redirects are followed by hand; the final URL is kept, the input as given', async () => {
  const [page] = docs(await collect([`${base}/moved`], LOCAL));
  assert.equal(page?.input, `${base}/moved`);
  assert.equal(page?.meta.url, `${base}/page`);
});

test('a redirect loop and a chain longer than --max-redirects are refused', async () => {
  assert.deepEqual(reasons(await collect([`${base}/loop-a`], LOCAL)), [
    `redirect loop: ${base}/loop-a was already visited`,
  ]);
  assert.deepEqual(reasons(await collect([`${base}/chain-0`], { ...LOCAL, maxRedirects: 3 })), [
    'redirects 4 over 3 limit (--max-redirects)',
  ]);
});

test('an oversize body is cut off while streaming, or refused by its Content-Length', async () => {
  const limit = { ...LOCAL, maxBytes: 1024 * 1024 };
  assert.deepEqual(reasons(await collect([`${base}/huge`], limit)), ['size over 1 MB limit (--max-bytes)']);
  assert.deepEqual(reasons(await collect([`${base}/huge-declared`], limit)), [
    'size 4 MB over 1 MB limit (--max-bytes)',
  ]);
});

test('a slow server hits the timeout', async () => {
  const started = performance.now();
  const [reason] = reasons(await collect([`${base}/slow`], { ...LOCAL, timeoutMs: 300 }));
  assert.match(reason!, /^time \d+ ms over 300 ms limit \(--timeout\)$/);
  assert.ok(performance.now() - started < 3000);
});

test('a body cut short by the server ends that document with a reason, and the batch goes on', async () => {
  const out = await collect([`${base}/cut`, `${base}/page`], LOCAL);
  assert.deepEqual(reasons(out), [
    'truncated response: the connection closed before the whole body was sent (UND_ERR_SOCKET)',
  ]);
  assert.equal(docs(out).length, 1);
});

test('a connection closed before any answer is tried once more; a second close is the reason given', async () => {
  const once = await collect([`${base}/reset-once`], LOCAL);
  assert.deepEqual(reasons(once), []);
  assert.equal(docs(once).length, 1);
  assert.equal(hits.resetOnce, 2);
  assert.deepEqual(reasons(await collect([`${base}/reset-always`], LOCAL)), ['fetch failed: UND_ERR_SOCKET']);
  assert.equal(hits.resetAlways, 2, 'one retry, not more');
});

test('HTTP errors and non-document content types are refused', async () => {
  assert.deepEqual(reasons(await collect([`${base}/missing`], LOCAL)), ['HTTP 404 Not Found']);
  assert.deepEqual(reasons(await collect([`${base}/photo`], LOCAL)), [
    'content type image/jpeg is not a text or markup document',
  ]);
});

test('a public name that resolves to a private address is refused by the connection lookup, before connecting', async () => {
  let lookups = 0;
  const stage = createIngest({
    resolve: async () => {
      lookups++;
      return ['93.184.216.34', '10.1.2.3'];
    },
  });
  assert.deepEqual(reasons(await collect(['https://news.example/story'], {}, stage)), [
    'refused to fetch news.example: 10.1.2.3 is a private address (allow with --allow-private-network)',
  ]);
  assert.equal(lookups, 1);
});

test('the address checked is the address connected to: the name is resolved once, by the connection', async () => {
  const port = new URL(base).port;
  const asked: string[] = [];
  const resolve = async (host: string) => {
    asked.push(host);
    return ['127.0.0.1'];
  };
  // A check that lets loopback through, so the test server is reachable under a name no DNS knows.
  const agent = pinnedAgent(resolve, (address) => (address === '127.0.0.1' ? null : 'not the test server'));
  try {
    const res = await undiciFetch(`http://news.invalid:${port}/page`, { dispatcher: agent });
    assert.equal(res.status, 200);
    assert.match(await res.text(), /Caf. owners/);
  } finally {
    await agent.destroy();
  }
  assert.deepEqual(asked, ['news.invalid']);
  // And a check that refuses it: the request never reaches the server.
  const refusing = pinnedAgent(resolve);
  try {
    await assert.rejects(
      undiciFetch(`http://news.invalid:${port}/page`, { dispatcher: refusing }),
      (e: Error) => /127\.0\.0\.1 is a loopback address/.test(String((e.cause as Error)?.message)),
    );
  } finally {
    await refusing.destroy();
  }
});

test('a redirect from a public host to a private one is refused at the hop', async () => {
  const seen: string[] = [];
  const stage = createIngest({
    resolve: async () => ['93.184.216.34'],
    fetch: async (url) => {
      seen.push(String(url));
      return new Response(null, {
        status: 302,
        headers: { location: 'http://[::ffff:127.0.0.1]:8080/admin' },
      });
    },
  });
  assert.deepEqual(reasons(await collect(['https://news.example/story'], {}, stage)), [
    'refused to fetch [::ffff:7f00:1]:8080: ::ffff:7f00:1 is a loopback address (allow with --allow-private-network)',
  ]);
  assert.deepEqual(seen, ['https://news.example/story']);
});
