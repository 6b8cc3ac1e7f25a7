// `worker` and `jobs`, parsed like every other command. Parsing loads only the queue's names and
// defaults, never pg-boss or the PostgreSQL driver: those are loaded by queue.ts when a queue
// command runs.
import { type Command, InvalidArgumentError } from 'commander';
import { parseDuration, QUEUE_DEFAULTS } from '../queue/config.js';
import type { CliCommand, CommonOptions } from './args.js';

export type QueueCommand =
  | {
      name: 'worker';
      db: string;
      concurrency: number;
      jobTimeoutSeconds: number;
      logJobs: boolean;
      common: CommonOptions;
    }
  | { name: 'jobs'; db: string; json: boolean; common: CommonOptions };

interface ArgsKit {
  withCommon: (cmd: Command) => Command;
  common: (opts: Record<string, unknown>) => CommonOptions;
  positiveInt: (flag: string) => (value: string) => number;
}

function duration(value: string): number {
  const s = parseDuration(value);
  if (s === null)
    throw new InvalidArgumentError(`--job-timeout needs a duration like 90s, 5m or 1h, found "${value}"`);
  return s;
}

export function addQueueCommands(program: Command, onCommand: (c: CliCommand) => void, kit: ArgsKit): void {
  kit
    .withCommon(
      program
        .command('worker')
        .description('take queued documents from a PostgreSQL workspace until stopped'),
    )
    .requiredOption('--db <url>', 'the workspace (postgres://…) whose queue to work')
    .option(
      '--concurrency <n>',
      'documents analysed at once by this process',
      kit.positiveInt('--concurrency'),
      QUEUE_DEFAULTS.concurrency,
    )
    .option(
      '--job-timeout <duration>',
      'a job held longer (its worker died) goes to another worker',
      duration,
      QUEUE_DEFAULTS.jobTimeoutSeconds,
    )
    .option('--log-jobs', 'a line on stderr for each job taken and each job ended, with its id')
    .addHelpText(
      'after',
      '\nExample:\n  $ newsfuse worker --db postgres://user@host/newsfuse --concurrency 2   # SIGTERM: finish, exit 0',
    )
    .action((o) =>
      onCommand({
        name: 'worker',
        db: o.db,
        concurrency: o.concurrency,
        jobTimeoutSeconds: o.jobTimeout,
        logJobs: Boolean(o.logJobs),
        common: kit.common(o),
      }),
    );
  kit
    .withCommon(
      program
        .command('jobs')
        .description('the queue of a PostgreSQL workspace: depth, rate, timings, dead letter'),
    )
    .requiredOption('--db <url>', 'the workspace (postgres://…)')
    .option('--json', 'print the state as JSON')
    .action((o) => onCommand({ name: 'jobs', db: o.db, json: Boolean(o.json), common: kit.common(o) }));
}
