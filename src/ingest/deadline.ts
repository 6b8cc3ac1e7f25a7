// Time per document. Parsing is synchronous, so the deadline is checked between steps (after loading,
// decompressing, decoding, and before each item of a container); network and stream reads also get
// its AbortSignal so a slow server is cut off mid-body.
import { overLimit } from './errors.js';

export class Deadline {
  readonly #limitMs: number;
  readonly #clock: () => number;
  #start: number;

  constructor(limitMs: number, clock: () => number = () => performance.now()) {
    this.#limitMs = limitMs;
    this.#clock = clock;
    this.#start = clock();
  }

  /** Starts the clock again for the next document of a container. */
  restart(): void {
    this.#start = this.#clock();
  }

  elapsedMs(): number {
    return this.#clock() - this.#start;
  }

  /** Throws the timeout rejection when the document has used up its time. */
  check(): void {
    const elapsed = this.elapsedMs();
    if (elapsed > this.#limitMs) throw this.error(elapsed);
  }

  error(elapsed = this.elapsedMs()): Error {
    return overLimit('time', `${Math.round(elapsed)} ms`, `${this.#limitMs} ms`, '--timeout');
  }

  /** Aborts when the remaining time runs out (for fetch and stream reads). */
  signal(): AbortSignal {
    return AbortSignal.timeout(Math.max(1, Math.ceil(this.#limitMs - this.elapsedMs())));
  }
}

/**
 * The same per-document limit over the stages after reading (cleaning, language analysis with the
 * placement features, the copy check, where each pair's verification is charged to its new articles):
 * each stage reports the milliseconds a document took, and a document whose total passes the limit is
 * refused by name and reason, so one pathological document cannot hold its batch. Placement reads
 * what is left (`overWith`) and places an article out of time in a reduced way instead (PlaceLimit).
 */
export class DocumentTimes {
  readonly #spent = new Map<string, number>();

  constructor(readonly limitMs: number) {}

  /** Adds `ms` to the document's time; the reason it is refused once past the limit, else null. */
  charge(id: string, ms: number, stage: string): string | null {
    this.#spent.set(id, (this.#spent.get(id) ?? 0) + ms);
    const over = this.overWith(id, 0);
    return over && `${over} by the end of ${stage}`;
  }

  /**
   * Whether the document is past its limit with `ms` more than it was charged so far (nothing is
   * charged): `time … ms over … ms limit (--timeout)`, or null while it has time left. A stage that
   * can stop part-way (placement) reads it between its steps.
   */
  overWith(id: string, ms: number): string | null {
    const spent = (this.#spent.get(id) ?? 0) + ms;
    if (spent <= this.limitMs) return null;
    return `time ${Math.round(spent)} ms over ${this.limitMs} ms limit (--timeout)`;
  }
}

/**
 * A clock over one piece of work that is not a document (a story's briefing): the same limit and
 * the same reason as a document's, from the moment it is started. `over(step)` is read after each
 * step; it gives the reason once the work is past its limit, else null.
 */
export class WorkClock {
  readonly #start: number;

  constructor(
    readonly limitMs: number,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.#start = clock();
  }

  over(step: string): string | null {
    const spent = this.clock() - this.#start;
    if (spent <= this.limitMs) return null;
    return `time ${Math.round(spent)} ms over ${this.limitMs} ms limit (--timeout) by the end of ${step}`;
  }
}
