// PolNeAR (train + dev): direct quotes and their speakers, scored against the attributions of one
// annotator per text (the first annotator file in sorted order). A gold direct quote is an
// attribution whose Content holds a double quotation mark or an opening single one (‘).
// A prediction is a non-scare direct quote; fragments of one quote split by its attribution
// (`"…," he said. "…"`) share their cue and are scored as one attribution, as PolNeAR annotates them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractEntities } from '../../analyze/entities/index.js';
import { extractQuotes } from '../../analyze/quotes/index.js';
import { readText } from '../../nlp/index.js';
import type { Quote } from '../../types/article.js';
import type { Suite, SuiteResult } from '../types.js';

interface Range {
  start: number;
  end: number;
}
interface GoldQuote extends Range {
  source: Range[] | null;
  sourceText: string | null;
}
interface Predicted extends Range {
  mention: Range | null;
  speakerName: string | null;
}
interface Tally {
  gold: number;
  predicted: number;
  matched: number;
  speakerKnown: number;
  speakerRight: number;
}

const QUOTE_MARK = /["“”‘]/;

function parseFragments(spec: string): Range[] {
  return spec.split(';').map((part) => {
    const [s, e] = part.trim().split(/\s+/).map(Number);
    return { start: s ?? 0, end: e ?? 0 };
  });
}

/** Gold direct quotes of one brat file. */
export function parseGold(ann: string): GoldQuote[] {
  const spans = new Map<string, { kind: string; frags: Range[]; text: string }>();
  const relations: Record<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const [id, body, text] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const sp = body.indexOf(' ');
      spans.set(id, { kind: body.slice(0, sp), frags: parseFragments(body.slice(sp + 1)), text: text ?? '' });
    } else if (id.startsWith('E'))
      relations.push(Object.fromEntries(body.split(/\s+/).map((kv) => kv.split(':') as [string, string])));
  }
  return relations.flatMap((r) => {
    const content = spans.get(r.Content ?? '');
    if (!content || !QUOTE_MARK.test(content.text)) return [];
    const source = spans.get(r.Source ?? '');
    const start = Math.min(...content.frags.map((f) => f.start));
    const end = Math.max(...content.frags.map((f) => f.end));
    return [{ start, end, source: source?.frags ?? null, sourceText: source?.text ?? null }];
  });
}

const overlap = (a: Range, b: Range) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const matches = (p: Range, g: Range) => overlap(p, g) >= 0.5 * Math.min(p.end - p.start, g.end - g.start);

/** Our direct quotes, fragments sharing a cue merged into one attribution. */
export function predictionsOf(quotes: readonly Quote[]): Predicted[] {
  const byCue = new Map<string, Predicted>();
  const out: Predicted[] = [];
  for (const q of quotes) {
    if (!q.direct || q.scare) continue;
    const key = q.cue ? `${q.cue.start}:${q.speakerMention?.start ?? ''}` : null;
    const prev = key ? byCue.get(key) : undefined;
    if (prev) {
      prev.end = Math.max(prev.end, q.end);
      continue;
    }
    const p = { start: q.start, end: q.end, mention: q.speakerMention, speakerName: q.speakerName };
    if (key) byCue.set(key, p);
    out.push(p);
  }
  return out;
}

