// `newsfuse feeds add|list|remove|export` and `newsfuse watch`: thin edges over src/feeds.
import { existsSync, readFileSync } from 'node:fs';
import {
  formatDuration,
  OpmlError,
  parseOpml,
  type SubscribeResult,
  subscribe,
  subscribeAll,
  toOpml,
  watchFeeds,
} from '../feeds/index.js';
import { type FetchDeps, systemResolver } from '../ingest/index.js';
import { isPostgresTarget, openWorkspace } from '../store/index.js';
import type { Subscription } from '../types/feeds.js';
import type { Context } from '../types/stages.js';
import type { Workspace } from '../types/store.js';
import type { CliCommand } from './args.js';
import { EXIT, InputError, UsageError, WorkspaceError } from './errors.js';
import { emit, type Io } from './output.js';
import type { CliReporter } from './reporter.js';

type FeedCommand = Extract<CliCommand, { name: `feeds-${string}` | 'watch' }>;

export const fetchDeps = (): FetchDeps => ({
  fetch: (url, init) => globalThis.fetch(url, init),
  resolve: systemResolver,
});

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

async function using<T>(
  db: string,
  ctx: Context,
  fn: (ws: Workspace) => Promise<T>,
  mustExist = true,
): Promise<T> {
  if (mustExist && !isPostgresTarget(db) && !existsSync(db))
    throw new WorkspaceError(
      `no workspace at ${db}; subscribe first with: newsfuse feeds add URL… --db ${db}`,
    );
  const ws = await openWorkspace(db, ctx.config.store);
  try {
    return await fn(ws);
  } finally {
    await ws.close();
  }
}

