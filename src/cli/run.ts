// The CLI's commands: each takes the parsed command and the process's streams, calls the library,
// and returns an exit code. Errors at the boundary are mapped to exit codes in errors.ts.
// Only what every command needs is imported here; a command's own stack (the pipeline, the
// server, feeds, the queue, the eval harness) is imported when that command runs, so reading a
// workspace (`stories`, `search`, `brief`) never loads the NLP models, fastify or pg-boss.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../config/load.js';
import { evalDataDir, repoRoot } from '../eval/data.js';
import { setHeapGrowth } from '../parallel/heap.js';
import { isPostgresUrl } from '../queue/config.js';
import { openWorkspace } from '../store/index.js';
import type { Context } from '../types/stages.js';
import type { Workspace } from '../types/store.js';
import type { Analysis } from '../types/story.js';
import { upgradeWorkspace } from '../workspace/upgrade.js';
import { formatHits, formatStories, streamBriefs } from './archive.js';
import { type CliCommand, type CommonOptions, SUITES } from './args.js';
import { EXIT, InputError, QualityError, UsageError, WorkspaceError } from './errors.js';
import { emit, formatAnalysis, type Io, useColor } from './output.js';
import { type CliReporter, createReporter } from './reporter.js';

export const DEMO_CORPUS = join(repoRoot, 'examples', 'geneva-2022');

async function context(common: CommonOptions, io: Io): Promise<{ ctx: Context; reporter: CliReporter }> {
  const config = await loadConfig({
    preset: common.preset,
    file: common.configFile,
    env: io.env,
    overrides: common.overrides,
  });
  // This process is the CLI's own: it sets how its heaps grow (see src/parallel/heap.ts).
  setHeapGrowth(config.runtime.heapGrowthPercent);
  const reporter = createReporter(io.stderr, { quiet: common.quiet });
  return { ctx: { config, now: new Date(), reporter }, reporter };
}

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

