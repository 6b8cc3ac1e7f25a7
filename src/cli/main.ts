#!/usr/bin/env node
// The `newsfuse` command: parse (a pure function), run, map any error to one line and an exit code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../eval/data.js';
import { parseArgs } from './args.js';
import { describeError } from './errors.js';

function version(): string {
  try {
    return (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2), version());
  if (parsed.kind === 'exit') {
    process.stdout.write(parsed.stdout);
    process.stderr.write(parsed.stderr);
    return parsed.code;
  }
  const io = { stdout: process.stdout, stderr: process.stderr, env: process.env };
  try {
    // Loaded after parsing, so `--version`, `--help` and a usage error load no command at all.
    const { runCommand } = await import('./run.js');
    return await runCommand(parsed.command, io);
  } catch (e) {
    const { code, message } = describeError(e);
    if (message) process.stderr.write(`newsfuse: ${message}\n`);
    if (process.env.NEWSFUSE_DEBUG) process.stderr.write(`${(e as Error).stack ?? e}\n`);
    return code;
  }
}

// A closed pipe (`newsfuse demo | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`newsfuse: internal error: ${(e as Error).message}\n`);
    process.exitCode = 70;
  },
);
