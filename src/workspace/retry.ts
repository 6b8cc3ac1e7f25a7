// When a write to the workspace is tried again, in one place. Two failures leave nothing written
// and are worth another try: 1. another writer committed first (`conflict`): at once, with the
// window read again; 2. a server workspace lost its connection (`connection-lost`: the server
// restarted, the network dropped): after a pause that doubles, for `store.reconnectForMs` in all
// (half a minute by default), then the error goes up and the run ends with its one line.
import { isStoreError } from '../store/errors.js';

/** Commits retried when other writers keep getting in first. */
export const MAX_CONFLICTS = 8;
const FIRST_PAUSE_MS = 250;
const LONGEST_PAUSE_MS = 8000;

export interface Tries {
  conflicts: number;
  /** Milliseconds paused so far for lost connections. */
  waited: number;
}

export type Retry = { wait: number; reason: 'conflict' | 'connection-lost' } | null;

/** What to do after `e` on a write, given the tries so far (counted here); null: give up. */
export function nextTry(e: unknown, tries: Tries, reconnectForMs: number): Retry {
  if (!isStoreError(e)) return null;
  if (e.code === 'conflict')
    return ++tries.conflicts < MAX_CONFLICTS ? { wait: 0, reason: 'conflict' } : null;
  if (e.code !== 'connection-lost' || tries.waited >= reconnectForMs) return null;
  const doubled = Math.min(LONGEST_PAUSE_MS, Math.max(FIRST_PAUSE_MS, tries.waited));
  const wait = Math.min(doubled, reconnectForMs - tries.waited);
  tries.waited += wait;
  return { wait, reason: 'connection-lost' };
}

export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
