// Store benchmark: commit throughput for batches of typical analysed articles, bytes per article on
// disk, and the lookups an ingest makes per batch (hasArticles, findByBands, getArticles).
//   node --import tsx src/store/bench.ts [--articles 5000] [--batch 500] [--bands 42] [--pg URL | --pg-throwaway]
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { Workspace } from '../types/store.js';
import { type PgServer, startPgServer } from './fixtures/pg-server.js';
import { sampleBatch } from './fixtures/sample.js';
import { openWorkspace } from './index.js';

export interface BenchResult {
  store: string;
  articles: number;
  batch: number;
  bandsPerArticle: number;
  jsonBytesPerArticle: number;
  commitArticlesPerSec: number;
  /** Per second of this process's CPU: steadier than wall time on a shared machine (SQLite works in-process). */
  commitArticlesPerCpuSec: number;
  recommitArticlesPerSec: number;
  diskBytesPerArticle: number;
  findByBandsMs: number;
  getArticlesPerSec: number;
}

const round = (x: number, digits = 0) => Number(x.toFixed(digits));

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return (performance.now() - t) / 1000;
}

/** Commits `total` articles in batches as an ingest would (lookups first), then measures reads. */
export async function benchWorkspace(
  ws: Workspace,
  total: number,
  batchSize: number,
  diskBytes: () => Promise<number>,
  bands = 42,
): Promise<BenchResult> {
  const batches = Array.from({ length: Math.ceil(total / batchSize) }, (_, i) =>
    sampleBatch('bench', Math.min(batchSize, total - i * batchSize), { from: i * batchSize, bands }),
  );
  const jsonBytes = batches.reduce(
    (n, b) => n + b.articles.reduce((m, a) => m + Buffer.byteLength(JSON.stringify(a)), 0),
    0,
  );
  const before = await diskBytes();
  let commitSecs = 0;
  const cpu = process.cpuUsage();
  for (const b of batches) {
    await ws.hasArticles(b.articles.map((a) => a.id));
    commitSecs += await timed(() => ws.commit(b));
  }
  const cpuUsed = process.cpuUsage(cpu);
  const cpuSecs = (cpuUsed.user + cpuUsed.system) / 1e6;
  const after = await diskBytes();
  let recommitSecs = 0;
  for (const b of batches.slice(0, 2)) recommitSecs += await timed(() => ws.commit(b));
  const recommitted = batches.slice(0, 2).reduce((n, b) => n + b.articles.length, 0);
  const probes = batches.flatMap((b) => b.fingerprints.slice(0, 20));
  const bandSecs = await timed(async () => {
    for (const p of probes) await ws.findByBands(p.bands);
  });
  const ids = batches.flatMap((b) => b.articles.map((a) => a.id));
  const readSecs = await timed(() => ws.getArticles(ids));
  return {
    store: ws.kind,
    articles: total,
    batch: batchSize,
    bandsPerArticle: bands,
    jsonBytesPerArticle: round(jsonBytes / total),
    commitArticlesPerSec: round(total / commitSecs),
    commitArticlesPerCpuSec: round(total / cpuSecs),
    recommitArticlesPerSec: round(recommitted / recommitSecs),
    diskBytesPerArticle: round((after - before) / total),
    findByBandsMs: round((bandSecs * 1000) / probes.length, 3),
    getArticlesPerSec: round(ids.length / readSecs),
  };
}

function sqliteBytes(path: string): () => Promise<number> {
  return async () => {
    // Checkpoint first, so the figure is the database file itself, not pages still in the WAL.
    const db = new Database(path);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    return statSync(path).size;
  };
}

function pgBytes(url: string): () => Promise<number> {
  return async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const tables = ['articles', 'relations', 'bands', 'state', 'stories'];
      const r = await client.query<{ n: string }>(
        'SELECT COALESCE(SUM(pg_total_relation_size(to_regclass(t))), 0)::text AS n FROM unnest($1::text[]) t',
        [tables],
      );
      return Number(r.rows[0]!.n);
    } finally {
      await client.end();
    }
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '5000' },
      batch: { type: 'string', default: '500' },
      bands: { type: 'string', default: '42' },
      pg: { type: 'string' },
      'pg-throwaway': { type: 'boolean', default: false },
    },
  });
  const total = Number(values.articles);
  const batch = Number(values.batch);
  const dir = mkdtempSync(join(tmpdir(), 'newsfuse-bench-'));
  let server: PgServer | undefined;
  try {
    const path = join(dir, 'bench.db');
    const runs: { target: string; bytes: () => Promise<number> }[] = [
      { target: path, bytes: sqliteBytes(path) },
    ];
    if (values['pg-throwaway']) {
      server = await startPgServer();
      values.pg = await server.database('bench');
    }
    if (values.pg) runs.push({ target: values.pg, bytes: pgBytes(values.pg) });
    for (const run of runs) {
      const ws = await openWorkspace(run.target);
      try {
        console.log(JSON.stringify(await benchWorkspace(ws, total, batch, run.bytes, Number(values.bands))));
      } finally {
        await ws.close();
      }
    }
  } finally {
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
