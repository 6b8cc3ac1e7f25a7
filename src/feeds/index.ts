// Following sources: feed subscriptions kept in the workspace, polled on a schedule (conditional
// GET, back-off, Retry-After, ttl), their new items handed to the normal ingest (`addDocuments`).
export { type FeedsConfig, feedsConfig } from './config.js';
export { formatDuration, parseDuration } from './duration.js';
export { itemArticleId, itemKeys, normalizeLink } from './items.js';
export { HostLimiter } from './limiter.js';
export { OpmlError, parseOpml, toOpml } from './opml.js';
export { type RoundResult, runRound } from './round.js';
export { isDue, nextAfterFailure, nextAfterSuccess, retryAfterSec } from './schedule.js';
export { discoverFeed, type SubscribeResult, subscribe, subscribeAll } from './subscribe.js';
export { abortableSleep, type WatchOptions, type WatchResult, watchFeeds } from './watch.js';
