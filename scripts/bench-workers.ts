// Throughput of the job queue with 1, 2 and 4 worker processes on one throwaway PostgreSQL: each
// run enqueues the same synthetic reports into a fresh database and times the workers until the
// queue is drained. It prints documents/s end to end, the stage-1 rate (clean + analyse, parallel)
// and the placement consumer's own rate (articles placed per second of placement work), which
// bounds the whole: placement is one ordered consumer, however many workers there are.
//   node --import tsx scripts/bench-workers.ts [--docs 800] [--processes 1,2,4]
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { queuedRun } from '../src/queue/fixtures/run.js';
import { writeCorpus } from '../src/queue/fixtures/synthetic.js';
import { pgUnavailable, startPgServer } from '../src/store/fixtures/pg-server.js';

const { values } = parseArgs({
  options: { docs: { type: 'string', default: '800' }, processes: { type: 'string', default: '1,2,4' } },
});
const docs = Number(values.docs);
const counts = values.processes.split(',').map(Number);
const why = pgUnavailable();
if (why) {
  console.log(`bench:workers skipped: ${why}`);
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'newsfuse-bench-workers-'));
const server = await startPgServer();
try {
  writeCorpus(dir, docs, Math.ceil(docs / 20));
  console.log(
    `${docs} synthetic reports, ${cpus().length} cores, load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`,
  );
  console.log(
    'processes  docs/s  stage-1 jobs/s  placement articles/s  clean+analyze ms/doc  place ms/article',
  );
  for (const p of counts) {
    const r = await queuedRun(await server.database(`bench_${p}`), [dir], p);
    const s = r.status.stages;
    const perDoc = (s.clean?.msPerItem ?? 0) + (s.analyze?.msPerItem ?? 0);
    console.log(
      [
        String(p).padStart(9),
        (r.status.done / r.seconds).toFixed(1).padStart(7),
        (r.status.done / r.stage1Seconds).toFixed(1).padStart(15),
        (r.status.placementPerSecond ?? 0).toFixed(1).padStart(21),
        perDoc.toFixed(1).padStart(21),
        (s.place?.msPerItem ?? 0).toFixed(1).padStart(17),
      ].join(' '),
    );
  }
} finally {
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}
