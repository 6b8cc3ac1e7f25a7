// The application's routes in-process (app.inject, no port): the index API with cursors and
// filters, one story, search and entities, the pages, OpenAPI, errors as problem+json, and the
// guards on writing routes (token, other sites, body size, concurrent ingests).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { StoryIndexEntry } from '../types/archive.js';
import type { Workspace } from '../types/store.js';
import { buildServer } from './app.js';
import { context, genevaDesk } from './fixtures/desk.js';

let desk: { ws: Workspace; close: () => Promise<void> };
let app: FastifyInstance;
before(async () => {
  desk = await genevaDesk();
  app = buildServer({ context, workspace: desk.ws, version: 'test' });
});
after(async () => {
  await app.close();
  await desk.close();
});

const get = (url: string) => app.inject({ method: 'GET', url });

describe('the read API', () => {
  it('lists the story index with a cursor, never more than the limit', async () => {
    const r = await get('/api/stories?limit=1');
    assert.equal(r.statusCode, 200);
    const body = r.json() as { stories: StoryIndexEntry[]; next: string | null };
    assert.equal(body.stories.length, 1);
    const s = body.stories[0]!;
    assert.equal(s.articles, 5);
    assert.ok(s.origins >= 1 && s.origins <= 5);
    assert.deepEqual(
      s.perDay.map((d) => d.day),
      ['2022-01-21', '2022-01-22'],
    );
    assert.ok(s.topEntities.some((e) => e.name === 'Sergei Lavrov'));
    assert.equal(body.next, null);
  });

  it('filters by date, entity, language and outlet', async () => {
    const count = async (q: string) =>
      ((await get(`/api/stories?${q}`)).json() as { stories: unknown[] }).stories.length;
    assert.equal(await count('since=2022-01-01&until=2022-01-31'), 1);
    assert.equal(await count('since=2023-01-01'), 0);
    assert.equal(await count('entity=person:lavrov'), 1);
    assert.equal(await count('entity=person:nobody'), 0);
    assert.equal(await count('language=en'), 1);
    assert.equal(await count('language=fr'), 0);
    assert.equal(await count('outlet=nowhere.example'), 0);
    assert.equal(await count('order=growing&since='), 1);
  });

  it('serves one story in the analyze shape', async () => {
    const id = ((await get('/api/stories')).json() as { stories: StoryIndexEntry[] }).stories[0]!.id;
    const body = (await get(`/api/stories/${id}`)).json() as {
      schema: string;
      stories: { id: string }[];
      articles: unknown[];
      relations: unknown[];
    };
    assert.equal(body.schema, 'newsfuse/analysis@1');
    assert.deepEqual(
      body.stories.map((s) => s.id),
      [id],
    );
    assert.equal(body.articles.length, 5);
    assert.ok(Array.isArray(body.relations));
  });

  it('searches text with highlights that point at the matched words', async () => {
    const body = (await get('/api/search?q=lavrov%20geneva')).json() as {
      hits: {
        kind: string;
        story: string;
        snippet: { text: string; highlights: { start: number; end: number }[] };
      }[];
      entities: { id: string; name: string }[];
    };
    assert.ok(body.hits.length >= 2);
    for (const h of body.hits) {
      assert.ok(h.story);
      for (const x of h.snippet.highlights)
        assert.match(h.snippet.text.slice(x.start, x.end), /^(lavrov|geneva)$/i);
    }
    assert.equal((await get('/api/search?q=')).statusCode, 400);
  });

  it('finds Sergei and Sergey Lavrov as one entity, with his stories and quotes', async () => {
    const found = (await get('/api/entities?q=Lavrov')).json() as {
      entities: { id: string; stories: number }[];
    };
    assert.deepEqual(
      found.entities.map((e) => e.id),
      ['person:lavrov'],
    );
    const page = (await get('/api/entities/person:lavrov')).json() as {
      entity: { aliases: string[] };
      stories: unknown[];
      quotes: { text: string }[];
    };
    assert.ok(page.entity.aliases.includes('Sergey Lavrov') && page.entity.aliases.includes('Sergei Lavrov'));
    assert.equal(page.stories.length, 1);
    assert.ok(page.quotes.length >= 1);
    assert.equal((await get('/api/entities/person:nobody')).statusCode, 404);
  });

  it('answers bad queries and cursors as problem+json', async () => {
    for (const url of [
      '/api/stories?limit=0',
      '/api/stories?limit=abc',
      '/api/stories?since=yesterday',
      '/api/stories?cursor=bogus',
      '/api/stories?order=oldest',
    ]) {
      const r = await get(url);
      assert.equal(r.statusCode, 400, url);
      assert.match(r.headers['content-type'] as string, /^application\/problem\+json/);
      const p = r.json() as { status: number; title: string; detail: string };
      assert.equal(p.status, 400);
      assert.ok(p.detail.length > 0);
    }
  });

  it('describes every /api route in OpenAPI 3', async () => {
    const doc = (await get('/api/openapi.json')).json() as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    assert.match(doc.openapi, /^3\./);
    for (const path of [
      '/api/stories',
      '/api/stories/{id}',
      '/api/search',
      '/api/entities/{id}',
      '/api/health',
      '/api/ingest',
      '/api/analyze',
      '/api/jobs',
      '/api/uploads',
      '/api/articles/{id}',
      '/api/events',
    ])
      assert.ok(doc.paths[path], path);
    assert.ok(!Object.keys(doc.paths).some((p) => !p.startsWith('/api/')), 'pages are not API routes');
  });
});

