// Bringing a workspace written by an older newsfuse up to date. Telling whether one is needed is a
// single state read, so every command that opens a workspace can ask; the ingest stack that does
// the upgrade (cleaning, analysis, the clusterer) is loaded only when a workspace needs it.
import type { Context } from '../types/stages.js';
import type { Workspace } from '../types/store.js';

/** The whole clusterer state as one value, as workspaces of schema 1 kept it: converted to rows on first write. */
export const LEGACY_STATE = 'cluster';

/** Brings a workspace written by an older newsfuse up to date (its state as rows, every story briefed). */
export async function upgradeWorkspace(ws: Workspace, ctx: Context): Promise<boolean> {
  if ((await ws.getState(LEGACY_STATE)) === null) return false;
  const { addDocuments } = await import('./add.js');
  await addDocuments([], ws, ctx);
  return true;
}