/** The gold Source's last capitalised word, for comparing with a canonical speaker name. */
function sourceName(text: string | null): string | null {
  const words = (text ?? '').match(/\p{Lu}[\p{L}'’-]+/gu);
  return words?.[words.length - 1] ?? null;
}

function speakerRight(p: Predicted, g: GoldQuote): boolean {
  if (p.mention && g.source?.some((s) => overlap(s, p.mention!) > 0)) return true;
  const name = sourceName(g.sourceText);
  return name !== null && (p.speakerName ?? '').split(/\s+/).includes(name);
}

export function score(preds: readonly Predicted[], gold: readonly GoldQuote[], t: Tally): void {
  t.gold += gold.length;
  t.predicted += preds.length;
  const used = new Set<number>();
  for (const p of preds) {
    const k = gold.findIndex((g, i) => !used.has(i) && matches(p, g));
    if (k === -1) continue;
    used.add(k);
    t.matched++;
    const g = gold[k]!;
    if (g.source) {
      t.speakerKnown++;
      if (speakerRight(p, g)) t.speakerRight++;
    }
  }
}

/** The floor: every span between double quotation marks, no speakers. */
export function regexQuotes(text: string): Predicted[] {
  return [...text.matchAll(/[“"]([^“”"]+)[”"]/g)].map((m) => ({
    start: m.index + 1,
    end: m.index + 1 + m[1]!.length,
    mention: null,
    speakerName: null,
  }));
}

function analyse(text: string): Quote[] {
  const reading = readText(text);
  const { mentions, table } = extractEntities(text, reading);
  return extractQuotes(text, reading, mentions, table);
}

const newTally = (): Tally => ({ gold: 0, predicted: 0, matched: 0, speakerKnown: 0, speakerRight: 0 });

function rates(t: Tally, prefix: string): Record<string, number> {
  const p = t.predicted ? t.matched / t.predicted : 0;
  const r = t.gold ? t.matched / t.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  const out: Record<string, number> = {
    [`${prefix}quote_precision`]: p,
    [`${prefix}quote_recall`]: r,
    [`${prefix}quote_f1`]: f,
  };
  if (t.speakerKnown) out[`${prefix}speaker_accuracy`] = t.speakerRight / t.speakerKnown;
  return out;
}

/** One annotator file per text: the first in sorted order. */
function annotationFiles(dir: string): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const f of readdirSync(join(dir, 'attributions')).sort()) {
    const name = f.replace(/_[^_]+\.ann$/, '');
    if (f.endsWith('.ann') && !chosen.has(name)) chosen.set(name, f);
  }
  return chosen;
}

const suite: Suite = {
  name: 'quotes',
  description: 'PolNeAR train+dev: direct quote P/R/F1 (≥50% overlap of the shorter) and speaker accuracy',
  dataPath: 'quotes/polnear',
  async run(dataDir: string): Promise<SuiteResult> {
    const all = newTally();
    const floor = newTally();
    const perSplit: Record<string, Tally> = {};
    let texts = 0;
    const started = performance.now();
    for (const split of ['train', 'dev']) {
      const dir = join(dataDir, 'quotes', 'polnear', split);
      const tally = newTally();
      perSplit[split] = tally;
      for (const [name, annFile] of annotationFiles(dir)) {
        const text = readFileSync(join(dir, 'text', `${name}.txt`), 'utf8');
        const gold = parseGold(readFileSync(join(dir, 'attributions', annFile), 'utf8'));
        const preds = predictionsOf(analyse(text));
        score(preds, gold, all);
        score(preds, gold, tally);
        score(regexQuotes(text), gold, floor);
        texts++;
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const floorRates = rates(floor, '');
    return {
      metrics: {
        ...rates(all, ''),
        ...rates(perSplit.train!, 'train_'),
        ...rates(perSplit.dev!, 'dev_'),
        texts_per_second: texts / seconds,
      },
      peers: {
        'GenderGapTracker (Asr et al. 2021, own set)': { quote_f1: 0.837, speaker_accuracy: 0.865 },
        'BBC citron': { quote_f1: 0.832 },
        'regex floor (run live)': {
          quote_precision: floorRates.quote_precision!,
          quote_recall: floorRates.quote_recall!,
          quote_f1: floorRates.quote_f1!,
        },
      },
      notes: [
        `${texts} texts, ${all.gold} gold direct quotes (first annotator per text), ${all.predicted} predicted`,
        'fragments of one quote that share a cue are scored as one attribution; scare quotes are not predictions',
      ],
    };
  },
};

export default suite;