async function withWorkspace<T>(
  target: string,
  ctx: Context,
  mustExist: boolean,
  fn: (ws: Workspace) => Promise<T>,
): Promise<T> {
  if (mustExist && !/^postgres(ql)?:\/\//.test(target) && !existsSync(target))
    throw new WorkspaceError(
      `no workspace at ${target}; add articles first with: newsfuse ingest <input…> --db ${target}`,
    );
  const ws = await openWorkspace(target, ctx.config.store);
  try {
    // A workspace of an older newsfuse gets its story index and briefings before it is read.
    await upgradeWorkspace(ws, ctx);
    return await fn(ws);
  } finally {
    await ws.close();
  }
}

async function runAnalyze(
  inputs: string[],
  c: Extract<CliCommand, { name: 'analyze' | 'demo' }>,
  io: Io,
): Promise<number> {
  const { ctx, reporter } = await context(c.common, io);
  const db = c.name === 'analyze' ? c.db : undefined;
  let analysis: Analysis;
  let summary: string;
  if (db) {
    const { analysisFromWorkspace, ingestIntoWorkspace } = await import('../workspace/index.js');
    const s = await withWorkspace(db, ctx, false, async (ws) => {
      const r = await ingestIntoWorkspace(inputs, ws, ctx);
      return { r, analysis: await analysisFromWorkspace(ws, ctx, { articles: r.articleIds }) };
    });
    analysis = s.analysis;
    summary = `read ${plural(s.r.read, 'document')}: ${s.r.added} added to ${db}, ${s.r.alreadyStored} already there, ${s.r.skipped.length} skipped`;
    if (!s.r.articleIds.length)
      throw new InputError(
        `nothing could be read from ${inputs.join(' ')} (${plural(s.r.skipped.length, 'input')} skipped)`,
      );
  } else {
    const { runPipeline } = await import('../pipeline.js');
    const r = await runPipeline(inputs, ctx);
    analysis = r.analysis;
    summary = `read ${plural(r.stats.read, 'document')}: ${plural(r.stats.articles, 'article')}, ${r.stats.skipped.length} skipped${r.stats.duplicatesInInput ? `, ${r.stats.duplicatesInInput} exact repeats merged` : ''}; ${plural(analysis.stories.length, 'story', 'stories')}`;
    if (!r.stats.articles)
      throw new InputError(
        `nothing could be read from ${inputs.join(' ')} (${plural(r.stats.skipped.length, 'input')} skipped)`,
      );
  }
  reporter.finish(summary);
  emit(io, await formatAnalysis(analysis, c.format, useColor(c.common, io, c.out)), c.out);
  return EXIT.ok;
}

async function runIngest(c: Extract<CliCommand, { name: 'ingest' }>, io: Io): Promise<number> {
  if (c.queue) return (await import('./queue.js')).runEnqueue(c.inputs, c.db, c.common, io);
  const { ctx, reporter } = await context(c.common, io);
  const { ingestIntoWorkspace } = await import('../workspace/index.js');
  const r = await withWorkspace(c.db, ctx, false, async (ws) => ({
    r: await ingestIntoWorkspace(c.inputs, ws, ctx),
    stats: await ws.stats(),
  }));
  const skipped = r.r.skipped.length ? `, ${r.r.skipped.length} skipped (named above)` : '';
  const cut = r.r.cut.length ? `, ${r.r.cut.length} placed or briefed short of time (named above)` : '';
  reporter.finish(
    `read ${plural(r.r.read, 'document')}: ${r.r.added} added, ${r.r.alreadyStored} already stored${skipped}${cut}; ${c.db} holds ${plural(r.stats.articles, 'article')} in ${plural(r.stats.stories, 'story', 'stories')}`,
  );
  if (!r.r.articleIds.length && r.r.skipped.length)
    throw new InputError(`nothing could be read from ${c.inputs.join(' ')}`);
  return EXIT.ok;
}

async function runBrief(c: Extract<CliCommand, { name: 'brief' }>, io: Io): Promise<number> {
  const { ctx, reporter } = await context(c.common, io);
  const color = useColor(c.common, io, c.out);
  const n = await withWorkspace(c.db, ctx, true, async (ws) => {
    if (c.story && !(await ws.getIndexEntries([c.story])).length)
      throw new UsageError(`no story ${c.story} in ${c.db}`);
    return streamBriefs(ws, c, c.format, { io, out: c.out, color });
  });
  reporter.finish(`${plural(n.stories, 'story', 'stories')}, ${plural(n.articles, 'article')} from ${c.db}`);
  return EXIT.ok;
}

async function runStories(c: Extract<CliCommand, { name: 'stories' }>, io: Io): Promise<number> {
  const { ctx } = await context(c.common, io);
  const page = await withWorkspace(c.db, ctx, true, (ws) =>
    pageOrUsage(() =>
      ws.listStories({
        limit: c.limit,
        cursor: c.cursor,
        since: c.since,
        entity: c.entity,
        outlet: c.outlet,
        order: c.order,
      }),
    ),
  );
  io.stdout.write(formatStories(page, c.format));
  return EXIT.ok;
}

async function runSearch(c: Extract<CliCommand, { name: 'search' }>, io: Io): Promise<number> {
  const { ctx } = await context(c.common, io);
  const page = await withWorkspace(c.db, ctx, true, (ws) =>
    pageOrUsage(() => ws.search({ q: c.query, limit: c.limit, cursor: c.cursor })),
  );
  io.stdout.write(formatHits(page, c.format));
  return EXIT.ok;
}

/** A cursor from another list is the user's mistake, said in one line. */
async function pageOrUsage<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof RangeError) throw new UsageError(e.message);
    throw e;
  }
}

async function runEval(c: Extract<CliCommand, { name: 'eval' }>, io: Io): Promise<number> {
  const { ctx } = await context(c.common, io);
  const data = c.data ?? evalDataDir(io.env);
  if (!data || !existsSync(data))
    throw new InputError(`no labelled data: ${c.data ?? '../shared/eval'} not found (use --data DIR)`);
  const names = c.suite === 'all' ? [...SUITES] : [c.suite];
  const { formatReport, loadBaseline, runSuite } = await import('../eval/harness.js');
  const reports = [];
  for (const name of names) {
    const r = await runSuite(name, data, ctx);
    reports.push(r);
    if (!c.json) io.stdout.write(`${formatReport(r, loadBaseline(name))}\n\n`);
  }
  if (c.json) {
    const docs = reports.map((r) => ({
      suite: r.suite,
      data: r.data,
      metrics: r.metrics,
      peers: r.peers,
      failures: r.failures,
    }));
    io.stdout.write(`${JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2)}\n`);
  }
  const failed = reports.filter((r) => r.failures.length);
  if (failed.length)
    throw new QualityError(
      `under the pinned floors: ${failed.map((r) => `${r.suite} (${r.failures.join('; ')})`).join(', ')}`,
    );
  return EXIT.ok;
}

