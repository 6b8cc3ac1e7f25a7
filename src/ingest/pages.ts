// `--fetch-articles`: a feed item that carries only a summary links to the article; its page is
// fetched and read as the article, the item kept beside it (types/article.ts, `feedItem`) so its
// metadata fills what the page lacks and it stands in when the page holds no article. A page that
// cannot be fetched leaves the item as it was: nothing is lost, and the reason is reported.
import type { RawDocument } from '../types/article.js';
import type { Context, Outcome } from '../types/stages.js';
import { decodeBytes } from './bytes/decode.js';
import type { IngestConfig } from './config.js';
import { Deadline } from './deadline.js';
import { IngestRejection, reasonOf } from './errors.js';
import { pageOf } from './kinds/document.js';
import { htmlKind } from './kinds/html.js';
import { chooseKind } from './kinds/registry.js';
import { loadFetched } from './load.js';
import { type FetchDeps, fetchUrl } from './sources/fetch.js';

/** Runs one request; a poller passes its per-host limiter, ingest runs it as is. */
export type Gate = <T>(url: string, fn: () => Promise<T>) => Promise<T>;
const direct: Gate = (_url, fn) => fn();

/** The link to fetch for a document, or null when it is not a feed summary with an http(s) link. */
export function pageLink(doc: RawDocument): string | null {
  const url = doc.meta.url;
  return doc.kind === 'feed' && doc.excerpt && url && /^https?:\/\//i.test(url) ? url : null;
}

/** The item's page as a document of the item's id; throws IngestRejection when it cannot be had. */
export async function fetchItemPage(
  doc: RawDocument,
  config: IngestConfig,
  deps: FetchDeps,
  gate: Gate = direct,
): Promise<RawDocument> {
  const link = pageLink(doc);
  if (!link) throw new IngestRejection('the item links to no web page');
  let deadline = new Deadline(config.timeoutMs);
  const got = await gate(link, () => {
    // Started when the request may go: time queued behind the host's other requests is not its own.
    deadline = new Deadline(config.timeoutMs);
    return fetchUrl(link, config, deadline, deps);
  });
  const loaded = await loadFetched(doc.input, { ...got, name: got.url }, config, deadline);
  const kind = chooseKind(loaded.bytes, loaded.name, loaded.contentType);
  if (kind !== htmlKind) throw new IngestRejection(`the page at ${got.url} is ${kind.name}, not a web page`);
  const { text } = decodeBytes(loaded.bytes, { contentType: loaded.contentType, markup: 'html' });
  const page = pageOf(loaded, text, config.maxDepth);
  if (page.status !== 'ok') throw new IngestRejection(page.reason);
  return { ...page.value, id: doc.id, input: doc.input, meta: { url: link }, feedItem: doc };
}

/** Every outcome as it came, a feed summary replaced by its page where the page can be fetched. */
export async function* withItemPages(
  source: AsyncIterable<Outcome<RawDocument>>,
  ctx: Context,
  deps: FetchDeps,
): AsyncGenerator<Outcome<RawDocument>> {
  for await (const outcome of source) {
    if (outcome.status !== 'ok' || !pageLink(outcome.value)) {
      yield outcome;
      continue;
    }
    try {
      yield { status: 'ok', value: await fetchItemPage(outcome.value, ctx.config.ingest, deps) };
    } catch (e) {
      ctx.reporter.warn(
        `${outcome.value.meta.url}: page not fetched (${reasonOf(e)}); the feed's summary is kept`,
      );
      yield outcome;
    }
  }
}
