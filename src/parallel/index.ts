// Runs the per-article stages on worker threads when a batch is big enough to pay for them.
// Results come back in input order, so a parallel run equals a serial one.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Config } from '../config/index.js';
import { Interner } from './intern.js';
import type { WorkerRequest } from './worker.js';

/** Below this many items a batch runs in-process: starting a worker costs more than it saves. */
export const PARALLEL_THRESHOLD = 64;

/** Items per message to a worker: enough to pay for the message, few enough to keep a thread's memory small. */
export const CHUNK = 16;

export function defaultWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

type Task = WorkerRequest['task'];

/** A per-item result with the milliseconds its item took. */
export interface Timed<T> {
  value: T;
  ms: number;
}

export class WorkerPool {
  private readonly workers: Worker[] = [];
  private nextId = 0;

  /**
   * `chunk`: items per message (CHUNK). `youngGenerationMb`: the most each thread's young generation
   * (where new objects are made) may take; 0 leaves V8's own size (see `runtime.workerYoungGenerationMb`).
   */
  constructor(
    private readonly size: number,
    private readonly chunk = CHUNK,
    private readonly youngGenerationMb = 0,
  ) {}

  /** The pool a run's `runtime` settings ask for, or none when they ask for one thread. */
  static forRuntime(runtime: Config['runtime']): WorkerPool | undefined {
    return runtime.workers > 1
      ? new WorkerPool(runtime.workers, CHUNK, runtime.workerYoungGenerationMb)
      : undefined;
  }

  private spawn(): Worker {
    // Under tsx (tests, scripts) the source is TypeScript and the worker must register tsx itself.
    const source = import.meta.url.endsWith('.ts');
    const limits = this.youngGenerationMb > 0 ? { maxYoungGenerationSizeMb: this.youngGenerationMb } : {};
    const worker = new Worker(new URL(source ? './source-worker.mjs' : './worker.js', import.meta.url), {
      resourceLimits: limits,
    });
    worker.unref();
    return worker;
  }

  private worker(i: number): Worker {
    while (this.workers.length <= i) this.workers.push(this.spawn());
    return this.workers[i]!;
  }

  private send<I, O>(
    worker: Worker,
    task: Task,
    config: Config,
    now: Date,
    items: I[],
    timed: boolean,
  ): Promise<O[]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const onMessage = (msg: { id: number; results?: O[]; error?: string }) => {
        if (msg.id !== id) return;
        worker.off('message', onMessage);
        worker.off('error', onError);
        if (msg.error) reject(new Error(`worker ${task} failed: ${msg.error}`));
        else resolve(msg.results ?? []);
      };
      const onError = (e: Error) => {
        worker.off('message', onMessage);
        reject(e);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ id, task, config, now: now.toISOString(), items, timed });
    });
  }

  /**
   * Sends `items` to the workers in chunks of `chunk` items, each chunk to the next thread that is
   * free, and joins the results in input order. A thread so holds one chunk's items and results at
   * a time (and their structured-clone copies), and a thread given long texts does not hold the
   * batch up while the other waits. Which thread reads an item, and what it read before, does not
   * change the item's result (see `readText`). The results' short strings are shared across the
   * batch (see Interner).
   */
  map<I, O>(task: Task, items: readonly I[], config: Config, now: Date): Promise<O[]> {
    return this.split<I, O>(task, items, config, now, false);
  }

  /** As `map`, each result with the milliseconds its item took on its worker. */
  mapTimed<I, O>(task: Task, items: readonly I[], config: Config, now: Date): Promise<Timed<O>[]> {
    return this.split<I, Timed<O>>(task, items, config, now, true);
  }

  /**
   * As `mapTimed`, each result handed to `each` as soon as it and every result before it are back,
   * in input order, while the threads go on with the rest: work that must follow the input's order
   * (copies, placement) runs on this thread beside them. Resolves once `each` has had them all.
   */
  async eachTimed<I, O>(
    task: Task,
    items: readonly I[],
    config: Config,
    now: Date,
    each: (result: Timed<O>, index: number) => void,
  ): Promise<void> {
    await this.split<I, Timed<O>>(task, items, config, now, true, each);
  }

  private async split<I, O>(
    task: Task,
    items: readonly I[],
    config: Config,
    now: Date,
    timed: boolean,
    each?: (result: O, index: number) => void,
  ): Promise<O[]> {
    const n = Math.min(this.size, Math.ceil(items.length / 16));
    const chunks = Math.ceil(items.length / this.chunk);
    const results: O[][] = new Array(chunks);
    const strings = new Interner();
    let next = 0;
    // With `each`: the chunks handed on so far (in order, each let go once handed on), and the
    // first error `each` threw (the rest of the batch is not sent, and the error is thrown below).
    let handed = 0;
    let failed: { error: unknown } | undefined;
    const handOn = (): void => {
      try {
        for (; !failed && handed < chunks && results[handed]; handed++) {
          const first = handed * this.chunk;
          for (const [k, r] of results[handed]!.entries()) each!(r, first + k);
          results[handed] = [];
        }
      } catch (error) {
        failed = { error };
      }
    };
    const drain = async (i: number): Promise<void> => {
      const worker = this.worker(i);
      for (let c = next++; c < chunks && !failed; c = next++) {
        const part = items.slice(c * this.chunk, (c + 1) * this.chunk);
        const out = await this.send<I, O>(worker, task, config, now, part, timed);
        results[c] = out.map((r) => strings.share(r));
        // Handed on once this thread has its next chunk (sent below, before the loop awaits).
        if (each) queueMicrotask(handOn);
      }
    };
    // With `each`, this thread is busy between messages, so each thread gets its next chunk before
    // it hands back the one it is on (two in flight) and never waits for this one.
    const inFlight = each ? 2 : 1;
    await Promise.all(Array.from({ length: n * inFlight }, (_, k) => drain(k % n)));
    if (each) handOn();
    if (failed) throw failed.error;
    return results.flat();
  }

  /** Ends the threads and frees all they hold; the pool stays usable, starting new ones on demand. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers.length = 0;
  }
}
