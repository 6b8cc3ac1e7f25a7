// Helpers of the Workspace contract suite (contract.ts, contract-data.ts).
import type { Workspace } from '../types/store.js';
import { StoreError, type StoreErrorCode } from './errors.js';

export type Open = () => Promise<Workspace>;

let counter = 0;
const runId = process.pid.toString(36);
/** A prefix no other test (or earlier run on the same store) uses. */
export const fresh = (name: string) => `${name}-${runId}-${++counter}`;

export const storeError = (code: StoreErrorCode) => (e: unknown) =>
  e instanceof StoreError && e.code === code;

/** Opens the store, runs `fn`, and always closes it. */
export async function using<T>(open: Open, fn: (ws: Workspace) => Promise<T>): Promise<T> {
  const ws = await open();
  try {
    return await fn(ws);
  } finally {
    await ws.close();
  }
}

export const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);
/** The items a test wrote (by its prefix), when the store holds others too. */
export const mine = <T extends { id: string }>(xs: readonly T[], prefix: string) =>
  xs.filter((x) => x.id.startsWith(`${prefix}-`));
