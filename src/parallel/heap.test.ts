import assert from 'node:assert/strict';
import { once } from 'node:events';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { parseArgs } from '../cli/args.js';
import { DEMO_CORPUS, runCommand } from '../cli/run.js';
import { resolveConfig } from '../config/index.js';
import { defaultSettings } from '../config/load.js';
import { HEAP_GROWTH_PERCENT, heapGrowth, setHeapGrowth, WORKER_YOUNG_GENERATION_MB } from './heap.js';
import { WorkerPool } from './index.js';

const quiet = { write: () => true, isTTY: false };

describe('heap growth', () => {
  it('defaults to the same value with and without the schema', () => {
    assert.equal(resolveConfig().runtime.heapGrowthPercent, HEAP_GROWTH_PERCENT);
    assert.equal(defaultSettings().runtime.heapGrowthPercent, HEAP_GROWTH_PERCENT);
  });

  it('refuses a growth that is not a whole percentage, in the config and in the call', () => {
    assert.throws(
      () => resolveConfig({ overrides: { runtime: { heapGrowthPercent: -5 } } }),
      /heapGrowthPercent/,
    );
    assert.throws(() => setHeapGrowth(-1), RangeError);
    assert.throws(() => setHeapGrowth(12.5), RangeError);
  });

  it('is set for the process by a CLI command, from the environment', async () => {
    try {
      const file = join(DEMO_CORPUS, readdirSync(DEMO_CORPUS).sort()[0]!);
      const parsed = parseArgs(['analyze', file, '--format', 'json', '--quiet']);
      assert.ok(parsed.kind === 'command');
      let out = '';
      const io = {
        stdout: {
          write: (s: string) => {
            out += s;
            return true;
          },
          isTTY: false,
        },
        stderr: quiet,
        env: { NEWSFUSE_RUNTIME_HEAP_GROWTH_PERCENT: '30' },
      };
      assert.equal(await runCommand(parsed.command, io as never), 0);
      assert.equal(heapGrowth(), 30);
      assert.equal(JSON.parse(out).articles.length, 1);
    } finally {
      setHeapGrowth(0);
    }
    assert.equal(heapGrowth(), 0);
  });
});

describe('worker young generation', () => {
  const limitOf = async (worker: Worker) => {
    worker.ref();
    await once(worker, 'online');
    worker.unref();
    return worker.resourceLimits?.maxYoungGenerationSizeMb;
  };

  it('is bounded on the pool a run asks for, and left to V8 at 0', async () => {
    const runtime = resolveConfig().runtime;
    assert.equal(runtime.workerYoungGenerationMb, WORKER_YOUNG_GENERATION_MB);
    assert.equal(WorkerPool.forRuntime({ ...runtime, workers: 1 }), undefined);
    const plain = new Worker('setTimeout(() => {}, 100)', { eval: true });
    const v8Own = await limitOf(plain);
    await plain.terminate();
    for (const [mb, expected] of [
      [32, 32],
      [0, v8Own],
    ] as const) {
      const pool = WorkerPool.forRuntime({ ...runtime, workers: 2, workerYoungGenerationMb: mb })!;
      try {
        assert.equal(await limitOf((pool as unknown as { worker(i: number): Worker }).worker(0)), expected);
      } finally {
        await pool.close();
      }
    }
  });
});
