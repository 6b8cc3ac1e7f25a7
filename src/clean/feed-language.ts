// Corpus refiner: a feed summary is a line or two, too little for language detection to be sure of
// (a Portuguese headline can read as Latin). The other items of the same feed are good evidence:
// a summary that disagrees with a clear majority of its feed takes the feed's language.
import type { CleanArticle } from '../types/article.js';

/** A feed's language is clear when at least this many of its other articles agree… */
const MIN_AGREEING = 3;
/** …and they are at least this share of its articles with a language. */
const MIN_SHARE = 0.75;

function majority(articles: readonly CleanArticle[]): string | null {
  const counts = new Map<string, number>();
  for (const a of articles) if (a.language) counts.set(a.language, (counts.get(a.language) ?? 0) + 1);
  const total = [...counts.values()].reduce((s, n) => s + n, 0);
  const [lang, n] = [...counts].sort((x, y) => y[1] - x[1])[0] ?? [null, 0];
  return lang && n >= MIN_AGREEING && n / total >= MIN_SHARE ? lang : null;
}

export function feedSummaryLanguages(articles: readonly CleanArticle[]): CleanArticle[] {
  const byInput = new Map<string, CleanArticle[]>();
  for (const a of articles) byInput.set(a.input, [...(byInput.get(a.input) ?? []), a]);
  const decided = new Map<string, string>();
  for (const [input, group] of byInput) {
    const lang = group.some((a) => a.kind === 'summary') ? majority(group) : null;
    if (lang) decided.set(input, lang);
  }
  return articles.map((a) => {
    const lang = decided.get(a.input);
    return a.kind === 'summary' && lang && a.language !== lang ? { ...a, language: lang } : a;
  });
}