function readOpml(path: string) {
  let xml: string;
  try {
    xml = readFileSync(path, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return parseOpml(xml, path);
  } catch (e) {
    if (e instanceof OpmlError) throw new InputError(e.message);
    throw e;
  }
}

async function add(
  c: Extract<FeedCommand, { name: 'feeds-add' }>,
  io: Io,
  ctx: Context,
  reporter: CliReporter,
) {
  if (!c.urls.length && !c.opml) throw new UsageError('feeds add needs feed URLs or --opml FILE');
  const fromFile = c.opml ? readOpml(c.opml) : [];
  const r = await using(
    c.db,
    ctx,
    async (ws) => {
      const listed: SubscribeResult = await subscribeAll(ws, fromFile, ctx.now);
      const given = await subscribe(ws, c.urls, ctx, fetchDeps());
      return {
        added: [...listed.added, ...given.added],
        already: [...listed.already, ...given.already],
        failed: given.failed,
        total: (await ws.listFeeds()).length,
      };
    },
    false,
  );
  for (const f of r.failed) io.stderr.write(`newsfuse: cannot subscribe to ${f.url}: ${f.reason}\n`);
  const failed = r.failed.length ? `, ${r.failed.length} could not be added (named above)` : '';
  reporter.finish(
    `subscribed to ${plural(r.added.length, 'feed')} (${r.already.length} already subscribed${failed}); ${c.db} follows ${plural(r.total, 'feed')}`,
  );
  if (r.failed.length && !r.added.length && !r.already.length)
    throw new InputError(`no feed could be added from ${c.urls.join(' ')}`);
  return EXIT.ok;
}

const when = (iso: string | null, never: string) => (iso ? iso.replace(/\.\d{3}Z$/, 'Z') : never);

function describeFeed(s: Subscription, now: Date): string {
  const next =
    s.nextPollAt === null || Date.parse(s.nextPollAt) <= now.getTime()
      ? 'due now'
      : `${when(s.nextPollAt, '')} (in ${formatDuration((Date.parse(s.nextPollAt) - now.getTime()) / 1000)})`;
  const error = s.lastError
    ? `\n  last error: ${s.lastError} (${plural(s.errorCount, 'failure')} in a row)`
    : '';
  return `${s.title ?? '(untitled)'}\n  ${s.url}\n  items ${s.items} · last success ${when(s.lastSuccessAt, 'never')} · next poll ${next}${error}\n`;
}

export async function runFeedCommand(
  c: FeedCommand,
  io: Io,
  ctx: Context,
  reporter: CliReporter,
): Promise<number> {
  switch (c.name) {
    case 'feeds-add':
      return add(c, io, ctx, reporter);
    case 'feeds-list': {
      const subs = await using(c.db, ctx, (ws) => ws.listFeeds());
      if (c.format === 'json') io.stdout.write(`${JSON.stringify(subs, null, 2)}\n`);
      else io.stdout.write(subs.map((s) => describeFeed(s, ctx.now)).join('\n'));
      reporter.finish(`${c.db} follows ${plural(subs.length, 'feed')}`);
      return EXIT.ok;
    }
    case 'feeds-remove': {
      const removed = await using(c.db, ctx, (ws) => ws.removeFeed(c.url));
      if (!removed)
        throw new InputError(`${c.url} is not among the subscriptions of ${c.db} (see: newsfuse feeds list)`);
      reporter.finish(`unsubscribed from ${c.url}; its articles stay in ${c.db}`);
      return EXIT.ok;
    }
    case 'feeds-export': {
      const subs = await using(c.db, ctx, (ws) => ws.listFeeds());
      emit(io, toOpml(subs), c.out);
      reporter.finish(`exported ${plural(subs.length, 'feed')}${c.out ? ` to ${c.out}` : ''}`);
      return EXIT.ok;
    }
    case 'watch':
      return watch(c, io, ctx, reporter);
  }
}

/**
 * Stops on SIGINT/SIGTERM: the feeds under way finish writing, no new one starts; a second signal
 * exits at once. The handlers stay until `release` (a `once` handler gone after the first signal
 * would let a loader's own handler think nobody listens, and exit mid-write).
 */
export function stopOnSignals(io: Io, quiet: boolean): { signal: AbortSignal; release: () => void } {
  const controller = new AbortController();
  const stop = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(signal === 'SIGINT' ? 130 : 143);
    if (!quiet) io.stderr.write('newsfuse: stopping after the feeds under way are written…\n');
    controller.abort();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return {
    signal: controller.signal,
    release: () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    },
  };
}

/** The poll loop's options for a CLI run: lines on stderr, failures even when quiet. */
export function loopOptions(io: Io, ctx: Context, quiet: boolean) {
  return {
    context: (now: Date) => ({ ...ctx, now }),
    deps: fetchDeps(),
    log: (line: string) => {
      if (!quiet) io.stderr.write(`newsfuse: ${line}\n`);
    },
    fail: (line: string) => io.stderr.write(`newsfuse: ${line}\n`),
  };
}

async function watch(
  c: Extract<FeedCommand, { name: 'watch' }>,
  io: Io,
  ctx: Context,
  reporter: CliReporter,
) {
  const quiet = c.common.quiet;
  const r = await using(c.db, ctx, async (ws) => {
    const count = (await ws.listFeeds()).length;
    if (!count)
      throw new InputError(`${c.db} follows no feeds; add some with: newsfuse feeds add URL… --db ${c.db}`);
    const controller = stopOnSignals(io, quiet);
    if (!c.once && !quiet)
      io.stderr.write(`newsfuse: watching ${plural(count, 'feed')} in ${c.db}; Ctrl-C stops\n`);
    return watchFeeds(ws, {
      ...loopOptions(io, ctx, quiet),
      once: c.once,
      all: c.all,
      signal: controller.signal,
    });
  });
  const failed = r.failed.length ? `, ${r.failed.length} failed (named above)` : '';
  reporter.finish(`${plural(r.rounds, 'round')}: ${plural(r.added, 'article')} added to ${c.db}${failed}`);
  return EXIT.ok;
}
