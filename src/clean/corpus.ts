// Corpus refiner: a paragraph repeated across articles that otherwise differ is the outlet's
// furniture (a shared footer, a standing promo), not story text. Copies of one report repeat many
// paragraphs together, so a paragraph shared by articles that also share most of their other
// paragraphs is story text and stays.
import type { CleanArticle } from '../types/article.js';
import type { Context } from '../types/stages.js';
import type { CleanConfig } from './config.js';
import { feedSummaryLanguages } from './feed-language.js';

/** Pairwise comparisons per repeated paragraph are bounded; a few articles tell the pattern. */
const MAX_COMPARED = 12;

const key = (p: string) => p.toLowerCase().replace(/\s+/g, ' ').trim();

function paragraphs(a: CleanArticle): string[] {
  return a.text.split(/\n\s*\n/).filter((p) => p.trim());
}

function jaccardWithout(a: Set<string>, b: Set<string>, skip: string): number {
  let inter = 0;
  let union = 0;
  for (const x of a) if (x !== skip) b.has(x) ? inter++ : union++;
  for (const x of b) if (x !== skip) union++;
  return union ? inter / union : 1;
}

function areUnrelated(
  ids: readonly number[],
  sets: readonly Set<string>[],
  skip: string,
  copyOverlap: number,
): boolean {
  const sample = ids.slice(0, MAX_COMPARED);
  for (let i = 0; i < sample.length; i++) {
    for (let j = i + 1; j < sample.length; j++) {
      if (jaccardWithout(sets[sample[i]!]!, sets[sample[j]!]!, skip) > copyOverlap) return false;
    }
  }
  return true;
}

function isFurniture(
  ids: readonly number[],
  articles: readonly CleanArticle[],
  sets: readonly Set<string>[],
  k: string,
  config: CleanConfig,
): boolean {
  if (!areUnrelated(ids, sets, k, config.corpusCopyOverlap)) return false;
  if (ids.length >= config.corpusMinRepeats) return true;
  // Two articles of one outlet sharing a paragraph and nothing else is that outlet's boilerplate.
  const outlets = ids.map((i) => articles[i]?.outlet).filter((o): o is string => !!o);
  return outlets.length >= 2 && new Set(outlets).size < outlets.length;
}

/** The corpus refiners in order: furniture out first, then what a feed's items tell of each other. */
export function refineCorpus(articles: readonly CleanArticle[], ctx: Context): CleanArticle[] {
  return feedSummaryLanguages(removeFurniture(articles, ctx));
}

function removeFurniture(articles: readonly CleanArticle[], ctx: Context): CleanArticle[] {
  const config = ctx.config.clean;
  const paras = articles.map(paragraphs);
  const sets = paras.map((ps) => new Set(ps.map(key)));
  const where = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const k of set) {
      if (k.length > config.corpusMaxLineChars) continue;
      const list = where.get(k);
      if (list) list.push(i);
      else where.set(k, [i]);
    }
  });
  const furniture = new Map<string, number>();
  for (const [k, ids] of where) {
    if (ids.length >= 2 && isFurniture(ids, articles, sets, k, config)) furniture.set(k, ids.length);
  }
  if (furniture.size === 0) return articles.map((a) => a);
  return articles.map((a, i) => {
    const ps = paras[i]!;
    const kept = ps.filter((p) => !furniture.has(key(p)));
    if (kept.length === ps.length || kept.length === 0) return a;
    const gone = ps.filter((p) => furniture.has(key(p)));
    const removed = gone.map((text) => ({
      kind: 'boilerplate' as const,
      text,
      reason: `repeated in ${furniture.get(key(text))} otherwise different articles`,
    }));
    return { ...a, text: kept.join('\n\n'), removed: [...a.removed, ...removed] };
  });
}
