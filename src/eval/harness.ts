// `newsfuse eval`: runs a suite against the labelled data, prints our figures next to the anchors,
// and checks them against the floors pinned in baselines/<suite>.json.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../types/stages.js';
import { repoRoot } from './data.js';
import type { Suite, SuiteResult } from './types.js';

export interface Baseline {
  /** metric → the lowest acceptable value. */
  floors: Record<string, number>;
  /** metric → the highest acceptable value (for costs, e.g. seconds). */
  ceilings?: Record<string, number>;
  /** Why a bound moved, newest first: a floor is never lowered without a line here. */
  changes?: string[];
}

export interface SuiteReport extends SuiteResult {
  suite: string;
  data: string;
  /** Metrics outside their pinned bounds: "f1 0.812 < floor 0.850". */
  failures: string[];
  seconds: number;
}

export async function loadSuite(name: string): Promise<Suite> {
  // One module per suite, owned by the stage it measures; the file name is the suite name.
  const mod = (await import(`./suites/${name}.js`)) as { default: Suite };
  return mod.default;
}

export function loadBaseline(name: string, dir = join(repoRoot, 'baselines')): Baseline | null {
  const file = join(dir, `${name}.json`);
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as Baseline;
}

/** Every pinned bound the result breaks; a pinned metric the suite no longer reports is a failure too. */
export function checkBaseline(metrics: Record<string, number>, baseline: Baseline | null): string[] {
  if (!baseline) return [];
  const failures: string[] = [];
  for (const [metric, floor] of Object.entries(baseline.floors ?? {})) {
    const v = metrics[metric];
    if (v === undefined || Number.isNaN(v)) failures.push(`${metric} missing (floor ${floor})`);
    else if (v < floor) failures.push(`${metric} ${fmt(v)} < floor ${fmt(floor)}`);
  }
  for (const [metric, ceiling] of Object.entries(baseline.ceilings ?? {})) {
    const v = metrics[metric];
    if (v === undefined || Number.isNaN(v)) failures.push(`${metric} missing (ceiling ${ceiling})`);
    else if (v > ceiling) failures.push(`${metric} ${fmt(v)} > ceiling ${fmt(ceiling)}`);
  }
  return failures;
}

export async function runSuite(name: string, dataRoot: string, ctx: Context): Promise<SuiteReport> {
  const suite = await loadSuite(name);
  const data = join(dataRoot, suite.dataPath);
  if (!existsSync(data)) throw new Error(`eval data for ${name} not found at ${data}`);
  const t0 = performance.now();
  const result = await suite.run(dataRoot, ctx);
  const seconds = (performance.now() - t0) / 1000;
  return {
    suite: name,
    data,
    ...result,
    failures: checkBaseline(result.metrics, loadBaseline(name)),
    seconds,
  };
}

export function fmt(v: number | undefined): string {
  if (v === undefined || Number.isNaN(v)) return '—';
  if (Number.isInteger(v)) return String(v);
  return Math.abs(v) < 10 ? v.toFixed(3) : v.toFixed(1);
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), ...rows.map(line)];
}

/**
 * Two plain tables: our metrics with their bounds, then one row per peer (published anchors and
 * systems run live) over the metrics the peers report, ours first where we report the same one.
 */
export function formatReport(r: SuiteReport, baseline: Baseline | null): string {
  const bound = (m: string) =>
    baseline?.floors?.[m] !== undefined
      ? fmt(baseline.floors[m])
      : baseline?.ceilings?.[m] !== undefined
        ? `≤${fmt(baseline.ceilings[m])}`
        : '';
  const ours = table(
    ['metric', 'newsfuse', 'floor'],
    Object.keys(r.metrics).map((m) => [m, fmt(r.metrics[m]), bound(m)]),
  );
  const out = [`== ${r.suite}  (${r.data}, ${r.seconds.toFixed(1)} s)`, ...ours];
  const peers = Object.keys(r.peers);
  if (peers.length) {
    const metrics = [...new Set(peers.flatMap((p) => Object.keys(r.peers[p] ?? {})))];
    const rows = [
      ['newsfuse', ...metrics.map((m) => fmt(r.metrics[m]))],
      ...peers.map((p) => [p, ...metrics.map((m) => fmt(r.peers[p]?.[m]))]),
    ];
    out.push('', ...table(['next to', ...metrics], rows));
  }
  for (const n of r.notes ?? []) out.push(`   ${n}`);
  out.push(
    r.failures.length ? `   FAIL: ${r.failures.join('; ')}` : '   ok: every metric at or above its floor',
  );
  return out.join('\n');
}
