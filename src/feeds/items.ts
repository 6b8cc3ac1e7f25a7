// How a feed item is recognised when it comes again: by its guid within its feed, or by its link
// (from any feed) once tracking parameters are stripped. The article id follows from the same key,
// so an item read twice (even after a crash between writing it and recording it) is added once.
import { createHash } from 'node:crypto';
import type { SourceMeta } from '../types/article.js';

/** Query parameters that say who sent the reader, not which page it is. */
const TRACKING =
  /^(?:utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|_hsenc|_hsmi|mkt_tok|yclid|ref_src|ncid|ocid|cmpid|sr_share|at_medium|at_campaign|at_custom\d*|xtor|wt_mc|__twitter_impression)$/i;

/** The link without its fragment and tracking parameters, or null when it is not a URL. */
export function normalizeLink(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return null;
  }
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) if (TRACKING.test(name)) url.searchParams.delete(name);
  return url.href.replace(/\?$/, '');
}

const digest = (text: string, length = 16) =>
  createHash('sha256').update(text).digest('hex').slice(0, length);

/**
 * The keys an item is known by, the most telling first: its link (the same page however it is
 * reached), then its guid within its feed; an item with neither is known by what it says.
 */
export function itemKeys(feedId: string, meta: SourceMeta, content: string): string[] {
  const keys: string[] = [];
  const link = meta.url ? normalizeLink(meta.url) : null;
  if (link) keys.push(`link:${link}`);
  if (meta.guid) keys.push(`guid:${feedId} ${meta.guid}`);
  if (!keys.length)
    keys.push(`text:${feedId} ${digest(`${meta.title ?? ''}\n${meta.published ?? ''}\n${content}`)}`);
  return keys;
}

/** The article id of an item: from its first key. */
export function itemArticleId(keys: readonly string[]): string {
  return digest(`feed-item\n${keys[0]}`);
}

/** The article id of an item's page, when it replaces a summary added before. */
export const pageArticleId = (summaryId: string) => `${summaryId}-page`;
