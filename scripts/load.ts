// Load test of `newsfuse serve` on loopback, bounded in time and count: `npm run load -- --seconds 20`.
// A workspace is filled with the bundled example, the server started as a child process, and five
// autocannon runs go at once: GET /api/stories, GET /api/stories/:id, GET /api/search, POST
// /api/analyze and POST /api/ingest (a new document each time, so each ingest does real work). Then two probes: a body
// over the size limit (413) and a body that never finishes (408). Prints p50/p99 per route and the
// server's memory; exits 1 on any 5xx, connection error, failed probe, or memory past 1 GiB.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = ['--import', 'tsx', join(root, 'src/cli/main.ts')];
const argv = process.argv.slice(2);
const flag = (name: string, def: number) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : def;
};
const SECONDS = flag('--seconds', 15);
const MAX_PER_ROUTE = flag('--max-requests', 20_000);
const INGEST_LIMIT = flag('--max-concurrent-ingests', 2);
const MEMORY_CEILING = 1024 * 1024 * 1024;

const example = join(root, 'examples', 'geneva-2022');
const reports = readdirSync(example)
  .sort()
  .map((f) => readFileSync(join(example, f), 'utf8'));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function rss(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : 0;
}

async function waitFor(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not answer ${url} within ${ms} ms`);
}

interface Row {
  route: string;
  result: autocannon.Result;
}

function run(title: string, base: string, connections: number, request: autocannon.Request): Promise<Row> {
  return autocannon({
    url: base,
    connections,
    duration: SECONDS,
    maxOverallRequests: MAX_PER_ROUTE,
    timeout: 60,
    requests: [request],
  }).then((result) => ({ route: title, result }));
}

const json = { 'content-type': 'application/json' };
let ingested = 0;

function routes(base: string, storyId: string): Promise<Row>[] {
  return [
    run('GET /api/stories', base, 4, { method: 'GET', path: '/api/stories' }),
    run('GET /api/stories/:id', base, 4, { method: 'GET', path: `/api/stories/${storyId}` }),
    run('GET /api/search', base, 2, {
      method: 'GET',
      path: '/api/search?q=Lavrov%20Blinken&limit=20',
      setupRequest: (req) => {
        // The words searched change with each request, some found and some not.
        const words = ['Lavrov', 'Geneva talks', 'Ukraine', 'security guarantees', 'troops', 'nothing-here'];
        req.path = `/api/search?q=${encodeURIComponent(words[Math.floor(Math.random() * words.length)]!)}&limit=20`;
        return req;
      },
    }),
    run('POST /api/analyze', base, 2, {
      method: 'POST',
      path: '/api/analyze',
      headers: json,
      body: JSON.stringify({ documents: [{ text: reports[0] }] }),
    }),
    run('POST /api/ingest', base, 4, {
      method: 'POST',
      path: '/api/ingest',
      headers: json,
      // A new document each time: an ingest of stored bytes would do no work.
      body: JSON.stringify({ documents: [{ text: reports[1] }] }),
      setupRequest: (req) => {
        ingested++;
        const text = `${reports[(ingested % 4) + 1]}\n\nUpdate ${ingested}: officials said talks would resume.`;
        req.body = JSON.stringify({ documents: [{ text }] });
        return req;
      },
    }),
  ];
}

/** A body past the 20 MB limit, and one that stops half-way: both must be refused. */
async function probes(base: string, port: number): Promise<{ huge: number; slow: string }> {
  const huge = await fetch(`${base}/api/analyze`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ documents: [{ text: 'x'.repeat(21 * 1024 * 1024) }] }),
  }).then((r) => r.status);
  const slow = await new Promise<string>((resolve) => {
    const socket = connect(port, '127.0.0.1', () =>
      socket.write(
        'POST /api/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"documents":',
      ),
    );
    let answer = '';
    socket.on('data', (d) => {
      answer += d.toString();
    });
    socket.on('close', () => resolve(answer.split('\r\n')[0] ?? ''));
    setTimeout(() => socket.destroy(), 20_000);
  });
  return { huge, slow };
}

const count = (r: autocannon.Result, prefix: string) =>
  Object.entries(r.statusCodeStats ?? {})
    .filter(([code]) => code.startsWith(prefix))
    .reduce((n, [, v]) => n + Number((v as { count: number }).count), 0);

function table(rows: Row[]): string {
  const lines = [
    '| route | requests | 2xx | 429 | other 4xx | 5xx | errors | p50 ms | p99 ms | max ms |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const { route, result: r } of rows) {
    const c429 = count(r, '429');
    lines.push(
      `| ${route} | ${r.requests.total} | ${count(r, '2')} | ${c429} | ${count(r, '4') - c429} | ${count(r, '5')} | ${r.errors} | ${r.latency.p50} | ${r.latency.p99} | ${r.latency.max} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'newsfuse-load-'));
  const db = join(dir, 'ws.db');
  const seeded = spawnSync(process.execPath, [...cli, 'ingest', example, '--db', db, '-q'], {
    encoding: 'utf8',
  });
  if (seeded.status !== 0) throw new Error(`seeding the workspace failed: ${seeded.stderr}`);
  const port = await freePort();
  const env = {
    ...process.env,
    NEWSFUSE_SERVER_MAXCONCURRENTINGESTS: String(INGEST_LIMIT),
    NEWSFUSE_SERVER_BODYTIMEOUTMS: '3000',
  };
  const server = spawn(process.execPath, [...cli, 'serve', '--db', db, '--port', String(port), '-q'], {
    env,
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/api/health`, 30_000);
    const stories = (await (await fetch(`${base}/api/stories`)).json()) as { stories: { id: string }[] };
    const memory = { start: rss(server.pid!), peak: 0, end: 0 };
    const sampler = setInterval(() => {
      memory.peak = Math.max(memory.peak, rss(server.pid!));
    }, 250);
    console.error(
      `load: ${SECONDS} s on ${base}, ingest limit ${INGEST_LIMIT}, at most ${MAX_PER_ROUTE} requests per route`,
    );
    const rows = await Promise.all(routes(base, stories.stories[0]!.id));
    const probe = await probes(base, port);
    clearInterval(sampler);
    memory.end = rss(server.pid!);
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
    console.log(table(rows));
    console.log(
      `\nserver memory (RSS): start ${mb(memory.start)}, peak ${mb(memory.peak)}, end ${mb(memory.end)}`,
    );
    console.log(`probes: 21 MB body → ${probe.huge}; body stopped half-way → ${probe.slow}`);
    const fivexx = rows.reduce((n, r) => n + count(r.result, '5') + r.result.errors, 0);
    const ok = fivexx === 0 && memory.peak < MEMORY_CEILING && probe.huge === 413 && / 408 /.test(probe.slow);
    console.log(ok ? 'load: passed' : 'load: FAILED (5xx, errors, memory or probes above)');
    return ok ? 0 : 1;
  } finally {
    server.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(`load: ${(e as Error).message}`);
    process.exitCode = 2;
  },
);
