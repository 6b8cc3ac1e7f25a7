// Long fuzzing runs: `npm run fuzz -- --seconds 600` (or `--runs N` per kind, `--kinds warc,jsonl`,
// `--seed S`); the kind `http` fuzzes the bodies of POST /api/analyze and /api/ingest. Each kind runs in its own child process, so a case that hangs the event loop (which
// no timer inside the process can interrupt) is killed from outside and kept as a fixture too.
// Prints cases run, documents, rejections and failures per kind; every failure is saved under
// src/fuzz/fixtures/ as a regression case that `npm test` replays.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { caseOf, type FuzzCase } from '../src/fuzz/arbitraries.js';
import { saveCase } from '../src/fuzz/fixtures.js';
import { checkHttp, httpCase } from '../src/fuzz/http.js';
import { checkCase, fuzzContext } from '../src/fuzz/property.js';
import { type FuzzKind, KIND_NAMES } from '../src/fuzz/seeds.js';
import { buildServer } from '../src/server/app.js';
import { openWorkspace } from '../src/store/index.js';

/** Not an input kind: the HTTP bodies. */
const HTTP = 'http' as FuzzKind;

interface Options {
  runs: number;
  seconds: number;
  kinds: FuzzKind[];
  seed: number;
  child: FuzzKind | null;
  scale: number;
}

function options(argv: string[]): Options {
  const get = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const kinds = (get('--kinds')?.split(',') ?? [...KIND_NAMES, HTTP]) as FuzzKind[];
  for (const k of kinds)
    if (!KIND_NAMES.includes(k) && k !== HTTP)
      throw new Error(`unknown kind ${k} (known: ${KIND_NAMES.join(', ')}, http)`);
  return {
    runs: Number(get('--runs') ?? 1_000_000),
    seconds: Number(get('--seconds') ?? 60),
    kinds,
    seed: Number(get('--seed') ?? Date.now() % 2 ** 31),
    child: (get('--child') as FuzzKind | undefined) ?? null,
    scale: Number(get('--scale') ?? 200),
  };
}

interface Summary {
  kind: FuzzKind;
  cases: number;
  documents: number;
  rejections: number;
  failures: string[];
  slowestMs: number;
}

/** In the child: fuzz the HTTP bodies against an in-process server with a fresh workspace. */
async function fuzzHttp(o: Options): Promise<Summary> {
  const dir = mkdtempSync(join(tmpdir(), 'newsfuse-fuzz-http-'));
  const ws = await openWorkspace(join(dir, 'ws.db'));
  const app = buildServer({ context: fuzzContext, workspace: ws });
  const s: Summary = { kind: HTTP, cases: 0, documents: 0, rejections: 0, failures: [], slowestMs: 0 };
  let stopped = false;
  const property = fc.asyncProperty(httpCase(o.scale), async (c) => {
    if (stopped) return true;
    const started = performance.now();
    const failure = await checkHttp(app, c);
    s.cases++;
    s.slowestMs = Math.max(s.slowestMs, Math.round(performance.now() - started));
    if (failure) s.failures.push(`${c.route} ${c.how}: ${failure} (body: ${c.body.slice(0, 120)})`);
    return true;
  });
  await fc.check(property, { numRuns: o.runs, seed: o.seed, interruptAfterTimeLimit: o.seconds * 1000 });
  stopped = true;
  await app.close();
  await ws.close();
  rmSync(dir, { recursive: true, force: true });
  return s;
}

