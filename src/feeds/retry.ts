// Items added as their feed's summary because their page could not be fetched: the page is tried
// again on later polls (backing off), and when it comes, the article read from it is added and the
// summary removed, so the item stays one article. After `maxPageAttempts` the summary is kept.
import { type FetchDeps, fetchItemPage, type Gate, reasonOf } from '../ingest/index.js';
import type { Article, RawDocument } from '../types/article.js';
import type { FeedItemRecord, Subscription } from '../types/feeds.js';
import type { Context } from '../types/stages.js';
import type { Workspace } from '../types/store.js';
import { addDocuments, deleteArticles } from '../workspace/index.js';
import { pageArticleId } from './items.js';
import { pageRetryAt } from './schedule.js';

export interface PageRetry {
  summaryId: string;
  records: FeedItemRecord[];
  page: RawDocument | null;
  error: string | null;
}

/** The stored summary as the feed item it was read from. */
function itemOf(a: Article): RawDocument {
  return {
    id: a.id,
    input: a.input,
    kind: 'feed',
    format: 'text',
    content: a.text,
    meta: {
      url: a.url,
      title: a.title,
      outlet: a.outlet,
      byline: a.byline,
      published: a.published,
      publishedFrom: a.publishedFrom,
      language: a.language,
    },
    excerpt: true,
  };
}

/** Fetches the pages of a feed's items that are due another try (network only; nothing written). */
export async function retryPages(
  ws: Workspace,
  sub: Subscription,
  ctx: Context,
  deps: FetchDeps,
  gate: Gate,
): Promise<PageRetry[]> {
  const byArticle = new Map<string, FeedItemRecord[]>();
  for (const r of await ws.pendingPages(sub.id, ctx.now.toISOString()))
    byArticle.set(r.article, [...(byArticle.get(r.article) ?? []), r]);
  const out: PageRetry[] = [];
  for (const [summaryId, records] of byArticle) {
    const [article] = await ws.getArticles([summaryId]);
    if (!article) {
      out.push({ summaryId, records, page: null, error: 'its article is no longer stored' });
      continue;
    }
    try {
      const page = await fetchItemPage(itemOf(article), ctx.config.ingest, deps, gate);
      out.push({ summaryId, records, page: { ...page, id: pageArticleId(summaryId) }, error: null });
    } catch (e) {
      out.push({ summaryId, records, page: null, error: reasonOf(e) });
    }
  }
  return out;
}

/** Writes what the retries found; returns how many summaries were replaced by their article. */
export async function applyPageRetries(
  ws: Workspace,
  retries: readonly PageRetry[],
  ctx: Context,
): Promise<number> {
  const config = ctx.config.feeds;
  let replaced = 0;
  for (const r of retries) {
    const attempts = (r.records[0]?.attempts ?? 0) + 1;
    let records: FeedItemRecord[];
    if (r.page) {
      // Added before the summary is removed: a stop in between leaves both, never neither.
      const added = await addDocuments([{ status: 'ok', value: r.page }], ws, ctx);
      const stored = added.added + added.alreadyStored > 0;
      if (stored) {
        // The summary leaves its story (rows, briefing, index) the way any deletion does.
        await deleteArticles(ws, [r.summaryId], ctx);
        replaced++;
      }
      const article = stored ? r.page.id : r.summaryId;
      records = r.records.map((x) => ({ ...x, article, pendingPage: null, attempts, retryAt: null }));
    } else {
      const giveUp = attempts >= config.maxPageAttempts;
      records = r.records.map((x) => ({
        ...x,
        attempts,
        pendingPage: giveUp ? null : x.pendingPage,
        retryAt: giveUp ? null : pageRetryAt(ctx.now, attempts, config),
      }));
    }
    await ws.recordItems(records);
  }
  return replaced;
}
