// Command-line arguments → a typed command, as a pure function: no I/O, no process.exit. Help,
// version and usage errors come back as values the entry point prints.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { ConfigInput } from '../config/index.js';
import { parseDuration } from '../feeds/duration.js';
import { addFeedCommands } from './args-feeds.js';
import { addQueueCommands, type QueueCommand } from './args-queue.js';
import { EXAMPLES, EXIT_CODES_HELP } from './help.js';

export type Format = 'text' | 'md' | 'json' | 'html';
export const SUITES = [
  'extraction',
  'clustering',
  'quotes',
  'dates',
  'reuse',
  'briefing',
  'entities',
] as const;

export interface CommonOptions {
  preset: string | undefined;
  configFile: string | undefined;
  overrides: ConfigInput;
  quiet: boolean;
  color: 'auto' | 'always' | 'never';
}

export type CliCommand =
  | { name: 'demo'; format: Format; out: string | undefined; common: CommonOptions }
  | {
      name: 'analyze';
      inputs: string[];
      format: Format;
      db: string | undefined;
      out: string | undefined;
      common: CommonOptions;
    }
  | { name: 'extract'; input: string; format: 'text' | 'json'; common: CommonOptions }
  | { name: 'ingest'; inputs: string[]; db: string; queue: boolean; common: CommonOptions }
  | {
      name: 'brief';
      db: string;
      story: string | undefined;
      entity: string | undefined;
      since: string | undefined;
      limit: number | undefined;
      format: Format;
      out: string | undefined;
      common: CommonOptions;
    }
  | {
      name: 'stories';
      db: string;
      limit: number;
      cursor: string | undefined;
      since: string | undefined;
      entity: string | undefined;
      outlet: string | undefined;
      order: 'newest' | 'growing';
      format: 'text' | 'json';
      common: CommonOptions;
    }
  | {
      name: 'search';
      query: string;
      db: string;
      limit: number;
      cursor: string | undefined;
      format: 'text' | 'json';
      common: CommonOptions;
    }
  | { name: 'eval'; suite: string; data: string | undefined; json: boolean; common: CommonOptions }
  | {
      name: 'serve';
      db: string | undefined;
      host: string;
      port: number;
      watch: boolean;
      token: string | undefined;
      common: CommonOptions;
    }
  | { name: 'feeds-add'; urls: string[]; opml: string | undefined; db: string; common: CommonOptions }
  | { name: 'feeds-list'; db: string; format: 'text' | 'json'; common: CommonOptions }
  | { name: 'feeds-remove'; url: string; db: string; common: CommonOptions }
  | { name: 'feeds-export'; db: string; out: string | undefined; common: CommonOptions }
  | { name: 'watch'; db: string; once: boolean; all: boolean; common: CommonOptions }
  | QueueCommand;

export type ParseResult =
  | { kind: 'command'; command: CliCommand }
  | { kind: 'exit'; code: number; stdout: string; stderr: string };

const FORMATS: Format[] = ['text', 'md', 'json', 'html'];
const FETCH_ARTICLES_HELP =
  "for a feed item with only a title or a summary, fetch its page and read the article there (the item is kept if the page can't be had)";
const DEFAULT_DB = 'newsfuse.db';

function positiveInt(flag: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0)
      throw new InvalidArgumentError(`${flag} needs a positive whole number, found "${value}"`);
    return n;
  };
}

function isoDay(flag: string) {
  return (value: string): string => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
      throw new InvalidArgumentError(`${flag} needs a day as YYYY-MM-DD, found "${value}"`);
    return value;
  };
}

function nonNegativeInt(flag: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0)
      throw new InvalidArgumentError(`${flag} needs a whole number ≥ 0, found "${value}"`);
    return n;
  };
}

function duration(flag: string) {
  return (value: string): number => {
    const sec = parseDuration(value);
    if (sec === null || sec <= 0)
      throw new InvalidArgumentError(
        `${flag} needs a duration such as 90s, 15m, 1h30m or 2d, found "${value}"`,
      );
    return sec;
  };
}

