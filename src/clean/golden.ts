// Golden cases for the clean stage: `fixtures/<slug>/{input.txt | input.html, meta.json?,
// expected.json}` beside the text and HTML cleaners. `expected.json` is what cleaning gave when the
// case was last reviewed; a fix for one real document adds its case.
//   (re)generate: node --import tsx src/clean/golden.ts src/clean/text/fixtures/<slug> [source-file]
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { defaultConfig } from '../config/index.js';
import type { RawDocument, SourceMeta } from '../types/article.js';
import type { Context } from '../types/stages.js';
import { clean } from './index.js';

export const goldenContext = (): Context => ({
  config: defaultConfig(),
  now: new Date('2026-01-01T00:00:00Z'),
  reporter: { skipped() {}, progress() {}, warn() {} },
});

/** Case folders under a fixtures folder (those holding an input file). */
export function listCases(fixtures: string): string[] {
  if (!existsSync(fixtures)) return [];
  return readdirSync(fixtures)
    .map((slug) => join(fixtures, slug))
    .filter((dir) => existsSync(join(dir, 'input.txt')) || existsSync(join(dir, 'input.html')))
    .sort();
}

export function readCase(dir: string): RawDocument {
  const html = existsSync(join(dir, 'input.html'));
  const file = join(dir, html ? 'input.html' : 'input.txt');
  const metaFile = join(dir, 'meta.json');
  const meta = existsSync(metaFile) ? (JSON.parse(readFileSync(metaFile, 'utf8')) as SourceMeta) : {};
  const kind = html ? 'html' : 'text';
  return { id: basename(dir), input: file, kind, format: kind, content: readFileSync(file, 'utf8'), meta };
}

/** What a case pins: the outcome, metadata, paragraphs and every removed piece with its kind. */
export function goldenOf(doc: RawDocument, ctx: Context): unknown {
  const out = clean(doc, ctx);
  if (out.status === 'rejected') return { status: 'rejected', reason: out.reason.split(':')[0] };
  const { title, outlet, byline, language, published, publishedFrom, dateline, text, removed } = out.value;
  return {
    status: 'ok',
    meta: { title, outlet, byline, language, published, publishedFrom, dateline },
    paragraphs: text.split('\n\n'),
    removed: removed.map((r) => ({ kind: r.kind, text: r.text })),
  };
}

function main(args: readonly string[]): void {
  const [dir, source] = args;
  if (!dir) throw new Error('usage: golden.ts <fixtures>/<slug> [source-file]');
  mkdirSync(dir, { recursive: true });
  if (source) copyFileSync(source, join(dir, extname(source) === '.txt' ? 'input.txt' : 'input.html'));
  const expected = goldenOf(readCase(dir), goldenContext());
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  process.stdout.write(`wrote ${join(dir, 'expected.json')}\n`);
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) main(process.argv.slice(2));
