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
