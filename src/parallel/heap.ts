// How far V8 lets a thread's heap grow past what it held after its last full collection. By default
// V8 grows it up to fourfold when it can afford to (it sizes the limit from the machine's memory),
// so on a big batch the main thread's heap reached about 390 MB with about 140 MB live, and each
// language thread's about 200 MB with 70-90 MB live: the peak was garbage more than data. A fixed,
// smaller growth makes full collections come sooner: on `npm run bench`, 50% took the peak from
// 1.04-1.09 GB to about 0.90 GB, for 1.5-3 CPU seconds more collecting (about 5% of the run; see
// the README).
//
// V8's flags belong to the process, not to a thread or a library: the program that owns the process
// sets this (the CLI does, from `runtime.heapGrowthPercent`); a program that embeds newsfuse may
// call it too, or leave V8's own behaviour.
import { setFlagsFromString } from 'node:v8';

/** The CLI's default (`runtime.heapGrowthPercent`). */
export const HEAP_GROWTH_PERCENT = 50;

/**
 * The default young generation of a worker thread, in MB (`runtime.workerYoungGenerationMb`): what
 * Node 20 gives every thread. Node 24 sizes it from the machine's memory, 192 MB a thread on a
 * 24 GB machine; there the CLI's peak on the bench's texts was 1.29 GB with V8's size and 1.08 GB
 * with 48 MB, for about 5% more CPU time. Unlike the heap growth, this is set per thread, when the
 * pool starts one (the main thread keeps V8's size).
 */
export const WORKER_YOUNG_GENERATION_MB = 48;

let current = 0;

/** Growth of a heap's limit after a full collection, in percent of what it then held; 0: V8's own. */
export function setHeapGrowth(percent: number): void {
  if (!Number.isInteger(percent) || percent < 0)
    throw new RangeError(`heap growth must be a whole percentage ≥ 0, got ${percent}`);
  if (percent === current) return;
  setFlagsFromString(`--heap-growing-percent=${percent}`);
  current = percent;
}

export function heapGrowth(): number {
  return current;
}
