// How values are kept on disk. A span's `text` is `article.text.slice(start, end)` by contract, so
// it is stored once, as the article text: spans lose their copy on the way in and get it back on
// the way out. SQLite also deflates what it stores (PostgreSQL compresses large values itself).
import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** A span whose `text` can be rebuilt from the article text. */
type Span = { start: unknown; end: unknown; text?: unknown };

const isSpan = (v: unknown): v is Span =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Span).start === 'number' &&
  typeof (v as Span).end === 'number';

/** Marks a span whose text was dropped (a span may legitimately hold text that is not its slice). */
const DROPPED = '\u0000';

function mapSpans(value: unknown, fn: (span: Span) => Span, depth = 0): unknown {
  if (Array.isArray(value)) return value.map((v) => mapSpans(v, fn, depth + 1));
  if (typeof value !== 'object' || value === null || depth > 8) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = mapSpans(v, fn, depth + 1);
  return isSpan(out) ? fn(out as Span) : out;
}

/** An article (or any value holding spans into `text`) as JSON, each span's slice dropped. */
export function packArticle(article: { text: string }): string {
  const { text } = article;
  const packed = mapSpans(article, (span) =>
    span.text === text.slice(span.start as number, span.end as number) ? { ...span, text: DROPPED } : span,
  );
  return JSON.stringify(packed);
}

/** The inverse of `packArticle`: every dropped span text is the article text's slice again. */
export function unpackArticle<T>(json: string): T {
  const parsed = JSON.parse(json) as { text: string };
  if (!json.includes('"\\u0000"')) return parsed as T;
  restoreSpans(parsed, parsed.text);
  return parsed as T;
}

/**
 * Puts each dropped span text back, in place: the value was just parsed and is no one else's, and
 * copying every object of an article (as mapSpans does) made reading a story's eight articles cost
 * tens of milliseconds. Walks as deep as mapSpans.
 */
function restoreSpans(value: unknown, text: string, depth = 0): void {
  if (Array.isArray(value)) {
    for (const v of value) restoreSpans(v, text, depth + 1);
    return;
  }
  if (typeof value !== 'object' || value === null || depth > 8) return;
  const record = value as Record<string, unknown>;
  for (const key in record) restoreSpans(record[key], text, depth + 1);
  if (isSpan(record) && record.text === DROPPED)
    record.text = text.slice(record.start as number, record.end as number);
}

/** Text to a deflated buffer (SQLite: a BLOB in the data column). */
export const deflate = (text: string): Buffer => deflateRawSync(Buffer.from(text, 'utf8'), { level: 6 });

/** A data column back to text: deflated BLOBs and plain TEXT (rows written before compression) alike. */
export const inflate = (data: string | Buffer): string =>
  typeof data === 'string' ? data : inflateRawSync(data).toString('utf8');

// A MinHash band key (`"07:1x3kq9a"`: two base-32 digits of the band, a colon, seven of the hash)
// is stored as one integer, band × 2^35 + hash: 6 bytes instead of 10 characters, in a table and an
// index holding 42 keys an article. Any other key is stored as the text it is; an integer and a
// text never compare equal in SQLite, so a lookup stays exact either way.
const BAND_KEY = /^[0-9a-v]{2}:[0-9a-v]{7}$/;
const BASE32 = '0123456789abcdefghijklmnopqrstuv';
const HASH_SPAN = 2 ** 35;

/** A band key as the SQLite `bands` table keeps it. */
export function storedBand(key: string): number | string {
  if (!BAND_KEY.test(key)) return key;
  return Number.parseInt(key.slice(0, 2), 32) * HASH_SPAN + Number.parseInt(key.slice(3), 32);
}

/** `storedBand` as an SQL expression over a TEXT column, for migrating keys already stored. */
export function storedBandSql(column: string): string {
  const digit = (i: number) => `(instr('${BASE32}', substr(${column}, ${i}, 1)) - 1)`;
  const hash = [4, 5, 6, 7, 8, 9, 10].map((i, k) => `${digit(i)} * ${32 ** (6 - k)}`).join(' + ');
  const glob = `'${'[0-9a-v]'.repeat(2)}:${'[0-9a-v]'.repeat(7)}'`;
  return `CASE WHEN ${column} GLOB ${glob} THEN (${digit(1)} * 32 + ${digit(2)}) * ${HASH_SPAN} + ${hash} ELSE ${column} END`;
}

// PostgreSQL keeps every band key in one bigint column: a MinHash key as `storedBand` makes it (0 up
// to 2^45), any other key as a negative number from the first 8 bytes of its SHA-256, so the two
// never meet; two other keys share a number with a chance of about 2^-63 a pair.
const NEGATIVE = (1n << 63n) - 1n;

/** A band key as the PostgreSQL `bands` table keeps it (a bigint, in decimal). */
export function pgBand(key: string): string {
  const packed = storedBand(key);
  if (typeof packed === 'number') return String(packed);
  const head = createHash('sha256').update(key, 'utf8').digest().readBigUInt64BE(0);
  return String(-(head & NEGATIVE) - 1n);
}

/** `pgBand` as a PostgreSQL expression over a text column, for migrating keys already stored. */
export function pgBandSql(column: string): string {
  const digit = (i: number) => `(strpos('${BASE32}', substr(${column}, ${i}, 1)) - 1)::bigint`;
  const hash = [4, 5, 6, 7, 8, 9, 10].map((i, k) => `${digit(i)} * ${32 ** (6 - k)}`).join(' + ');
  const head = `('x' || encode(substr(sha256(convert_to(${column}, 'UTF8')), 1, 8), 'hex'))::bit(64)::bigint`;
  return `CASE WHEN ${column} ~ '^[0-9a-v]{2}:[0-9a-v]{7}$' THEN (${digit(1)} * 32 + ${digit(2)}) * ${HASH_SPAN}::bigint + ${hash}
    ELSE -(${head} & ${NEGATIVE}) - 1 END`;
}

/** What a relation row holds in columns as well as in its JSON. */
export interface RelationColumns {
  kind: string;
  from: string;
  to: string;
  score: number;
}

const LEAD = 'kind,from,to,score';

/**
 * A relation's JSON without the fields its columns hold, when they lead it in the columns' order
 * (so putting them back first rebuilds the same JSON); any other relation is kept whole.
 */
export function packRelation(json: string): string {
  const r = JSON.parse(json) as Record<string, unknown>;
  if (Object.keys(r).slice(0, 4).join(',') !== LEAD) return json;
  const { kind: _k, from: _f, to: _t, score: _s, ...rest } = r;
  return JSON.stringify(rest);
}

/** The inverse of `packRelation`: a JSON without `kind` gets the columns back in front. */
export function unpackRelation<T>(json: string, c: RelationColumns): T {
  const r = JSON.parse(json) as Record<string, unknown>;
  if ('kind' in r) return r as T;
  return { kind: c.kind, from: c.from, to: c.to, score: c.score, ...r } as T;
}
