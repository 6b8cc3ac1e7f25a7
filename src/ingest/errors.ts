// Bad input is an expected outcome: every reader throws `IngestRejection` with a one-line reason that
// names the limit and the value found, and the stage turns it into `{status: 'rejected'}`.
import type { RawDocument } from '../types/article.js';
import type { Outcome } from '../types/stages.js';

export class IngestRejection extends Error {
  override name = 'IngestRejection';
}

/** Sizes as people read them: `200 MB`, `1.5 KB`, `12 bytes`. */
export function formatBytes(n: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'] as const;
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = unit === 0 || Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${shown} ${units[unit]}`;
}

/** `decompressed size 1.2 GB over 200 MB limit (--max-decompressed-bytes)`; `found` may be omitted. */
export function overLimit(what: string, found: string | null, limit: string, flag: string): IngestRejection {
  return new IngestRejection(`${what}${found === null ? '' : ` ${found}`} over ${limit} limit (${flag})`);
}

/** One line, whatever was thrown: a reason must fit on one line of a report. */
export function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.replace(/\s+/g, ' ').trim();
  const text = line.length > 300 ? `${line.slice(0, 297)}...` : line;
  if (error instanceof IngestRejection) return text;
  if (error instanceof RangeError && /call stack/i.test(text))
    return 'nesting too deep to parse (--max-depth)';
  return `could not read: ${text || 'unknown error'}`;
}

export function rejected(input: string, error: unknown): Outcome<RawDocument> {
  return { status: 'rejected', input, reason: reasonOf(error) };
}

/** A rejection for one item inside a container, named by its position. */
export function rejectedItem(input: string, where: string, error: unknown): Outcome<RawDocument> {
  return { status: 'rejected', input, reason: `${where}: ${reasonOf(error)}` };
}
