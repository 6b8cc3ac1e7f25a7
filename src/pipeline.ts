// The whole of newsfuse, top to bottom: ingest → clean → analyze → dedup → cluster → brief.
// Each stage is `(input, ctx) => output` and never mutates its input.
import { analyzeLanguage, linkStoryEntities } from './analyze/index.js';
import { brief } from './brief/index.js';
import { clean, refineCorpus } from './clean/index.js';
import { cluster } from './cluster/index.js';
import { detectReuse } from './dedup/index.js';
import { ingest } from './ingest/index.js';
import type { AnalyzedArticle, Article, CleanArticle } from './types/article.js';
import type { Context, ReuseResult, StoryGroup } from './types/stages.js';
import { ANALYSIS_SCHEMA, type Analysis, type Story } from './types/story.js';

export interface RunStats {
  read: number;
  articles: number;
  skipped: { input: string; reason: string }[];
  duplicatesInInput: number;
}

/** Reads the inputs and cleans every document; skipped ones are reported by name and counted. */
export async function readArticles(
  inputs: readonly string[],
  ctx: Context,
): Promise<{ articles: CleanArticle[]; stats: RunStats }> {
  const stats: RunStats = { read: 0, articles: 0, skipped: [], duplicatesInInput: 0 };
  const seen = new Set<string>();
  const articles: CleanArticle[] = [];
  const skip = (input: string, reason: string) => {
    stats.skipped.push({ input, reason });
    ctx.reporter.skipped(input, reason);
  };
  for await (const outcome of ingest(inputs, ctx)) {
    stats.read++;
    if (outcome.status === 'rejected') {
      skip(outcome.input, outcome.reason);
      continue;
    }
    // The same bytes given twice are one article (ids are content hashes).
    if (seen.has(outcome.value.id)) {
      stats.duplicatesInInput++;
      continue;
    }
    seen.add(outcome.value.id);
    const cleaned = clean(outcome.value, ctx);
    if (cleaned.status === 'rejected') skip(cleaned.input, cleaned.reason);
    else articles.push(cleaned.value);
    ctx.reporter.progress('read', stats.read, null);
  }
  // Boilerplate shows itself by repetition across a corpus (an outlet's footer on every page).
  const refined = refineCorpus(articles, ctx);
  stats.articles = refined.length;
  return { articles: refined, stats };
}

/** The language stage over many articles, with progress. */
export function analyzeAll(articles: readonly CleanArticle[], ctx: Context): AnalyzedArticle[] {
  return articles.map((a, i) => {
    ctx.reporter.progress('analyze', i + 1, articles.length);
    return analyzeLanguage(a, ctx);
  });
}

/** From analysed articles to the contract's analysis: copies, stories, briefings. */
export function synthesize(analyzed: readonly AnalyzedArticle[], ctx: Context): Analysis {
  // Copies first: the clusterer and the briefing both need to know which articles are independent.
  const reuse = detectReuse(analyzed, ctx);
  const groups = cluster(analyzed, ctx);
  const articles = analyzed.map((a): Article => ({ ...a, flags: reuse.flags.get(a.id) ?? [] }));
  return {
    schema: ANALYSIS_SCHEMA,
    ...briefStories(groups, articles, reuse, ctx),
    relations: reuse.relations,
  };
}

/**
 * The briefing of each story. Entities are linked across a story's articles first (Sergei/Sergey
 * Lavrov, Nato/NATO), and each article's mentions are re-pointed at the story's entity ids.
 */
export function briefStories(
  groups: readonly StoryGroup[],
  articles: readonly Article[],
  reuse: ReuseResult,
  ctx: Context,
): { articles: Article[]; stories: Story[] } {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const stories = groups.map((group) => {
    const members = group.articles.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
    const linked = linkStoryEntities(members);
    const linkedArticles = linked.articles.map(
      (a): Article => ({ ...a, flags: byId.get(a.id)?.flags ?? [] }),
    );
    for (const a of linkedArticles) byId.set(a.id, a);
    return brief({ group, articles: linkedArticles, entities: linked.entities, reuse }, ctx);
  });
  return { articles: articles.map((a) => byId.get(a.id)!), stories };
}

/** The whole pipeline on inputs: `import { analyze } from 'newsfuse'`. */
export async function runPipeline(
  inputs: readonly string[],
  ctx: Context,
): Promise<{ analysis: Analysis; stats: RunStats }> {
  const { articles, stats } = await readArticles(inputs, ctx);
  const analyzed = analyzeAll(articles, ctx);
  return { analysis: synthesize(analyzed, ctx), stats };
}
