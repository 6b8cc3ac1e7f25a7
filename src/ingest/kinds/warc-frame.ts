// WARC framing checked before warcio parses anything. warcio trusts each record's Content-Length:
// when fewer bytes follow (a crawl cut off mid-write) its skip loop spins forever on an exhausted
// stream, in microtasks the deadline's timers never interrupt. So records are found here first, by
// their headers and Content-Length, and warcio is handed one whole record at a time; a record that
// does not fit in the bytes left ends the file with a reason naming it.

const MAX_HEADER_BYTES = 64 * 1024;

/** One record's bytes: `[start, end)` holds its headers and its whole block. */
export interface WarcFrame {
  start: number;
  end: number;
  /** WARC-Target-URI, for naming the record in a reason. */
  target: string | null;
}

export interface WarcFraming {
  frames: WarcFrame[];
  /** Why reading stopped before the end of the bytes (a truncated or malformed record), or null. */
  problem: string | null;
}

function skipNewlines(bytes: Uint8Array, pos: number): number {
  let at = pos;
  while (at < bytes.length && (bytes[at] === 0x0a || bytes[at] === 0x0d)) at++;
  return at;
}

/** Index just past the blank line that ends the headers starting at `pos`, or -1. */
function headerEnd(bytes: Uint8Array, pos: number): number {
  const stop = Math.min(bytes.length, pos + MAX_HEADER_BYTES);
  for (let i = pos; i < stop; i++) {
    if (bytes[i] !== 0x0a) continue;
    if (bytes[i + 1] === 0x0a) return i + 2;
    if (bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a) return i + 3;
  }
  return -1;
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');
}

function header(head: string, name: string): string | null {
  const m = new RegExp(`^${name}:[ \\t]*(.*?)[ \\t]*\\r?$`, 'im').exec(head);
  return m ? m[1]! : null;
}

type Step = { frame: WarcFrame } | { problem: string };

/** The record starting at `pos` (the `n`-th, 1-based), or why it cannot be read whole. */
function frameAt(bytes: Uint8Array, pos: number, n: number): Step {
  if (latin1(bytes, pos, Math.min(bytes.length, pos + 5)) !== 'WARC/') {
    return { problem: `WARC record ${n} does not start with a WARC/ version line (byte ${pos})` };
  }
  const body = headerEnd(bytes, pos);
  if (body < 0) {
    return bytes.length - pos < MAX_HEADER_BYTES
      ? { problem: `truncated WARC record ${n}: file ends inside its headers` }
      : { problem: `WARC record ${n} headers over ${MAX_HEADER_BYTES / 1024} KB` };
  }
  const head = latin1(bytes, pos, body);
  const target = header(head, 'WARC-Target-URI');
  const named = `WARC record ${n}${target ? ` (${target})` : ''}`;
  const declared = header(head, 'Content-Length');
  if (declared === null || !/^\d{1,15}$/.test(declared)) {
    return { problem: `${named} has no valid Content-Length (found ${JSON.stringify(declared)})` };
  }
  const length = Number(declared);
  const left = bytes.length - body;
  if (length > left) {
    return { problem: `truncated ${named}: Content-Length ${length} bytes but only ${left} follow` };
  }
  return { frame: { start: pos, end: body + length, target } };
}

/** Every whole record in order, and what stopped the scan early, if anything. */
export function frameWarc(bytes: Uint8Array): WarcFraming {
  const frames: WarcFrame[] = [];
  let pos = skipNewlines(bytes, 0);
  while (pos < bytes.length) {
    const step = frameAt(bytes, pos, frames.length + 1);
    if ('problem' in step) return { frames, problem: step.problem };
    frames.push(step.frame);
    pos = skipNewlines(bytes, step.frame.end);
  }
  return { frames, problem: null };
}
