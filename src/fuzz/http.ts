// Hostile request bodies for POST /api/analyze and /api/ingest, sent in-process (app.inject): random
// JSON, valid bodies with fields of the wrong type, truncated or byte-damaged JSON, deep nesting and
// too many documents. The property: never a 5xx; every 4xx says what was wrong in one line.
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';

export interface HttpCase {
  route: '/api/analyze' | '/api/ingest';
  how: string;
  body: string;
}

const TEXT = 'Ministers agreed a new budget on Tuesday after a long debate in parliament, officials said.';
const valid = {
  documents: [{ text: TEXT, url: 'https://a.example/1', title: 'Budget', published: '2026-01-02' }],
};

const anyValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 3 }),
);

function bodies(scale: number): fc.Arbitrary<[string, string]> {
  const json = JSON.stringify(valid);
  return fc.oneof(
    fc.jsonValue({ maxDepth: 4 }).map((v): [string, string] => ['random JSON', JSON.stringify(v) ?? 'null']),
    fc
      .record(
        {
          text: anyValue,
          html: anyValue,
          url: anyValue,
          title: anyValue,
          published: anyValue,
          outlet: anyValue,
        },
        { requiredKeys: [] },
      )
      .map((d): [string, string] => ['fields of any type', JSON.stringify({ documents: [d] })]),
    fc
      .nat({ max: json.length - 1 })
      .map((n): [string, string] => [`valid body cut at ${n}`, json.slice(0, n)]),
    fc
      .tuple(fc.nat({ max: json.length - 1 }), fc.string({ minLength: 1, maxLength: 8 }))
      .map(([n, s]): [string, string] => [`"${s}" inserted at ${n}`, json.slice(0, n) + s + json.slice(n)]),
    fc
      .integer({ min: 16, max: 200 * scale })
      .map((n): [string, string] => [
        `nested ${n} deep`,
        `{"documents":[{"text":"x","extra":${'['.repeat(n)}${']'.repeat(n)}}]}`,
      ]),
    fc
      .integer({ min: 990, max: 1010 })
      .map((n): [string, string] => [
        `${n} documents`,
        JSON.stringify({ documents: Array.from({ length: n }, () => ({ text: 'x' })) }),
      ]),
    fc
      .string({ unit: 'binary', maxLength: 400 })
      .map((s): [string, string] => [
        'text with any code points',
        JSON.stringify({ documents: [{ text: s || 'x' }] }),
      ]),
  );
}

export function httpCase(scale = 50): fc.Arbitrary<HttpCase> {
  return fc
    .tuple(fc.constantFrom<HttpCase['route']>('/api/analyze', '/api/ingest'), bodies(scale))
    .map(([route, [how, body]]) => ({ route, how, body }));
}

/** Why the answer breaks the property, or null. */
export async function checkHttp(app: FastifyInstance, c: HttpCase): Promise<string | null> {
  const r = await app.inject({
    method: 'POST',
    url: c.route,
    headers: { 'content-type': 'application/json' },
    payload: c.body,
  });
  if (r.statusCode >= 500) return `${c.route} answered ${r.statusCode}: ${r.body.slice(0, 200)}`;
  if (r.statusCode >= 400) {
    let error: unknown;
    try {
      // application/problem+json: the one-line reason is its `detail`.
      error = (r.json() as { detail?: unknown }).detail;
    } catch {
      return `${c.route} answered ${r.statusCode} without a JSON problem`;
    }
    if (typeof error !== 'string' || !error.trim() || /[\r\n]/.test(error))
      return `${c.route} answered ${r.statusCode} with error ${JSON.stringify(error)}`;
  }
  return null;
}
