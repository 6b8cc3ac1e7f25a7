// Shared by the interruption tests: runs `newsfuse` as a user does (its own process, from the
// sources) and, when asked, kills it with SIGKILL the moment a condition the test polls holds.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** True when the process was killed because `killWhen` held (not by the time limit). */
  killed: boolean;
  /** True when `meanwhile.act` was run while the process ran. */
  acted: boolean;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Polled every few milliseconds while the process runs; SIGKILL once it returns true. */
  killWhen?: () => boolean | Promise<boolean>;
  /** Or, instead of a kill: `act` is run once `when` holds (e.g. the database server restarted). */
  meanwhile?: { when: () => boolean | Promise<boolean>; act: () => void | Promise<void> };
  /** Called on every chunk of stderr (to react to a line the process prints). */
  onStderr?: (all: string) => void;
  /** Killed (and reported as not `killed`) after this long. */
  timeoutMs?: number;
}

export function newsfuse(args: readonly string[], opts: RunOptions): Promise<Run> {
  const child = spawn(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), join(root, 'src/cli/main.ts'), ...args],
    { cwd: opts.cwd, env: { ...process.env, NO_COLOR: '', ...opts.env } },
  );
  let stdout = '';
  let stderr = '';
  let killed = false;
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
    opts.onStderr?.(stderr);
  });
  const running = () => child.exitCode === null && child.signalCode === null;
  const limit = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
  let acted = false;
  const poll = async () => {
    const when = opts.killWhen ?? opts.meanwhile?.when;
    if (!when) return;
    while (running()) {
      // A probe may fail while the process holds a lock or is half-way through creating a file.
      if (await Promise.resolve(when()).catch(() => false)) {
        if (opts.meanwhile) {
          acted = true;
          await opts.meanwhile.act();
          return;
        }
        killed = running();
        child.kill('SIGKILL');
        return;
      }
      await new Promise((r) => setTimeout(r, 3));
    }
  };
  void poll();
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(limit);
      resolve({ code, signal, stdout, stderr, killed, acted });
    });
  });
}