/** The options every command shares: configuration, limits and output behaviour. */
function withCommon(cmd: Command): Command {
  return cmd
    .option('--preset <name>', 'configuration preset: default, fast, thorough')
    .option(
      '--config <file>',
      'a JSON configuration file (sections: ingest, clean, analyze, dedup, cluster, brief, store, feeds)',
    )
    .option('--max-bytes <n>', 'largest input file or fetched page, in bytes', positiveInt('--max-bytes'))
    .option(
      '--max-decompressed-bytes <n>',
      'largest decompressed size of a gzip input',
      positiveInt('--max-decompressed-bytes'),
    )
    .option('--max-depth <n>', 'deepest HTML/XML/JSON nesting accepted', positiveInt('--max-depth'))
    .option('--timeout <ms>', 'time allowed per document or fetch, in milliseconds', positiveInt('--timeout'))
    .option(
      '--max-article-chars <n>',
      'largest article text, in characters (plain text over it is refused, longer HTML text is cut)',
      positiveInt('--max-article-chars'),
    )
    .option('--allow-private-network', 'allow fetching loopback, link-local and private addresses')
    .option(
      '--max-redirects <n>',
      'redirects followed when fetching a URL',
      nonNegativeInt('--max-redirects'),
    )
    .option(
      '--max-compression-ratio <n>',
      'largest decompressed/compressed size ratio of a gzip input',
      positiveInt('--max-compression-ratio'),
    )
    .option('--user-agent <string>', 'User-Agent header sent when fetching URLs')
    .option(
      '--workers <n>',
      'worker threads for cleaning and language analysis of large batches',
      positiveInt('--workers'),
    )
    .option('-q, --quiet', 'no progress and no summary line on stderr')
    .addOption(
      new Option('--color <when>', 'colour in text output')
        .choices(['auto', 'always', 'never'])
        .default('auto'),
    );
}

function common(opts: Record<string, unknown>): CommonOptions {
  const ingest: Record<string, unknown> = {};
  if (opts.maxBytes !== undefined) ingest.maxBytes = opts.maxBytes;
  if (opts.maxDecompressedBytes !== undefined) ingest.maxDecompressedBytes = opts.maxDecompressedBytes;
  if (opts.maxDepth !== undefined) ingest.maxDepth = opts.maxDepth;
  if (opts.timeout !== undefined) ingest.timeoutMs = opts.timeout;
  if (opts.maxArticleChars !== undefined) ingest.maxArticleChars = opts.maxArticleChars;
  if (opts.allowPrivateNetwork) ingest.allowPrivateNetwork = true;
  if (opts.maxRedirects !== undefined) ingest.maxRedirects = opts.maxRedirects;
  if (opts.maxCompressionRatio !== undefined) ingest.maxCompressionRatio = opts.maxCompressionRatio;
  if (opts.userAgent !== undefined) ingest.userAgent = opts.userAgent;
  if (opts.fetchArticles) ingest.fetchArticles = true;
  const overrides: Record<string, unknown> = {};
  if (Object.keys(ingest).length) overrides.ingest = ingest;
  if (opts.interval !== undefined) overrides.feeds = { intervalSec: opts.interval };
  if (opts.workers !== undefined) overrides.runtime = { workers: opts.workers };
  return {
    preset: opts.preset as string | undefined,
    configFile: opts.config as string | undefined,
    overrides: overrides as ConfigInput,
    quiet: Boolean(opts.quiet),
    color: (opts.color as CommonOptions['color']) ?? 'auto',
  };
}

const formatOption = (def: Format) =>
  new Option('-f, --format <format>', 'output format').choices(FORMATS).default(def);

type OnCommand = (c: CliCommand) => void;

const listFormat = () =>
  new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text');

function addDemo(program: Command, onCommand: OnCommand): void {
  withCommon(
    program
      .command('demo')
      .description('the main job on the bundled example: five reports of the Geneva talks'),
  )
    .addOption(formatOption('text'))
    .option('-o, --out <file>', 'write the result to a file instead of standard output')
    .addHelpText('after', EXAMPLES.demo)
    .action((o) => onCommand({ name: 'demo', format: o.format, out: o.out, common: common(o) }));
}

function addAnalyze(program: Command, onCommand: OnCommand): void {
  withCommon(
    program
      .command('analyze')
      .description('read the inputs, run the whole pipeline, print stories and briefings'),
  )
    .argument('<input...>', 'files, folders (recursive), URLs, or - for standard input')
    .addOption(formatOption('text'))
    .option('--db <file>', 'also add the inputs to this workspace database')
    .option('--fetch-articles', FETCH_ARTICLES_HELP)
    .option('-o, --out <file>', 'write the result to a file instead of standard output')
    .addHelpText('after', EXAMPLES.analyze)
    .action((inputs: string[], o) =>
      onCommand({ name: 'analyze', inputs, format: o.format, db: o.db, out: o.out, common: common(o) }),
    );
}

