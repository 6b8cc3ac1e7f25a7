// Copies, rewrites and paraphrase. Clough & Stevenson: each answer verified against its source,
// scored derived-vs-independent and on the four levels, with the configured thresholds and with
// thresholds fitted leave-one-task-out; word-trigram containment (the corpus authors' baseline
// feature) runs live as a peer under the same fitting. MSRP: the sentence-level verifier. The
// bundled Geneva reports and real news (ECB+) check spin detection and its false alarms, and
// spun copies of ECB+ made here at run time (src/eval/spin-sets.ts) measure what it catches.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ReuseLevel } from '../../dedup/classify/level.js';
import { levelOf, loadClough } from '../../dedup/measure/clough.js';
import { scoreGeneva } from '../../dedup/measure/geneva.js';
import { leaveOneTaskOut } from '../../dedup/measure/loto.js';
import { accuracyOf, confusion, f1Of, multiway, round3 } from '../../dedup/measure/metrics.js';
import { scoreMsrp } from '../../dedup/measure/msrp.js';
import { intrinsicFalseAlarms } from '../../dedup/measure/news-spin.js';
import type { Context } from '../../types/stages.js';
import { loadEcb, type SpinSetScore, scoreSpinSets } from '../spin-eval.js';
import type { Suite, SuiteResult } from '../types.js';

const LEVELS: ReuseLevel[] = ['cut', 'light', 'heavy'];

/** Binary and four-way figures of one labelling, under a metric-name prefix. */
function scoreLevels(
  prefix: string,
  gold: readonly ReuseLevel[],
  predicted: readonly ReuseLevel[],
): Record<string, number> {
  const c = confusion(
    gold.map((g) => g !== 'non'),
    predicted.map((p) => p !== 'non'),
  );
  const four = multiway(gold, predicted);
  const out: Record<string, number> = {
    [`${prefix}derived_accuracy`]: accuracyOf(c),
    [`${prefix}derived_f1`]: f1Of(c),
    [`${prefix}level_accuracy`]: four.accuracy,
    [`${prefix}level_macro_f1`]: four.macroF1,
  };
  for (const level of LEVELS) {
    const idx = gold.map((g, i) => (g === level ? i : -1)).filter((i) => i >= 0);
    out[`${prefix}detected_${level}`] =
      idx.filter((i) => predicted[i] !== 'non').length / Math.max(1, idx.length);
  }
  return out;
}

function clough(dir: string, ctx: Context, result: SuiteResult): void {
  const cfg = ctx.config.dedup;
  const items = loadClough(dir, cfg);
  const gold = items.map((x) => x.gold);
  Object.assign(
    result.metrics,
    scoreLevels(
      'cs_',
      gold,
      items.map((x) => levelOf(x, cfg)),
    ),
  );
  const ours = leaveOneTaskOut(
    items.map((x) => ({ task: x.task, gold: x.gold, score: x.score, level: x.report.coverA })),
  );
  Object.assign(result.metrics, scoreLevels('cs_loto_', gold, ours));
  const derived = items.filter((x) => x.gold !== 'non');
  result.metrics.cs_human_rewrites_judged_spun =
    derived.filter((x) => x.judgedSpun).length / Math.max(1, derived.length);
  const peer = leaveOneTaskOut(
    items.map((x) => ({ task: x.task, gold: x.gold, score: x.trigram, level: x.trigram })),
  );
  result.peers['trigram containment (leave-one-task-out, live)'] = scoreLevels('cs_loto_', gold, peer);
  result.notes?.push(
    `Clough & Stevenson: ${items.length} answers, tasks ${[...new Set(items.map((x) => x.task))].join(', ')}`,
  );
}

