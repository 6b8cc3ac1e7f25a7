// Turning plain texts into AnalyzedArticles for the suite, the benchmark and the tests. The real
// clean and language stages are used when their modules are present; until then (or if they throw)
// the article is built directly from the text with an empty analysis, and the clusterer falls back
// on its own readings (proper-noun names, explicit dates).
import { createHash } from 'node:crypto';
import type { AnalyzedArticle, CleanArticle, RawDocument } from '../../types/article.js';
import type { AnalyzeStage, CleanStage, Context } from '../../types/stages.js';

export interface TextInput {
  /** Names the input (a file name); hashed into the article id so ids do not leak it. */
  name: string;
  text: string;
  url?: string | null;
  title?: string | null;
  published?: string | null;
}

export interface Stages {
  clean: CleanStage | null;
  analyze: AnalyzeStage | null;
}

async function optionalExport<T>(path: string, name: string): Promise<T | null> {
  try {
    const mod = (await import(path)) as Record<string, unknown>;
    return typeof mod[name] === 'function' ? (mod[name] as T) : null;
  } catch {
    return null;
  }
}

/** The clean and language stages, when their modules load. */
export async function loadStages(): Promise<Stages> {
  // Paths are built at run time so the typecheck does not depend on stages still being written.
  const base = new URL('../../', import.meta.url).href;
  const clean = await optionalExport<CleanStage>(`${base}clean/index.js`, 'clean');
  const analyze = await optionalExport<AnalyzeStage>(`${base}analyze/index.js`, 'analyzeLanguage');
  return { clean, analyze };
}

export const articleId = (name: string): string => createHash('sha1').update(name).digest('hex').slice(0, 16);

function plainArticle(input: TextInput, id: string): CleanArticle {
  return {
    id,
    input: input.name,
    url: input.url ?? null,
    title: input.title ?? null,
    outlet: null,
    byline: null,
    language: 'en',
    published: input.published ?? null,
    publishedFrom: input.published ? 'inferred' : null,
    dateline: null,
    text: input.text,
    removed: [],
  };
}

function cleaned(input: TextInput, id: string, stages: Stages, ctx: Context): CleanArticle {
  if (!stages.clean) return plainArticle(input, id);
  const doc: RawDocument = {
    id,
    input: input.name,
    kind: 'text',
    format: 'text',
    content: input.text,
    meta: { url: input.url ?? null, published: input.published ?? null },
  };
  try {
    const out = stages.clean(doc, ctx);
    return out.status === 'ok'
      ? { ...out.value, published: out.value.published ?? input.published ?? null }
      : plainArticle(input, id);
  } catch (e) {
    ctx.reporter.warn(`clean failed on ${input.name}: ${(e as Error).message}; using the text as is`);
    return plainArticle(input, id);
  }
}

export function emptyAnalysis(article: CleanArticle): AnalyzedArticle {
  return { ...article, entities: [], entityTable: [], quotes: [], times: [], numbers: [], sentences: [] };
}

/** One text → an analysed article, through whichever real stages are available. */
export function toAnalyzed(input: TextInput, stages: Stages, ctx: Context): AnalyzedArticle {
  const article = cleaned(input, articleId(input.name), stages, ctx);
  if (!stages.analyze) return emptyAnalysis(article);
  try {
    return stages.analyze(article, ctx);
  } catch (e) {
    ctx.reporter.warn(
      `analyze failed on ${input.name}: ${(e as Error).message}; clustering on the text alone`,
    );
    return emptyAnalysis(article);
  }
}
