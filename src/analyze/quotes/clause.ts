// Where a sentence's main clause starts, past a dateline and an opening subordinate clause.
import type { QuoteDoc } from './doc.js';

const SUBORDINATORS = new Set([
  'after',
  'when',
  'while',
  'as',
  'although',
  'though',
  'if',
  'because',
  'since',
  'before',
  'once',
  'despite',
  'following',
]);

const DASHES = new Set(['—', '–', '--']);
const MAX_DATELINE = 12;
const MAX_OPENER = 14;

/** After a dateline that opens the sentence ("WASHINGTON (Agency) — …"), else `first`. */
function afterDateline(doc: QuoteDoc, first: number, limit: number): number {
  for (let k = first + 1; k < Math.min(limit, first + MAX_DATELINE); k++) {
    const t = doc.tokens[k]!;
    if (DASHES.has(t.text) && /\s/.test(doc.text[t.start - 1] ?? '')) return k + 1;
    if (t.pos === 'VERB' || t.pos === 'AUX') return first;
  }
  return first;
}

/**
 * Where the main clause starts: after a dateline, and after an opening subordinate clause or
 * prepositional phrase and its comma ("After the talks, …", "At Sunday's debate, …").
 */
export function mainClauseStart(doc: QuoteDoc, first: number, limit: number): number {
  const start = afterDateline(doc, first, limit);
  const lead = doc.tokens[start];
  // A participial opener is a subordinate clause too ("Speaking in Salem, Roe went after Doe").
  const participle = lead?.pos === 'VERB' && /ing$/.test(lead.normal);
  const opener = SUBORDINATORS.has(lead?.normal ?? '') || lead?.pos === 'ADP' || participle;
  if (!opener) return start;
  const reach = SUBORDINATORS.has(lead?.normal ?? '') ? limit : Math.min(limit, start + MAX_OPENER);
  for (let k = start + 1; k < reach; k++) if (doc.tokens[k]!.text === ',') return k + 1;
  return start;
}
