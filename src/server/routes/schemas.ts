// JSON schemas of the routes: fastify validates every query and body against them, and
// @fastify/swagger turns them into /api/openapi.json.
const day = { type: 'string', pattern: '^(\\d{4}-\\d{2}-\\d{2})?$', description: 'YYYY-MM-DD' } as const;
const nullableString = { type: ['string', 'null'] } as const;

export const problem = {
  description: 'An error (RFC 9457, application/problem+json)',
  type: 'object',
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
  },
} as const;

export const document = {
  type: 'object',
  description: 'One document: "text" (already clean) or "html" is required',
  properties: {
    text: { type: 'string', minLength: 1 },
    html: { type: 'string', minLength: 1 },
    url: { type: 'string', maxLength: 2048 },
    title: { type: 'string', maxLength: 1000 },
    published: { type: 'string', description: 'ISO 8601 date or date-time' },
    outlet: { type: 'string', maxLength: 200 },
  },
} as const;

export const documentsBody = {
  type: 'object',
  required: ['documents'],
  properties: { documents: { type: 'array', minItems: 1, maxItems: 1000, items: document } },
} as const;

export const jobBody = {
  type: 'object',
  description: 'Documents to add, or URLs to fetch and add (one of the two)',
  properties: {
    documents: documentsBody.properties.documents,
    urls: {
      type: 'array',
      minItems: 1,
      maxItems: 50,
      items: { type: 'string', pattern: '^https?://', maxLength: 2048 },
    },
  },
} as const;

export const limitCursor = {
  limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
  cursor: { type: 'string', maxLength: 200 },
} as const;

export const storyQuery = {
  type: 'object',
  properties: {
    ...limitCursor,
    order: { type: 'string', enum: ['newest', 'growing'] },
    since: day,
    until: day,
    changedSince: {
      type: 'string',
      maxLength: 40,
      description: 'ISO 8601 instant: stories changed after it',
    },
    outlet: { type: 'string', maxLength: 200 },
    entity: { type: 'string', maxLength: 200, description: 'an entity id (person:lavrov)' },
    language: { type: 'string', pattern: '^([a-z]{2})?$', description: 'ISO 639-1' },
  },
} as const;

export const searchQuery = {
  type: 'object',
  properties: {
    q: { type: 'string', maxLength: 500 },
    kind: { type: 'string', enum: ['article', 'story'] },
    ...limitCursor,
  },
} as const;

const entityRef = {
  type: 'object',
  properties: { id: { type: 'string' }, name: { type: 'string' }, type: { type: 'string' } },
} as const;

export const storyEntry = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    headline: { type: 'string' },
    revision: { type: 'number' },
    articles: { type: 'integer' },
    outlets: { type: 'integer' },
    origins: { type: 'integer', description: 'independent origins: copies count once' },
    firstReport: nullableString,
    lastReport: nullableString,
    eventDates: { type: 'array', items: { type: 'string' } },
    topEntities: { type: 'array', items: entityRef },
    perDay: {
      type: 'array',
      items: { type: 'object', properties: { day: { type: 'string' }, count: { type: 'integer' } } },
    },
    outletNames: { type: 'array', items: { type: 'string' } },
    languages: { type: 'array', items: { type: 'string' } },
    createdAt: { type: 'string' },
    updatedAt: { type: 'string' },
  },
} as const;

export const storyList = {
  type: 'object',
  properties: { stories: { type: 'array', items: storyEntry }, next: nullableString },
} as const;

export const job = {
  type: 'object',
  additionalProperties: true,
  properties: {
    id: { type: 'string' },
    label: { type: 'string' },
    state: { type: 'string', enum: ['running', 'done', 'failed'] },
    createdAt: { type: 'string' },
    finishedAt: nullableString,
    progress: { type: ['object', 'null'], additionalProperties: true },
    result: { type: ['object', 'null'], additionalProperties: true },
    error: nullableString,
  },
} as const;

export const idParam = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 200 } },
} as const;

export const anyObject = { type: 'object', additionalProperties: true } as const;

/** Errors every route may answer. */
export const errors = { 400: problem, 404: problem } as const;
