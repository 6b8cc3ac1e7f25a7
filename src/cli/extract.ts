// `newsfuse extract`: one document → its cleaned article with metadata and language analysis.
import { analyzeLanguage } from '../analyze/index.js';
import { clean } from '../clean/index.js';
import { ingest } from '../ingest/index.js';
import type { Article } from '../types/article.js';
import type { Context } from '../types/stages.js';
import type { CliCommand } from './args.js';
import { EXIT, InputError } from './errors.js';
import type { Io } from './output.js';
import type { CliReporter } from './reporter.js';

function describe(a: Article): string {
  const meta: [string, string | null][] = [
    ['title', a.title],
    ['outlet', a.outlet],
    ['byline', a.byline],
    ['published', a.published ? `${a.published} (from ${a.publishedFrom})` : null],
    ['dateline', a.dateline],
    ['language', a.language],
    ['url', a.url],
  ];
  const head = meta.filter(([, v]) => v).map(([k, v]) => `${k.padEnd(10)} ${v}`);
  const removed = a.removed.map((r) => `  - ${r.kind}: ${r.text.replace(/\s+/g, ' ').slice(0, 160)}`);
  return [
    ...head,
    '',
    a.text,
    ...(removed.length ? ['', `removed (${removed.length}):`, ...removed] : []),
  ].join('\n');
}

export async function runExtract(
  c: Extract<CliCommand, { name: 'extract' }>,
  io: Io,
  ctx: Context,
  reporter: CliReporter,
): Promise<number> {
  const articles: Article[] = [];
  for await (const outcome of ingest([c.input], ctx)) {
    if (outcome.status === 'rejected') {
      reporter.skipped(outcome.input, outcome.reason);
      continue;
    }
    const cleaned = clean(outcome.value, ctx);
    if (cleaned.status === 'rejected') reporter.skipped(cleaned.input, cleaned.reason);
    else articles.push({ ...analyzeLanguage(cleaned.value, ctx), flags: [] });
  }
  if (!articles.length) throw new InputError(`no article could be extracted from ${c.input}`);
  // A container (a feed, a JSON Lines dump, a WARC) holds several articles: JSON gives an array then.
  const out =
    c.format === 'json'
      ? JSON.stringify(articles.length === 1 ? articles[0] : articles, null, 2)
      : articles.map(describe).join('\n\n----\n\n');
  io.stdout.write(`${out}\n`);
  reporter.finish(articles.length > 1 ? `${articles.length} articles in ${c.input}` : '');
  return EXIT.ok;
}
