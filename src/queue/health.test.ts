// The server's health route carries the queue's statistics when it is given a provider (a
// PostgreSQL workspace), and nothing of the queue otherwise.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { defaultConfig } from '../config/index.js';
import { buildServer } from '../server/index.js';

const context = () => ({
  config: defaultConfig(),
  now: new Date(),
  reporter: { skipped() {}, progress() {}, warn() {} },
});

it('GET /api/health adds the queue statistics a provider gives', async () => {
  const stats = { queued: 3, running: 1, failed: 0, done: 7 };
  const app = buildServer({ context, queue: { stats: async () => stats } });
  const res = await app.inject({ method: 'GET', url: '/api/health' });
  assert.equal(res.statusCode, 200);
  assert.deepEqual(res.json().queue, stats);
  await app.close();
  const plain = buildServer({ context });
  const res2 = await plain.inject({ method: 'GET', url: '/api/health' });
  assert.equal(res2.json().queue, undefined);
  await plain.close();
});
