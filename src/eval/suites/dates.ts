// TempEval-3 TBAQ: temporal expressions found, typed and valued against the gold TIMEX3, with the
// document creation time as the publication date. Raw chrono-node (casual, the DCT as reference,
// every result a DATE valued with its day) is scored in the same run as a live peer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as chrono from 'chrono-node';
import { extractTimes } from '../../analyze/times/index.js';
import {
  addCounts,
  countDocument,
  emptyCounts,
  type Timex,
  timexMetrics,
} from '../../analyze/times/score.js';
import { readText } from '../../nlp/index.js';
import type { Suite, SuiteResult } from '../types.js';

interface TbaqDocument {
  id: string;
  dct: string;
  text: string;
  timexes: Timex[];
}

export function readTbaq(dataDir: string): TbaqDocument[] {
  return readFileSync(join(dataDir, 'dates', 'tempeval3', 'tbaq.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as TbaqDocument);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** chrono-node as it comes: every result a DATE valued with the day it resolves to. */
export function chronoTimexes(doc: TbaqDocument): Timex[] {
  const [y, m, d] = doc.dct.slice(0, 10).split('-').map(Number);
  const reference = { instant: new Date(Date.UTC(y!, m! - 1, d!, 12)), timezone: 0 };
  return chrono.casual.parse(doc.text, reference).map((r) => {
    const day = r.start.date();
    const value = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
    return { start: r.index, end: r.index + r.text.length, type: 'DATE', value };
  });
}

function round(metrics: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(metrics).map(([k, v]) => [k, Math.round(v * 10_000) / 10_000]));
}

/** Runs one system over every document: its summed counts and its speed in articles per second. */
function scoreSystem(docs: readonly TbaqDocument[], predict: (doc: TbaqDocument, i: number) => Timex[]) {
  const began = performance.now();
  const predicted = docs.map(predict);
  const ms = performance.now() - began;
  const counts = docs.reduce(
    (sum, doc, i) => addCounts(sum, countDocument(doc.timexes, predicted[i]!)),
    emptyCounts(),
  );
  return { counts, articlesPerSecond: Math.round((docs.length / Math.max(ms, 1e-3)) * 1000) };
}

const ANCHORS = {
  'HeidelTime (TempEval-3)': { strict_f1: 0.8134, relaxed_f1: 0.903, value_f1: 0.7761, type_f1: 0.8209 },
  'SUTime (TempEval-3)': { value_f1: 0.674 },
};

const suite: Suite = {
  name: 'dates',
  description: 'TempEval-3 TBAQ: TIMEX3 spans (strict, relaxed), types and values anchored on the DCT',
  dataPath: 'dates',
  async run(dataDir): Promise<SuiteResult> {
    const docs = readTbaq(dataDir);
    const readings = docs.map((doc) => readText(doc.text));
    const ourTimes = (doc: TbaqDocument, i: number) =>
      extractTimes({ text: doc.text, published: doc.dct }, readings[i]!);
    // One untimed pass over a few documents first, so warmed code is compared with warmed chrono.
    docs.slice(0, 32).forEach(ourTimes);
    docs.slice(0, 32).forEach(chronoTimexes);
    const ours = scoreSystem(docs, ourTimes);
    const peer = scoreSystem(docs, chronoTimexes);
    return {
      metrics: { ...round(timexMetrics(ours.counts)), articles_per_second: ours.articlesPerSecond },
      peers: {
        ...ANCHORS,
        'chrono-node casual (live)': {
          ...round(timexMetrics(peer.counts)),
          articles_per_second: peer.articlesPerSecond,
        },
      },
      notes: [
        `${docs.length} documents, ${ours.counts.gold} gold TIMEX3, ${ours.counts.predicted} predicted; speed is extraction only, warmed, single thread (the shared wink reading is done beforehand)`,
        'anchors are HeidelTime and SUTime on the TempEval-3 platinum test set; chrono is run live on these documents',
      ],
    };
  },
};

export default suite;
