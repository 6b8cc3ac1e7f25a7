// Do the workers build the same stories as one process? The ECB+ texts (read at run time from the
// shared eval folder) are ingested twice into a throwaway PostgreSQL: by one `ingest`, and through
// the queue by two worker processes. Prints the B³ scores of the queued stories against the single
// run's (each article keyed by its id, the same bytes giving the same id in both).
//   node --import tsx scripts/agreement-workers.ts [--processes 2]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { scoreClusters } from '../src/cluster/metrics.js';
import { evalDataDir } from '../src/eval/data.js';
import { queuedRun, quietContext } from '../src/queue/fixtures/run.js';
import { pgUnavailable, startPgServer } from '../src/store/fixtures/pg-server.js';
import { openWorkspace } from '../src/store/index.js';
import { ingestIntoWorkspace } from '../src/workspace/index.js';

const { values } = parseArgs({ options: { processes: { type: 'string', default: '2' } } });
const data = evalDataDir();
const docs = data ? join(data, 'clustering', 'ecbplus', 'docs') : null;
const why =
  !docs || !existsSync(docs) ? 'no ECB+ texts (shared/eval/clustering/ecbplus/docs)' : pgUnavailable();
if (why) {
  console.log(`agreement skipped: ${why}`);
  process.exit(0);
}

async function storiesOf(url: string): Promise<Map<string, string>> {
  const ws = await openWorkspace(url);
  try {
    const out = new Map<string, string>();
    for (const s of await ws.getStories()) for (const a of s.articles) out.set(a, s.id);
    return out;
  } finally {
    await ws.close();
  }
}

const server = await startPgServer();
try {
  const single = await server.database('single');
  const ws = await openWorkspace(single);
  const t = performance.now();
  await ingestIntoWorkspace([docs!], ws, {
    ...quietContext(),
    config: { ...quietContext().config, runtime: { ...quietContext().config.runtime, workers: 1 } },
  });
  await ws.close();
  console.log(`single process: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const queued = await server.database('queued');
  const r = await queuedRun(queued, [docs!], Number(values.processes));
  console.log(
    `queue, ${values.processes} worker processes: ${r.seconds.toFixed(1)} s, ${r.status.done} documents, ${r.status.failed} dead`,
  );
  const a = await storiesOf(single);
  const b = await storiesOf(queued);
  const s = scoreClusters(b, a);
  console.log(
    `articles: single ${a.size}, queued ${b.size}; stories: single ${new Set(a.values()).size}, queued ${new Set(b.values()).size}`,
  );
  console.log(
    `B³ of the queued stories against the single run: P ${s.b3Precision.toFixed(4)}  R ${s.b3Recall.toFixed(4)}  F1 ${s.b3F1.toFixed(4)}`,
  );
  if (s.b3F1 < 0.95) process.exitCode = 1;
} finally {
  server.stop();
}