/** In the child: fuzz one kind until runs or time are used up, saving each failure found. */
async function fuzzKind(kind: FuzzKind, o: Options, current: string): Promise<Summary> {
  const dir = mkdtempSync(join(tmpdir(), `newsfuse-fuzz-${kind}-`));
  const s: Summary = { kind, cases: 0, documents: 0, rejections: 0, failures: [], slowestMs: 0 };
  const seen = new Set<string>();
  // fast-check may return at its time limit while a case is still running: that case is not counted.
  let stopped = false;
  const property = fc.asyncProperty(caseOf(kind, o.scale), async (c: FuzzCase) => {
    if (stopped) return true;
    // Left for the parent to save if this case never returns.
    writeFileSync(
      current,
      JSON.stringify({ kind: c.kind, how: c.how, bytes: Buffer.from(c.bytes).toString('base64') }),
    );
    const r = await checkCase(c, dir);
    if (stopped) return true;
    s.cases++;
    s.documents += r.documents;
    s.rejections += r.rejections;
    s.slowestMs = Math.max(s.slowestMs, r.ms);
    if (r.failure && !seen.has(r.failure)) {
      seen.add(r.failure);
      s.failures.push(`${saveCase(c, r.failure)}: ${r.failure}`);
    }
    // Every failure is recorded, and the run goes on to find others.
    return true;
  });
  await fc.check(property, { numRuns: o.runs, seed: o.seed, interruptAfterTimeLimit: o.seconds * 1000 });
  stopped = true;
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return s;
}

function runChild(kind: FuzzKind, o: Options, seconds: number): Promise<Summary> {
  const current = join(tmpdir(), `newsfuse-fuzz-current-${process.pid}-${kind}.json`);
  const args = [...process.execArgv, process.argv[1]!, '--child', kind, '--runs', String(o.runs)];
  args.push('--seconds', String(seconds), '--seed', String(o.seed), '--scale', String(o.scale));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...args, '--current', current], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    // The child stops itself after `seconds`; a case that hangs past that (plus a margin) is killed.
    const watchdog = setTimeout(() => child.kill('SIGKILL'), (seconds + 60) * 1000);
    child.on('exit', (code, signal) => {
      clearTimeout(watchdog);
      if (code === 0) return resolve(JSON.parse(out) as Summary);
      if (kind === HTTP) {
        const failures = [`crashed or hung (exit ${code ?? signal})`];
        return resolve({ kind, cases: 0, documents: 0, rejections: 0, failures, slowestMs: 0 });
      }
      const hung = JSON.parse(readFileSync(current, 'utf8')) as {
        kind: FuzzKind;
        how: string;
        bytes: string;
      };
      const c = { kind: hung.kind, how: hung.how, bytes: new Uint8Array(Buffer.from(hung.bytes, 'base64')) };
      const failure = signal ? `hung: killed after ${seconds + 60} s` : `crashed with exit code ${code}`;
      resolve({
        kind,
        cases: 0,
        documents: 0,
        rejections: 0,
        failures: [`${saveCase(c, failure)}: ${failure}`],
        slowestMs: 0,
      });
    });
  });
}

function table(rows: Summary[], seconds: number): string {
  const lines = [
    '| kind | cases | documents | rejections | slowest case (ms) | failures |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.kind} | ${r.cases} | ${r.documents} | ${r.rejections} | ${r.slowestMs} | ${r.failures.length} |`,
    );
  const total = rows.reduce((n, r) => n + r.cases, 0);
  lines.push(`| all (${seconds} s) | ${total} | | | | ${rows.reduce((n, r) => n + r.failures.length, 0)} |`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const o = options(argv);
  if (o.child) {
    const current = argv[argv.indexOf('--current') + 1]!;
    const summary = o.child === HTTP ? await fuzzHttp(o) : await fuzzKind(o.child, o, current);
    process.stdout.write(JSON.stringify(summary));
    return;
  }
  const perKind = Math.max(1, Math.floor(o.seconds / o.kinds.length));
  console.error(`fuzzing ${o.kinds.join(', ')}: ${perKind} s each, seed ${o.seed}`);
  const rows: Summary[] = [];
  for (const kind of o.kinds) {
    const row = await runChild(kind, o, perKind);
    rows.push(row);
    console.error(`${kind}: ${row.cases} cases, ${row.failures.length} failures`);
    for (const f of row.failures) console.error(`  ${f}`);
  }
  console.log(table(rows, o.seconds));
  process.exitCode = rows.some((r) => r.failures.length) ? 1 : 0;
}

main().catch((e) => {
  console.error(`fuzz: ${(e as Error).message}`);
  process.exitCode = 2;
});
