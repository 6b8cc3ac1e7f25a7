// Candidate base forms of an English word form, after WordNet's own "morphy" detachment rules plus
// the irregular forms news text uses most. Several candidates may be returned; callers try each.
import { BoundedMemo } from './memo.js';

const IRREGULAR: Record<string, string> = {
  said: 'say',
  told: 'tell',
  sent: 'send',
  held: 'hold',
  made: 'make',
  went: 'go',
  gone: 'go',
  took: 'take',
  taken: 'take',
  gave: 'give',
  given: 'give',
  came: 'come',
  saw: 'see',
  seen: 'see',
  knew: 'know',
  known: 'know',
  thought: 'think',
  brought: 'bring',
  bought: 'buy',
  found: 'find',
  left: 'leave',
  met: 'meet',
  ran: 'run',
  began: 'begin',
  begun: 'begin',
  spoke: 'speak',
  spoken: 'speak',
  wrote: 'write',
  written: 'write',
  led: 'lead',
  kept: 'keep',
  felt: 'feel',
  fell: 'fall',
  fallen: 'fall',
  rose: 'rise',
  risen: 'rise',
  won: 'win',
  lost: 'lose',
  paid: 'pay',
  sought: 'seek',
  fought: 'fight',
  struck: 'strike',
  stood: 'stand',
  heard: 'hear',
  meant: 'mean',
  shot: 'shoot',
  built: 'build',
  chose: 'choose',
  chosen: 'choose',
  drew: 'draw',
  drawn: 'draw',
  got: 'get',
  men: 'man',
  women: 'woman',
  children: 'child',
  people: 'person',
  better: 'good',
  best: 'good',
  worse: 'bad',
};

const SUFFIXES: [string, string][] = [
  ['ies', 'y'],
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['men', 'man'],
  ['s', ''],
  ['es', 'e'],
  ['es', ''],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
  ['er', ''],
  ['est', ''],
  ['ier', 'y'],
  ['iest', 'y'],
];

/**
 * Each word's candidates, lately asked for: a copy check asks for the same words again and again
 * (every pair a respelled name or a spinner's pick is verified in), and each ask built a set and
 * tried every suffix rule.
 */
const known = new BoundedMemo<string, readonly string[]>();

/** The word itself, its irregular base, and every suffix-rule base (a doubled consonant undone too). */
export function lemmaCandidates(word: string): readonly string[] {
  const w = word.toLowerCase();
  const memo = known.get(w);
  if (memo) return memo;
  const out = new Set<string>([w]);
  // Own keys only: "constructor" is no irregular form of Object.
  if (Object.hasOwn(IRREGULAR, w)) out.add(IRREGULAR[w]!);
  for (const [suffix, replacement] of SUFFIXES) {
    if (!w.endsWith(suffix) || w.length <= suffix.length + 2) continue;
    const base = w.slice(0, -suffix.length) + replacement;
    out.add(base);
    // "planned" → "plann" → "plan"
    if (replacement === '' && /([b-df-hj-np-tv-z])\1$/.test(base)) out.add(base.slice(0, -1));
  }
  const list = [...out];
  known.set(w, list);
  return list;
}

/** True when two forms share a base form ("talks" / "talked"). */
export function sameLemma(a: string, b: string): boolean {
  const left = new Set(lemmaCandidates(a));
  return lemmaCandidates(b).some((l) => left.has(l));
}