describe('the pages', () => {
  it('render the list, a story, search and an entity without inline script', async () => {
    const list = await get('/');
    const id = /href="\/stories\/([^"]+)"/.exec(list.body)![1]!;
    const pages = [
      list,
      await get(`/stories/${id}`),
      await get('/search?q=Lavrov'),
      await get('/entities/person%3Alavrov'),
      await get('/add'),
    ];
    for (const p of pages) {
      assert.equal(p.statusCode, 200);
      assert.match(p.headers['content-security-policy'] as string, /script-src 'self'/);
      assert.doesNotMatch(
        p.body,
        /<script>|<script(?![^>]*(src="\/assets\/app\.js"|type="application\/json"))/,
      );
    }
    assert.match(pages[1]!.body, /href="\/entities\/person%3Alavrov"/);
    assert.doesNotMatch(pages[1]!.body, /XXXX/);
    assert.match(pages[2]!.body, /<mark>Lavrov<\/mark>/);
    assert.match(pages[3]!.body, new RegExp(`href="/stories/${id}"`));
  });

  it('answer a missing story as an HTML 404', async () => {
    const r = await get('/stories/s-missing');
    assert.equal(r.statusCode, 404);
    assert.match(r.headers['content-type'] as string, /text\/html/);
  });

  it('serve the script and the stylesheet with an ETag', async () => {
    const js = await get('/assets/app.js');
    assert.equal(js.statusCode, 200);
    assert.match(js.headers['content-type'] as string, /javascript/);
    const again = await app.inject({
      method: 'GET',
      url: '/assets/app.js',
      headers: { 'if-none-match': js.headers.etag as string },
    });
    assert.equal(again.statusCode, 304);
    assert.equal((await get('/assets/../app.ts')).statusCode, 404);
  });
});

