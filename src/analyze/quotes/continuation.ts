// Refiner: a quote with no attribution of its own keeps the speaker of the quote before it when
//   (1) both sit in one sentence (`the plan was "rushed," "costly" and "unfair,"` after one cue), or
//   (2) it opens a sentence right after an attributed quote in the same or the next paragraph
//       (`"…," he said. "…"`, a quote running on into the next paragraph).
// It inherits the cue too: PolNeAR-style, the fragments are one attribution.
import type { DraftQuote } from './draft.js';

const MAX_SAME_SENTENCE_GAP = 150;
const MAX_NEXT_SENTENCE_GAP = 200;

function newlines(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function sameSentence(text: string, prev: DraftQuote, q: DraftQuote): boolean {
  const gap = text.slice(prev.close + 1, q.open);
  if (gap.length > MAX_SAME_SENTENCE_GAP || gap.includes('\n') || /[.!?]\s+\p{Lu}/u.test(gap)) return false;
  return !/[.!?]$/.test(prev.text) || /^\s*[\p{Ll},;]/u.test(gap);
}

function nextSentence(text: string, prev: DraftQuote, q: DraftQuote): boolean {
  const before = text.slice(Math.max(0, q.open - 3), q.open);
  const opensSentence = /^\s*$|[.!?:]\s*$/.test(before) || text[q.open - 1] === '\n';
  const gap = text.slice(prev.close + 1, q.open);
  return opensSentence && gap.length < MAX_NEXT_SENTENCE_GAP && newlines(gap) <= 2 && !/[“"]/.test(gap);
}

export function inheritSpeakers(text: string, quotes: readonly DraftQuote[]): DraftQuote[] {
  const out: DraftQuote[] = [];
  for (const q of quotes) {
    const prev = out[out.length - 1];
    const orphan = q.direct && !q.cue && !q.speakerMention;
    const heir = prev?.direct && !prev.scare && (prev.cue !== null || prev.speakerMention !== null);
    if (!orphan || !prev || !heir || !(sameSentence(text, prev, q) || nextSentence(text, prev, q))) {
      out.push(q);
      continue;
    }
    const { speaker, speakerName, speakerMention, cue } = prev;
    out.push({ ...q, speaker, speakerName, speakerMention, cue });
  }
  return out;
}
