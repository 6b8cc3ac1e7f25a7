// Opaque cursors for lists that can grow: the position after the last item served, encoded so
// clients never build one themselves. A malformed cursor is a 400, not an empty page.
import type { Page } from '../types/archive.js';
import { HttpError } from './errors.js';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  try {
    const { o } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o: unknown };
    if (typeof o === 'number' && Number.isInteger(o) && o >= 0) return o;
  } catch {
    // reported below
  }
  throw new HttpError(400, `cursor "${cursor.slice(0, 40)}" is not one this server gave out`);
}

export function pageOf<T>(rows: readonly T[], limit = DEFAULT_LIMIT, cursor?: string | null): Page<T> {
  const from = decodeCursor(cursor);
  const size = Math.min(Math.max(1, limit), MAX_LIMIT);
  const items = rows.slice(from, from + size);
  return { items, next: from + size < rows.length ? encodeCursor(from + size) : null };
}
