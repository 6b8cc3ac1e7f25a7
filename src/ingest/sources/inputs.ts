// What the user named → the documents to load: a file, a folder (read recursively in a stable
// order, hidden entries and node_modules skipped), a URL, or `-` for standard input.
import { lstat, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { IngestRejection } from '../errors.js';

export type Source =
  | { type: 'file'; input: string; path: string }
  | { type: 'url'; input: string; url: string }
  | { type: 'stdin'; input: string }
  | { type: 'missing'; input: string; error: IngestRejection };

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

function skippedEntry(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** Byte order, not locale order: the same folder lists the same way on every machine. */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Files under a folder, depth first, sorted. Symbolic links to folders are not followed (no loops). */
async function* walk(dir: string): AsyncGenerator<Source> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => !skippedEntry(n)).sort(byName);
  } catch (e) {
    yield {
      type: 'missing',
      input: dir,
      error: new IngestRejection(`cannot read folder: ${(e as Error).message}`),
    };
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    const info = await lstat(path).catch(() => null);
    if (info?.isDirectory()) yield* walk(path);
    else if (info?.isFile()) yield { type: 'file', input: path, path };
    else if (info?.isSymbolicLink() && (await stat(path).catch(() => null))?.isFile()) {
      yield { type: 'file', input: path, path };
    }
  }
}

async function* expandOne(input: string): AsyncGenerator<Source> {
  if (input === '-') return yield { type: 'stdin', input };
  if (isUrl(input)) return yield { type: 'url', input, url: input };
  const info = await stat(input).catch((e: NodeJS.ErrnoException) => e);
  if (info instanceof Error) {
    const why = info.code === 'ENOENT' ? 'no such file or folder' : info.message;
    return yield { type: 'missing', input, error: new IngestRejection(why) };
  }
  if (info.isDirectory()) yield* walk(input);
  else yield { type: 'file', input, path: input };
}

export async function* expandInputs(inputs: readonly string[]): AsyncGenerator<Source> {
  for (const input of inputs) yield* expandOne(input);
}