function addExtract(program: Command, onCommand: OnCommand): void {
  withCommon(
    program
      .command('extract')
      .description('one document → its cleaned article (text + metadata), no story work'),
  )
    .argument('<input>', 'a file, a URL, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', EXAMPLES.extract)
    .action((input: string, o) => onCommand({ name: 'extract', input, format: o.format, common: common(o) }));
}

function addIngest(program: Command, onCommand: OnCommand): void {
  withCommon(
    program
      .command('ingest')
      .description('add inputs to a workspace database; the same document twice changes nothing'),
  )
    .argument('<input...>', 'files, folders (recursive), URLs, or - for standard input')
    .option('--db <file>', 'workspace database (a file, or postgres://… for a shared PostgreSQL)', DEFAULT_DB)
    .option('--fetch-articles', FETCH_ARTICLES_HELP)
    .option('--queue', 'only enqueue the documents for `newsfuse worker` processes (PostgreSQL --db)')
    .addHelpText('after', EXAMPLES.ingest)
    .action((inputs: string[], o) =>
      onCommand({ name: 'ingest', inputs, db: o.db, queue: Boolean(o.queue), common: common(o) }),
    );
}

function addBrief(program: Command, onCommand: OnCommand): void {
  withCommon(
    program
      .command('brief')
      .description(
        'briefings of the stories in a workspace database, newest first, streamed (json: one story a line)',
      ),
  )
    .option('--db <file>', 'workspace database', DEFAULT_DB)
    .option('--story <id>', 'only this story')
    .option('--entity <id>', 'only stories naming this entity (e.g. person:lavrov)')
    .option(
      '--since <day>',
      'only stories with a report on or after this day (YYYY-MM-DD)',
      isoDay('--since'),
    )
    .option('--limit <n>', 'at most this many stories', positiveInt('--limit'))
    .addOption(formatOption('text'))
    .option('-o, --out <file>', 'write the result to a file instead of standard output')
    .addHelpText('after', EXAMPLES.brief)
    .action((o) =>
      onCommand({
        name: 'brief',
        db: o.db,
        story: o.story,
        entity: o.entity,
        since: o.since,
        limit: o.limit,
        format: o.format,
        out: o.out,
        common: common(o),
      }),
    );
}

function addStories(program: Command, onCommand: OnCommand): void {
  withCommon(
    program.command('stories').description('the story index of a workspace, newest first, a page at a time'),
  )
    .option('--db <file>', 'workspace database (a file, or postgres://…)', DEFAULT_DB)
    .option('--limit <n>', 'stories per page', positiveInt('--limit'), 20)
    .option('--cursor <c>', 'the page after this cursor (printed at the end of the previous page)')
    .option(
      '--since <day>',
      'only stories with a report on or after this day (YYYY-MM-DD)',
      isoDay('--since'),
    )
    .option('--entity <id>', 'only stories naming this entity (e.g. person:lavrov)')
    .option('--outlet <name>', 'only stories with a report from this outlet')
    .addOption(
      new Option('--order <order>', 'newest changed first, or most reports in a week first')
        .choices(['newest', 'growing'])
        .default('newest'),
    )
    .addOption(listFormat())
    .addHelpText('after', EXAMPLES.stories)
    .action((o) =>
      onCommand({
        name: 'stories',
        db: o.db,
        limit: o.limit,
        cursor: o.cursor,
        since: o.since,
        entity: o.entity,
        outlet: o.outlet,
        order: o.order,
        format: o.format,
        common: common(o),
      }),
    );
}

function addSearch(program: Command, onCommand: OnCommand): void {
  withCommon(
    program.command('search').description('full-text search over the articles and stories of a workspace'),
  )
    .argument('<query>', 'words (all required) and "quoted phrases"')
    .option('--db <file>', 'workspace database (a file, or postgres://…)', DEFAULT_DB)
    .option('--limit <n>', 'results per page', positiveInt('--limit'), 20)
    .option('--cursor <c>', 'the page after this cursor')
    .addOption(listFormat())
    .addHelpText('after', EXAMPLES.search)
    .action((query: string, o) =>
      onCommand({
        name: 'search',
        query,
        db: o.db,
        limit: o.limit,
        cursor: o.cursor,
        format: o.format,
        common: common(o),
      }),
    );
}