function msrp(dir: string, ctx: Context, result: SuiteResult): void {
  const m = scoreMsrp(dir, ctx.config.dedup.paraphrase);
  result.metrics.msrp_accuracy = m.accuracy;
  result.metrics.msrp_f1 = m.f1;
  result.peers['majority class (all paraphrase)'] = { msrp_accuracy: 0.665, msrp_f1: 0.799 };
  result.peers['Mihalcea et al. 2006 (published, MSRP test)'] = { msrp_accuracy: 0.703, msrp_f1: 0.813 };
  result.peers['Fernando & Stevenson 2008 (published, MSRP test)'] = { msrp_accuracy: 0.741, msrp_f1: 0.824 };
  result.notes?.push(
    `MSRP train: ${m.pairs} pairs, threshold ${ctx.config.dedup.paraphrase} (fixed, not fitted on this set)`,
  );
}

function spin(dataDir: string, ctx: Context, result: SuiteResult): void {
  const geneva = join(dataDir, '..', 'examples', 'geneva-2022');
  if (existsSync(geneva)) {
    const g = scoreGeneva(geneva, ctx);
    result.metrics.geneva_spun_flagged = g.spunFlagged;
    result.metrics.geneva_correct =
      g.spunFlagged === 1 && g.falseSpin === 0 && g.falseRelations === 0 ? 1 : 0;
  }
  const docs = join(dataDir, 'clustering', 'ecbplus', 'docs');
  if (existsSync(docs)) {
    const n = intrinsicFalseAlarms(docs, ctx.config.dedup.intrinsicSpun);
    result.metrics.news_intrinsic_spun_rate = n.rate;
    result.notes?.push(`intrinsic spin on ${n.docs} edited ECB+ news documents: ${n.flagged.length} flagged`);
  }
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

function spinSetNote(split: string, s: SpinSetScore): string {
  const kinds = Object.entries(s.byKind).map(([k, v]) => `${k} ${pct(v)}`);
  return (
    `spun copies, ${split}: aligned ${pct(s.aligned)} of ${s.alignedN}, alone ${pct(s.light)} of ${s.lightN}, ` +
    `human reports flagged ${pct(s.human)} of ${s.humanN}; ${s.tooFew} copies with under 3 swaps left out (${kinds.join(', ')})`
  );
}

/** Tuned on ECB+ topics 1–20; the metrics are those of topics 21–35, the tuning split a note. */
function spinSets(dataDir: string, ctx: Context, result: SuiteResult): void {
  const dir = join(dataDir, 'clustering', 'ecbplus');
  if (!existsSync(join(dir, 'labels.tsv'))) return;
  const docs = loadEcb(dir);
  const held = scoreSpinSets(
    docs.filter((d) => d.topic > 20),
    ctx,
  );
  result.metrics.spun_aligned_detected = held.aligned;
  result.metrics.spun_light_flagged_alone = held.light;
  result.metrics.spun_human_flagged = held.human;
  result.notes?.push(spinSetNote('topics 21–35', held));
  if (process.env.NEWSFUSE_EVAL_TUNING === '1')
    result.notes?.push(
      spinSetNote(
        'topics 1–20 (tuning)',
        scoreSpinSets(
          docs.filter((d) => d.topic <= 20),
          ctx,
        ),
      ),
    );
}

const suite: Suite = {
  name: 'reuse',
  description: 'copies, rewrites and paraphrase: Clough & Stevenson reuse levels, MSRP paraphrase, spin',
  dataPath: 'reuse',
  async run(dataDir: string, ctx: Context): Promise<SuiteResult> {
    const result: SuiteResult = { metrics: {}, peers: {}, notes: [] };
    const cs = join(dataDir, 'reuse', 'clough-stevenson');
    if (existsSync(cs)) clough(cs, ctx, result);
    const ms = join(dataDir, 'reuse', 'msrp');
    if (existsSync(join(ms, 'train.tsv'))) msrp(ms, ctx, result);
    spin(dataDir, ctx, result);
    spinSets(dataDir, ctx, result);
    for (const k of Object.keys(result.metrics)) result.metrics[k] = round3(result.metrics[k]!);
    return result;
  },
};

export default suite;
