// What the verifier derives from one view, made once per view however many pairs it is in: a fresh
// article is verified against each of its stored candidates and a stored one against each fresh
// article that found it, and every pair used to split, index and diff both sides again. Held beside
// the view (weakly): it goes when the view goes, at the end of the batch that made it.
import { isContentWord } from '../text/tokens.js';
import type { SentenceDiff } from './diff.js';
import { seeds } from './runs.js';
import type { ArticleView } from './view.js';

interface Derived {
  norms?: string[];
  /** Seed n-gram index of the words, by n. */
  seeds?: Map<number, Map<string, number[]>>;
  sentenceWords?: string[][];
  /** Each sentence's words joined: what tells two sentences' diffs apart. */
  sentenceKeys?: string[];
  contentSets?: Set<string>[];
  /** Sentences by content word. */
  postings?: Map<string, number[]>;
  /** Diffs of this view's sentences against other sentences, by sentence and the other's words. */
  diffs?: Map<string, SentenceDiff>;
}

const derived = new WeakMap<ArticleView, Derived>();

function of(view: ArticleView): Derived {
  const known = derived.get(view);
  if (known) return known;
  const d: Derived = {};
  derived.set(view, d);
  return d;
}

/** The view's normalised words. */
export function norms(view: ArticleView): readonly string[] {
  const d = of(view);
  d.norms ??= view.words.map((w) => w.norm);
  return d.norms;
}

/** Where each `n` words in a row start (see sharedRuns). */
export function seedIndex(view: ArticleView, n: number): ReadonlyMap<string, number[]> {
  const d = of(view);
  d.seeds ??= new Map();
  const known = d.seeds.get(n);
  if (known) return known;
  const index = seeds(norms(view), n);
  d.seeds.set(n, index);
  return index;
}

/** The normalised words of sentence `s`. */
export function sentenceWords(view: ArticleView, s: number): readonly string[] {
  const d = of(view);
  if (!d.sentenceWords) {
    const words = norms(view);
    d.sentenceWords = view.sentences.map(({ first, end }) => words.slice(first, end));
    d.sentenceKeys = d.sentenceWords.map((w) => w.join(' '));
  }
  return d.sentenceWords[s]!;
}

function sentenceKey(view: ArticleView, s: number): string {
  sentenceWords(view, s);
  return of(view).sentenceKeys![s]!;
}

/** Content words of each sentence that are not names or figures (see ArticleView.evidential). */
export function contentSets(view: ArticleView): readonly ReadonlySet<string>[] {
  const d = of(view);
  d.contentSets ??= view.sentences.map(({ first, end }) => {
    const out = new Set<string>();
    for (let i = first; i < end; i++)
      if (view.evidential[i] && isContentWord(view.words[i]!.norm)) out.add(view.words[i]!.norm);
    return out;
  });
  return d.contentSets;
}

/** The sentences holding each content word, in order. */
export function postings(view: ArticleView): ReadonlyMap<string, readonly number[]> {
  const d = of(view);
  if (!d.postings) {
    const out = new Map<string, number[]>();
    contentSets(view).forEach((set, s) => {
      for (const w of set) (out.get(w) ?? out.set(w, []).get(w)!).push(s);
    });
    d.postings = out;
  }
  return d.postings;
}

/** `diff` of sentence `s` of `a` and sentence `t` of `b`, made once per pair of word sequences. */
export function sentenceDiff(
  a: ArticleView,
  s: number,
  b: ArticleView,
  t: number,
  diff: (x: readonly string[], y: readonly string[]) => SentenceDiff,
): SentenceDiff {
  const d = of(a);
  d.diffs ??= new Map();
  const key = `${s}\u0000${sentenceKey(b, t)}`;
  const known = d.diffs.get(key);
  if (known) return known;
  const out = diff(sentenceWords(a, s), sentenceWords(b, t));
  d.diffs.set(key, out);
  return out;
}
