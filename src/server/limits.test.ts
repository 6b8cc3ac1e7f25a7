import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { defaultConfig } from '../config/index.js';
import type { Context } from '../types/stages.js';
import { buildServer } from './app.js';

const context = (): Context => {
  const config = defaultConfig();
  return {
    config: {
      ...config,
      runtime: { ...config.runtime, workers: 1 },
      server: { ...config.server, maxConcurrentIngests: 1, bodyTimeoutMs: 400, retryAfterSeconds: 3 },
    },
    now: new Date('2026-01-01T00:00:00Z'),
    reporter: { skipped() {}, progress() {}, warn() {} },
  };
};

/** Sends raw bytes and resolves with the status line and headers of the answer. */
function rawRequest(port: number, head: string, body: string, holdMs = 0): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(head + body);
    });
    let answer = '';
    socket.on('data', (d) => {
      answer += d.toString('latin1');
    });
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
    if (holdMs) setTimeout(() => socket.destroy(), holdMs);
  });
}

describe('server limits on a real socket', () => {
  const app = buildServer({ context, bodyLimit: 64 * 1024 });
  let port = 0;
  before(async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as { port: number }).port;
  });
  after(() => app.close());

  const slowHead = (path: string) =>
    `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n`;

  it('a body not received whole in time is refused with 408', async () => {
    const started = performance.now();
    const answer = await rawRequest(port, slowHead('/api/analyze'), '{"documents":', 5000);
    assert.match(answer, /^HTTP\/1\.1 408 /);
    assert.match(answer, /request body not received within 400 ms/);
    assert.ok(performance.now() - started < 3000);
  });

  it('a second concurrent pipeline request is refused with 429 and Retry-After; the slot is freed after', async () => {
    const holding = rawRequest(port, slowHead('/api/analyze'), '{"documents":', 5000);
    await new Promise((r) => setTimeout(r, 100));
    const refused = await fetch(`http://127.0.0.1:${port}/api/analyze`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ documents: [{ text: 'A short note.' }] }),
    });
    assert.equal(refused.status, 429);
    assert.equal(refused.headers.get('retry-after'), '3');
    assert.match(
      ((await refused.json()) as { detail: string }).detail,
      /^too many requests: 1 POST \/api\/analyze/,
    );
    assert.match(await holding, /^HTTP\/1\.1 408 /);
    const next = await fetch(`http://127.0.0.1:${port}/api/analyze`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        documents: [{ text: 'Ministers agreed a new budget on Tuesday after a long debate.' }],
      }),
    });
    assert.equal(next.status, 200);
  });

  it('a body over the limit is refused with 413, reads are never limited', async () => {
    const big = await fetch(`http://127.0.0.1:${port}/api/analyze`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ documents: [{ text: 'x'.repeat(100 * 1024) }] }),
    });
    assert.equal(big.status, 413);
    const health = await Promise.all([1, 2, 3].map(() => fetch(`http://127.0.0.1:${port}/api/health`)));
    assert.deepEqual(
      health.map((r) => r.status),
      [200, 200, 200],
    );
  });
});

describe('posted documents meet the article-size limit', () => {
  const small = (): Context => {
    const ctx = context();
    return { ...ctx, config: { ...ctx.config, ingest: { ...ctx.config.ingest, maxArticleChars: 2000 } } };
  };
  const app = buildServer({ context: small });
  after(() => app.close());

  it('a posted text over --max-article-chars is skipped with its size named', async () => {
    const documents = [
      { text: 'The council approved the budget on Tuesday. '.repeat(100), url: 'https://a.example/long' },
      { text: 'Ministers agreed a new budget on Tuesday after a long debate in parliament.' },
    ];
    const r = await app.inject({ method: 'POST', url: '/api/analyze', payload: { documents } });
    assert.equal(r.statusCode, 200, r.body);
    const body = r.json() as { articles: unknown[]; skipped: { input: string; reason: string }[] };
    assert.equal(body.articles.length, 1);
    assert.deepEqual(body.skipped, [
      {
        input: 'https://a.example/long',
        reason: 'article size 4,400 characters over 2,000 limit (--max-article-chars)',
      },
    ]);
  });
});
