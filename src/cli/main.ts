#!/usr/bin/env node
// The `newsfuse` command: parse (a pure function), run, map any error to one line and an exit code.
import { readFileSync } from 'node:fs';
import module from 'node:module';
import { join } from 'node:path';

// Node 22.1+ keeps the compiled code of the modules it loads on disk and reuses it on the next run:
// most of a read's time is starting up. Set before any of newsfuse's own modules is loaded, hence
// their imports below are dynamic. (Node 20 has no such cache; NODE_DISABLE_COMPILE_CACHE=1 turns
// it off.)
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

async function version(): Promise<string> {
  const { repoRoot } = await import('../eval/data.js');
  try {
    return (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

async function main(): Promise<number> {
  const [{ parseArgs }, { describeError }] = await Promise.all([import('./args.js'), import('./errors.js')]);
  const parsed = parseArgs(process.argv.slice(2), await version());
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
