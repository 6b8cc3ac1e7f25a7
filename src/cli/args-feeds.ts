// `feeds add|list|remove|export` and `watch`, parsed like every other command (args.ts passes in
// the shared option helpers, so this file imports nothing back from it).
import { type Command, Option } from 'commander';
import type { CliCommand, CommonOptions } from './args.js';
import { EXAMPLES } from './help.js';

interface Helpers {
  withCommon: (cmd: Command) => Command;
  common: (opts: Record<string, unknown>) => CommonOptions;
  duration: (flag: string) => (value: string) => number;
  defaultDb: string;
}

/** `feeds add|list|remove|export` and `watch`: subscriptions kept in the workspace, and their polling. */
export function addFeedCommands(
  program: Command,
  onCommand: (c: CliCommand) => void,
  { withCommon, common, duration, defaultDb }: Helpers,
): void {
  const dbOption = (cmd: Command) =>
    cmd.option('--db <file>', 'workspace database (a file, or postgres://…)', defaultDb);
  const feeds = program
    .command('feeds')
    .description('feed subscriptions kept in the workspace: add, list, remove, export')
    .addHelpText('after', EXAMPLES.feeds);
  dbOption(
    withCommon(feeds.command('add').description('subscribe to feeds (each URL is checked to be a feed)')),
  )
    .argument('[url...]', 'feed URLs, or pages that name their feed')
    .option('--opml <file>', 'subscribe to every feed an OPML file lists')
    .action((urls: string[], o) =>
      onCommand({ name: 'feeds-add', urls, opml: o.opml, db: o.db, common: common(o) }),
    );
  dbOption(
    withCommon(
      feeds.command('list').description("each feed's title, last success, last error, items and next poll"),
    ),
  )
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((o) => onCommand({ name: 'feeds-list', db: o.db, format: o.format, common: common(o) }));
  dbOption(withCommon(feeds.command('remove').description('unsubscribe from a feed (its articles stay)')))
    .argument('<url>', 'the feed URL, as `feeds list` shows it')
    .action((url: string, o) => onCommand({ name: 'feeds-remove', url, db: o.db, common: common(o) }));
  dbOption(withCommon(feeds.command('export').description('the subscriptions as OPML')))
    .option('-o, --out <file>', 'write the OPML to a file instead of standard output')
    .action((o) => onCommand({ name: 'feeds-export', db: o.db, out: o.out, common: common(o) }));

  dbOption(
    withCommon(
      program
        .command('watch')
        .description('poll the feed subscriptions and add their new items, until stopped (Ctrl-C)'),
    ),
  )
    .option('--once', 'one round of the feeds that are due, then exit (0 even when some feeds fail)')
    .option('--all', 'poll every subscription now, whatever its schedule (still conditional)')
    .option(
      '--interval <duration>',
      'between two polls of a feed: 90s, 15m, 1h… (default 30m)',
      duration('--interval'),
    )
    .addHelpText('after', EXAMPLES.watch)
    .action((o) =>
      onCommand({ name: 'watch', db: o.db, once: Boolean(o.once), all: Boolean(o.all), common: common(o) }),
    );
}
