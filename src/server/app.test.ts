import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { defaultConfig } from '../config/index.js';
import { repoRoot } from '../eval/data.js';
import { openWorkspace } from '../store/index.js';
import type { Context } from '../types/stages.js';
import { buildServer } from './app.js';

const context = (): Context => ({
  config: { ...defaultConfig(), runtime: { ...defaultConfig().runtime, workers: 1 } },
  now: new Date('2026-01-01T00:00:00Z'),
  reporter: { skipped() {}, progress() {}, warn() {} },
});
const example = join(repoRoot, 'examples', 'geneva-2022');
const documents = readdirSync(example)
  .sort()
  .map((f) => ({ text: readFileSync(join(example, f), 'utf8') }));

describe('the JSON API without a workspace', () => {
  const app = buildServer({ context, version: 'test' });
  after(() => app.close());

  it('reports health', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/health' });
    assert.equal(r.statusCode, 200);
    assert.deepEqual(r.json(), {
      ok: true,
      version: 'test',
      workspace: null,
      writes: 'open',
      ingests: { running: 0, max: 2 },
    });
  });

  it('analyses posted documents into the contract JSON', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/analyze', payload: { documents } });
    assert.equal(r.statusCode, 200, r.body);
    const body = r.json() as { schema: string; articles: unknown[]; stories: { headline: string }[] };
    assert.equal(body.schema, 'newsfuse/analysis@1');
    assert.equal(body.articles.length, 5);
    assert.ok(body.stories.length >= 1);
  });

  it('renders markdown on request', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/analyze?format=md', payload: { documents } });
    assert.equal(r.statusCode, 200);
    assert.match(r.headers['content-type'] as string, /text\/markdown/);
    assert.match(r.body, /Lavrov/);
  });

  it('answers a bad body with 400 naming the field', async () => {
    const missing = await app.inject({
      method: 'POST',
      url: '/api/analyze',
      payload: { documents: [{ title: 'x' }] },
    });
    assert.equal(missing.statusCode, 400);
    assert.match(missing.headers['content-type'] as string, /^application\/problem\+json/);
    assert.match((missing.json() as { detail: string }).detail, /documents\.0.*needs "text" or "html"/);
    const badDate = await app.inject({
      method: 'POST',
      url: '/api/analyze',
      payload: { documents: [{ text: 'x', published: 'Friday' }] },
    });
    assert.equal(badDate.statusCode, 400);
    assert.match((badDate.json() as { detail: string }).detail, /published/);
    const notJson = await app.inject({
      method: 'POST',
      url: '/api/analyze',
      headers: { 'content-type': 'application/json' },
      payload: '{"documents": [',
    });
    assert.equal(notJson.statusCode, 400);
    const format = await app.inject({
      method: 'POST',
      url: '/api/analyze?format=pdf',
      payload: { documents },
    });
    assert.equal(format.statusCode, 400);
  });

  it('answers 404 for unknown routes and for workspace routes without a workspace', async () => {
    assert.equal((await app.inject({ method: 'GET', url: '/nope' })).statusCode, 404);
    const r = await app.inject({ method: 'GET', url: '/api/stories' });
    assert.equal(r.statusCode, 404);
    assert.match((r.json() as { detail: string }).detail, /no workspace/);
  });
});

describe('the JSON API on a workspace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsfuse-server-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('ingests once, lists stories, serves one story and the pages', async () => {
    const ws = await openWorkspace(join(dir, 'ws.db'));
    const app = buildServer({ context, workspace: ws });
    try {
      const first = await app.inject({ method: 'POST', url: '/api/ingest', payload: { documents } });
      assert.equal(first.statusCode, 200, first.body);
      assert.equal((first.json() as { added: number }).added, 5);
      const again = await app.inject({ method: 'POST', url: '/api/ingest', payload: { documents } });
      assert.deepEqual((again.json() as { added: number; alreadyStored: number }).added, 0);
      const list = (await app.inject({ method: 'GET', url: '/api/stories' })).json() as {
        stories: { id: string }[];
      };
      assert.ok(list.stories.length >= 1);
      const one = await app.inject({ method: 'GET', url: `/api/stories/${list.stories[0]!.id}` });
      assert.equal(one.statusCode, 200);
      assert.equal((await app.inject({ method: 'GET', url: '/api/stories/s-missing' })).statusCode, 404);
      const page = await app.inject({ method: 'GET', url: '/' });
      assert.equal(page.statusCode, 200);
      assert.match(page.headers['content-type'] as string, /text\/html/);
      assert.match(page.body, /Blinken/);
      assert.match(page.headers['content-security-policy'] as string, /script-src 'self'/);
      assert.doesNotMatch(page.body, /<script>|<style>| on\w+=/);
    } finally {
      await app.close();
      await ws.close();
    }
  });
});