async function runServe(c: Extract<CliCommand, { name: 'serve' }>, io: Io): Promise<number> {
  const { ctx } = await context(c.common, io);
  if (c.watch && !c.db)
    throw new UsageError('serve --watch needs --db: the subscriptions live in the workspace');
  const [{ buildServer, isLoopback }, { queueHealth }, { watchFeeds }, { loopOptions, stopOnSignals }] =
    await Promise.all([
      import('../server/index.js'),
      import('../queue/index.js'),
      import('../feeds/index.js'),
      import('./feeds.js'),
    ]);
  const ws = c.db ? await openWorkspace(c.db, ctx.config.store) : undefined;
  // A workspace of an older newsfuse gets its story index and briefings before it is served.
  if (ws) await upgradeWorkspace(ws, ctx);
  const token = c.token ?? (io.env.NEWSFUSE_TOKEN || undefined);
  const queue = c.db && isPostgresUrl(c.db) ? queueHealth(c.db) : undefined;
  const app = buildServer({
    workspace: ws,
    context: () => ({ ...ctx, now: new Date() }),
    host: c.host,
    token,
    queue,
  });
  try {
    await app.listen({ host: c.host, port: c.port });
  } catch (e) {
    await app.close();
    await queue?.close();
    await ws?.close();
    throw new UsageError(
      `cannot listen on ${c.host}:${c.port}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
  const writes = token
    ? 'writes need the token'
    : isLoopback(c.host)
      ? 'writes open to this machine'
      : 'writes refused: no --token';
  if (!c.common.quiet)
    io.stderr.write(
      `newsfuse: serving on http://${c.host}:${c.port}/ (${c.db ? `workspace ${c.db}` : 'no workspace'}; ${writes}); Ctrl-C stops\n`,
    );
  // The poll loop runs beside the server on the same workspace, and stops with it.
  const stop = stopOnSignals(io, true);
  const loop =
    c.watch && ws
      ? watchFeeds(ws, { ...loopOptions(io, ctx, c.common.quiet), signal: stop.signal }).catch((e) => {
          io.stderr.write(`newsfuse: feed polling stopped: ${(e as Error).message.split('\n')[0]}\n`);
        })
      : Promise.resolve();
  if (!stop.signal.aborted)
    await new Promise<void>((resolve) => stop.signal.addEventListener('abort', () => resolve()));
  await loop;
  stop.release();
  await app.close();
  await queue?.close();
  await ws?.close();
  return EXIT.ok;
}

export async function runCommand(c: CliCommand, io: Io): Promise<number> {
  switch (c.name) {
    case 'demo':
      return runAnalyze([DEMO_CORPUS], c, io);
    case 'analyze':
      return runAnalyze(c.inputs, c, io);
    case 'extract': {
      const { ctx, reporter } = await context(c.common, io);
      return (await import('./extract.js')).runExtract(c, io, ctx, reporter);
    }
    case 'ingest':
      return runIngest(c, io);
    case 'brief':
      return runBrief(c, io);
    case 'stories':
      return runStories(c, io);
    case 'search':
      return runSearch(c, io);
    case 'eval':
      return runEval(c, io);
    case 'serve':
      return runServe(c, io);
    case 'feeds-add':
    case 'feeds-list':
    case 'feeds-remove':
    case 'feeds-export':
    case 'watch': {
      const { ctx, reporter } = await context(c.common, io);
      return (await import('./feeds.js')).runFeedCommand(c, io, ctx, reporter);
    }
    case 'worker':
    case 'jobs':
      return (await import('./queue.js')).runQueueCommand(c, io);
  }
}
