// A judged pair as the contract's Relation (copy in `from`) with the aligned spans as evidence,
// and the flag its copy carries.
import type { Flag, FlagKind } from '../types/article.js';
import type { Relation, RelationKind } from '../types/story.js';
import type { Side } from './classify/direction.js';
import type { Judgement } from './classify/judge.js';
import { type PairReport, passageSpans } from './verify/index.js';

type Span = { start: number; end: number };

const FLAG_OF: Record<RelationKind, FlagKind> = {
  duplicate: 'duplicate',
  'near-duplicate': 'near-duplicate',
  syndicated: 'syndicated-copy',
  spun: 'spun',
  derived: 'derived',
};

/** Aligned sentences as spans, for spun copies where few words survive in runs. */
function sentenceSpans(r: PairReport): { from: Span; to: Span }[] {
  const span = (view: PairReport['a'], s: number) => {
    const { first, end } = view.sentences[s]!;
    return { start: view.words[first]!.start, end: view.words[end - 1]!.end };
  };
  return r.alignedA.map((p) => ({ from: span(r.a, p.a), to: span(r.b, p.b) }));
}

export function toRelation(r: PairReport, j: Judgement, copy: Side, maxEvidence: number): Relation {
  const spans = j.kind === 'spun' ? sentenceSpans(r) : passageSpans(r);
  const oriented = copy === 'a' ? spans : spans.map((s) => ({ from: s.to, to: s.from }));
  const [from, to] = copy === 'a' ? [r.a.id, r.b.id] : [r.b.id, r.a.id];
  return { kind: j.kind, from, to, score: j.score, evidence: oriented.slice(0, maxEvidence) };
}

function quoteOf(text: string, s: Span, max = 80): string {
  const t = text.slice(s.start, s.end).replace(/\s+/g, ' ');
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

function sharedSummary(cover: number, passages: number, source: string): string {
  return `${Math.round(cover * 100)}% of its words in ${passages} ${passages === 1 ? 'passage' : 'passages'} shared with ${source}`;
}

/** The flag on the copy, with what the verifier saw. */
export function toFlag(
  rel: Relation,
  r: PairReport,
  j: Judgement,
  copyText: string,
  maxEvidence: number,
): Flag {
  const cover = rel.from === r.a.id ? r.verbatimA : r.verbatimB;
  const evidence: string[] = [];
  if (rel.kind === 'duplicate') evidence.push(`same text as ${rel.to}`);
  else if (j.spin) evidence.push(...new Set(j.spin.evidence));
  else evidence.push(sharedSummary(cover, r.runs.length, rel.to));
  const first = rel.evidence?.[0];
  const label = rel.kind === 'spun' ? 'aligned sentence' : 'longest shared';
  if (first && rel.kind !== 'duplicate') evidence.push(`${label}: "${quoteOf(copyText, first.from)}"`);
  return {
    kind: FLAG_OF[rel.kind],
    score: rel.score,
    related: rel.to,
    evidence: evidence.slice(0, maxEvidence),
  };
}