function addEval(program: Command, onCommand: OnCommand): void {
  withCommon(
    program
      .command('eval')
      .description('score newsfuse against the labelled sets, next to the published anchors'),
  )
    .argument('<suite>', `one of ${SUITES.join(', ')}, or all`)
    .option('--data <dir>', 'the labelled data folder (default: ../shared/eval)')
    .option('--json', 'print the scores as JSON (one object per suite)')
    .addHelpText('after', EXAMPLES.eval)
    .action((suite: string, o) =>
      onCommand({ name: 'eval', suite, data: o.data, json: Boolean(o.json), common: common(o) }),
    );
}

function addServe(program: Command, onCommand: OnCommand): void {
  withCommon(program.command('serve').description('the web application and its JSON API over HTTP'))
    .option('--db <file>', 'the workspace the pages and the API read and add to')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <n>', 'port to listen on', positiveInt('--port'), 8080)
    .option('--watch', "also poll the workspace's feed subscriptions, as `newsfuse watch` does")
    .option(
      '--interval <duration>',
      'with --watch: between two polls of a feed (default 30m)',
      duration('--interval'),
    )
    .option('--token <token>', 'bearer token the writing routes require (default: $NEWSFUSE_TOKEN)')
    .addHelpText('after', EXAMPLES.serve)
    .action((o) =>
      onCommand({
        name: 'serve',
        db: o.db,
        host: o.host,
        port: o.port,
        watch: Boolean(o.watch),
        token: o.token,
        common: common(o),
      }),
    );
}

/**
 * Every command, in the order help lists them, with the names it adds. Building one costs its
 * options: a run names its command first, and only that one is built.
 */
const COMMANDS: [names: string[], add: (program: Command, onCommand: OnCommand) => void][] = [
  [['demo'], addDemo],
  [['analyze'], addAnalyze],
  [['extract'], addExtract],
  [['ingest'], addIngest],
  [['brief'], addBrief],
  [['stories'], addStories],
  [['search'], addSearch],
  [['eval'], addEval],
  [['serve'], addServe],
  [
    ['feeds', 'watch'],
    (program, onCommand) =>
      addFeedCommands(program, onCommand, { withCommon, common, duration, defaultDb: DEFAULT_DB }),
  ],
  [
    ['worker', 'jobs'],
    (program, onCommand) => addQueueCommands(program, onCommand, { withCommon, common, positiveInt }),
  ],
];

/** The program; with `only` (a command's name), only that command, else all of them. */
export function buildProgram(onCommand: OnCommand, version: string, only?: string): Command {
  const program = new Command('newsfuse')
    .description('newsfuse: many noisy news reports in, stories with a sourced briefing out')
    .version(version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', `\n${EXAMPLES.main}\n${EXIT_CODES_HELP}`);
  const known = only !== undefined && COMMANDS.some(([names]) => names.includes(only));
  for (const [names, add] of COMMANDS) if (!known || names.includes(only)) add(program, onCommand);
  return program;
}

/** Parses `argv` (without `node` and the script path). */
export function parseArgs(argv: readonly string[], version = '0.0.0'): ParseResult {
  let parsed: CliCommand | undefined;
  let stdout = '';
  let stderr = '';
  // A run that names a command first builds only that command (help and mistakes still list all).
  const program = buildProgram(
    (c) => {
      parsed = c;
    },
    version,
    argv[0],
  );
  const configure = (cmd: Command) => {
    cmd.exitOverride().configureOutput({
      writeOut: (s) => {
        stdout += s;
      },
      writeErr: (s) => {
        stderr += s;
      },
    });
    cmd.commands.forEach(configure);
  };
  configure(program);
  try {
    program.parse([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; every usage mistake exits 2.
      const code = e.exitCode === 0 ? 0 : 2;
      return { kind: 'exit', code, stdout, stderr };
    }
    throw e;
  }
  if (!parsed) {
    program.outputHelp();
    return { kind: 'exit', code: 2, stdout: '', stderr: stdout + stderr };
  }
  if (
    parsed.name === 'eval' &&
    parsed.suite !== 'all' &&
    !(SUITES as readonly string[]).includes(parsed.suite)
  ) {
    return {
      kind: 'exit',
      code: 2,
      stdout,
      stderr: `newsfuse: unknown eval suite "${parsed.suite}" (known: ${SUITES.join(', ')}, all)\n`,
    };
  }
  return { kind: 'command', command: parsed };
}
