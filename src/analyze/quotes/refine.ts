// Refiners over the article's quotes, in order.
//   continuation: a quote with no attribution of its own that follows an attributed one in the same
//     or the next paragraph (`"…," he said. "…"`, a quote running on in the next paragraph) keeps
//     that speaker.
//   scare: a short quote (one to three words) with no cue is a scare quote (Western "hysteria"):
//     kept, marked, and never given a speaker.
import type { Quote } from '../../types/article.js';

export interface DraftQuote extends Quote {
  open: number;
  close: number;
}

function paragraphBreaksBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function onlyAttributionBetween(text: string, prev: DraftQuote, next: DraftQuote): boolean {
  const gap = text.slice(prev.close + 1, next.open);
  // Between the two: at most the attribution sentence and one paragraph break.
  return gap.length < 200 && paragraphBreaksBetween(text, prev.close, next.open) <= 2 && !/[“"]/.test(gap);
}

export function inheritSpeakers(text: string, quotes: readonly DraftQuote[]): DraftQuote[] {
  const out: DraftQuote[] = [];
  for (const q of quotes) {
    const prev = out[out.length - 1];
    const startsSentence =
      /^\s*$|[.!?:]\s*$/.test(text.slice(Math.max(0, q.open - 3), q.open)) || text[q.open - 1] === '\n';
    if (q.cue || q.speakerMention || !q.direct || !prev?.direct || prev.scare || !startsSentence) out.push(q);
    else if (prev.speakerName === null && prev.speakerMention === null) out.push(q);
    else if (!onlyAttributionBetween(text, prev, q)) out.push(q);
    else
      out.push({
        ...q,
        speaker: prev.speaker,
        speakerName: prev.speakerName,
        speakerMention: prev.speakerMention,
        cue: prev.cue,
      });
  }
  return out;
}

export function markScareQuotes(quotes: readonly DraftQuote[], maxWords: number): DraftQuote[] {
  return quotes.map((q) => {
    if (!q.direct || q.cue || q.speakerMention) return q;
    const words = q.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    if (words > maxWords || /[.!?]$/.test(q.text)) return q;
    return { ...q, scare: true, speaker: null, speakerName: null };
  });
}
