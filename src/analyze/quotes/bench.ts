// Speed of the language stage against raw wink-nlp: node --expose-gc --import tsx src/analyze/quotes/bench.ts [n]
// Reads up to n texts (default 300) from the PolNeAR set when ../shared is present, else the bundled
// Geneva examples, and prints articles per second for wink alone, entities + quotes, and the whole
// stage (with times and numbers), plus heap per article.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig } from '../../config/index.js';
import { evalDataDir, repoRoot } from '../../eval/data.js';
import { readText } from '../../nlp/index.js';
import type { CleanArticle } from '../../types/article.js';
import { extractEntities } from '../entities/index.js';
import { analyzeLanguage } from '../index.js';
import { extractQuotes } from './index.js';

function texts(limit: number): string[] {
  const data = evalDataDir();
  const dir = data
    ? join(data, 'quotes', 'polnear', 'train', 'text')
    : join(repoRoot, 'examples', 'geneva-2022');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, limit)
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

function rate(label: string, docs: readonly string[], run: (text: string) => unknown): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heap = process.memoryUsage().heapUsed;
  const started = performance.now();
  const kept = docs.map(run);
  const seconds = (performance.now() - started) / 1000;
  const perArticle = (process.memoryUsage().heapUsed - heap) / docs.length / 1024;
  console.log(
    `${label.padEnd(28)} ${(docs.length / seconds).toFixed(0).padStart(6)} articles/s  ${perArticle.toFixed(0)} KiB/article held`,
  );
  void kept;
}

const docs = texts(Number(process.argv[2] ?? 300));
const ctx = {
  config: defaultConfig(),
  now: new Date('2026-01-01T00:00:00Z'),
  reporter: { skipped() {}, progress() {}, warn() {} },
};
const article = (text: string, i: number): CleanArticle => ({
  id: String(i),
  input: '',
  url: null,
  title: null,
  outlet: null,
  byline: null,
  language: 'en',
  published: null,
  publishedFrom: null,
  dateline: null,
  text,
  removed: [],
});
readText('warm up the model.');
console.log(
  `${docs.length} texts, ${(docs.reduce((n, t) => n + t.length, 0) / docs.length).toFixed(0)} characters on average`,
);
rate('wink readText', docs, (t) => readText(t).tokens.length);
rate('readText + entities + quotes', docs, (t) => {
  const reading = readText(t);
  const { mentions, table } = extractEntities(t, reading);
  return extractQuotes(t, reading, mentions, table).length;
});
rate('analyzeLanguage (whole stage)', docs, (t) => analyzeLanguage(article(t, 0), ctx).quotes.length);
