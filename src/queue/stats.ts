// Stage timings gathered in memory by a worker and added to the shared table every few seconds
// (one small write per stage, not one per job).
import type pg from 'pg';
import { recordStage } from './schema.js';

export class StageTimer {
  private totals = new Map<string, { runs: number; items: number; ms: number }>();

  add(stage: string, items: number, ms: number): void {
    const t = this.totals.get(stage) ?? { runs: 0, items: 0, ms: 0 };
    t.runs++;
    t.items += items;
    t.ms += ms;
    this.totals.set(stage, t);
  }

  /** Runs `fn`, counting its wall time against `stage`. */
  async time<T>(stage: string, items: number, fn: () => Promise<T> | T): Promise<T> {
    const t = performance.now();
    try {
      return await fn();
    } finally {
      this.add(stage, items, performance.now() - t);
    }
  }

  async flush(pool: pg.Pool): Promise<void> {
    const totals = [...this.totals];
    this.totals = new Map();
    for (const [stage, t] of totals) await recordStage(pool, stage, t.items, t.ms, t.runs);
  }
}
