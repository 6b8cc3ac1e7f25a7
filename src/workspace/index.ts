// The workspace flows: adding a batch (add.ts), reading briefings page by page (read.ts), bringing
// an older workspace up to date (upgrade.ts), the clusterer's window over the stored rows
// (window.ts), and what a story keeps for reading (records.ts, brief-job.ts). Readers that must not
// load the ingest stack (the CLI's read commands) import read.ts and upgrade.ts directly.
import type { Context } from '../types/stages.js';
import type { Workspace } from '../types/store.js';
import { ANALYSIS_SCHEMA, type Analysis } from '../types/story.js';
import { analysisOfArticles, storyBriefings } from './read.js';

export {
  addDocuments,
  type BatchLimit,
  cutter,
  type IngestSummary,
  ingestIntoWorkspace,
  placeAnalyzed,
  type Stage,
} from './add.js';
export { deleteArticles } from './delete.js';
export { analysisOfArticles, type BriefSelection, storyBriefings } from './read.js';
export { upgradeWorkspace } from './upgrade.js';
export { type Held, loadWindow } from './window.js';

/**
 * The stored analysis of one story, of the stories holding given articles, or of every story (one
 * value: for small workspaces; `storyBriefings` streams any size). Briefings are read as they were
 * materialised at ingest, never computed again.
 */
export async function analysisFromWorkspace(
  ws: Workspace,
  _ctx: Context,
  filter: { story?: string; articles?: readonly string[] } = {},
): Promise<Analysis> {
  if (filter.articles) return analysisOfArticles(ws, filter.articles);
  const out: Analysis = { schema: ANALYSIS_SCHEMA, articles: [], stories: [], relations: [] };
  for await (const one of storyBriefings(ws, { story: filter.story })) {
    out.stories.push(...one.stories);
    out.articles.push(...one.articles);
    out.relations.push(...one.relations);
  }
  return out;
}