describe('writing routes', () => {
  const doc = { documents: [{ text: 'A short note about nothing in particular.' }] };

  it('need the token when one is set, and refuse other sites', async () => {
    const guarded = buildServer({ context, workspace: desk.ws, token: 's3cret' });
    try {
      const post = (headers: Record<string, string>) =>
        guarded.inject({ method: 'POST', url: '/api/ingest', payload: doc, headers });
      assert.equal((await post({})).statusCode, 401);
      assert.equal((await post({ authorization: 'Bearer wrong' })).statusCode, 401);
      assert.equal(
        (await post({ authorization: 'Bearer s3cret', 'sec-fetch-site': 'cross-site' })).statusCode,
        403,
      );
      assert.equal(
        (await post({ authorization: 'Bearer s3cret', origin: 'https://evil.example' })).statusCode,
        403,
      );
      assert.equal((await guarded.inject({ method: 'DELETE', url: '/api/articles/x' })).statusCode, 401);
      assert.equal((await post({ authorization: 'Bearer s3cret' })).statusCode, 200);
    } finally {
      await guarded.close();
    }
  });

  it('are refused beyond loopback without a token', async () => {
    const open = buildServer({ context, workspace: desk.ws, host: '0.0.0.0' });
    try {
      const r = await open.inject({ method: 'POST', url: '/api/jobs', payload: doc });
      assert.equal(r.statusCode, 403);
      assert.match((r.json() as { detail: string }).detail, /--token/);
      assert.equal((await open.inject({ method: 'GET', url: '/api/stories' })).statusCode, 200);
    } finally {
      await open.close();
    }
  });

  it('answer 413 for a body too large', async () => {
    const small = buildServer({ context, workspace: desk.ws, bodyLimit: 100_000, maxIngests: 1 });
    try {
      const big = await small.inject({
        method: 'POST',
        url: '/api/ingest',
        payload: { documents: [{ text: 'x'.repeat(200_000) }] },
      });
      assert.equal(big.statusCode, 413);
      assert.match(big.headers['content-type'] as string, /problem\+json/);
    } finally {
      await small.close();
    }
  });

  it('run an ingest as a job with progress, and delete an article', async () => {
    const text =
      'The city council of Bruges voted on Monday to close the old market square to cars, the mayor said.\n\nMayor Dirk De fauw said the square would be closed from June, and that buses would be rerouted.';
    const started = await app.inject({
      method: 'POST',
      url: '/api/jobs',
      payload: { documents: [{ text, title: 'Bruges closes market square to cars' }] },
    });
    assert.equal(started.statusCode, 202, started.body);
    const { id } = started.json() as { id: string };
    let job = { state: 'running', result: null as null | { added: number; articles: string[] } };
    for (let i = 0; i < 100 && job.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await get(`/api/jobs/${id}`)).json() as typeof job;
    }
    assert.equal(job.state, 'done');
    assert.equal(job.result!.added, 1);
    const article = job.result!.articles[0]!;
    const del = await app.inject({ method: 'DELETE', url: `/api/articles/${article}` });
    assert.equal(del.statusCode, 200);
    assert.equal((await app.inject({ method: 'DELETE', url: `/api/articles/${article}` })).statusCode, 404);
    assert.equal((await get('/api/jobs/nope')).statusCode, 404);
  });

  it('take an uploaded file and name it by its upload name', async () => {
    const body = Buffer.from(
      'Rain closed the port of Genoa on Sunday, the harbour master said.\n\nShips were told to wait offshore until the storm passed, he said.',
    );
    const r = await app.inject({
      method: 'POST',
      url: '/api/uploads?name=../../genoa.txt',
      payload: body,
      headers: { 'content-type': 'application/octet-stream' },
    });
    assert.equal(r.statusCode, 202, r.body);
    const { id } = r.json() as { id: string };
    let job = { state: 'running', result: null as null | { added: number; articles: string[] } };
    for (let i = 0; i < 100 && job.state === 'running'; i++) {
      await new Promise((res) => setTimeout(res, 100));
      job = (await get(`/api/jobs/${id}`)).json() as typeof job;
    }
    assert.equal(job.state, 'done', JSON.stringify(job));
    const [stored] = await desk.ws.getArticles(job.result!.articles);
    assert.equal(stored?.input, 'upload:genoa.txt');
  });
});

describe('server-sent events', () => {
  it('push a change when the workspace grows, and end when the server closes', async () => {
    const live = buildServer({ context, workspace: desk.ws, pollMs: 50 });
    await live.listen({ host: '127.0.0.1', port: 0 });
    try {
      const { port } = live.server.address() as { port: number };
      const res = await fetch(`http://127.0.0.1:${port}/api/events`);
      assert.match(res.headers.get('content-type') ?? '', /text\/event-stream/);
      const reader = res.body!.getReader();
      const decoder = new TextDecoder();
      let text = '';
      const until = async (pattern: RegExp) => {
        while (!pattern.test(text)) {
          const { value, done } = await reader.read();
          if (done) break;
          text += decoder.decode(value);
        }
      };
      await until(/retry: 3000/);
      await new Promise((r) => setTimeout(r, 120));
      const text2 =
        'Snow closed the Brenner pass on Wednesday, Austrian police said.\n\nTrucks were told to wait in Innsbruck until the road was cleared, police said.';
      await live.inject({ method: 'POST', url: '/api/ingest', payload: { documents: [{ text: text2 }] } });
      await until(/event: change\ndata: \{"articles":\d+/);
      assert.match(text, /event: change/);
    } finally {
      await live.close();
    }
  });
});
