// Past bias with future cues: a report mostly looks back, so "Friday" is the last Friday unless
// the sentence says the event is ahead ("will meet Friday", "is expected to", "next", "upcoming").
import { lowerBound } from './spans.js';
import type { Candidate, TimeContext } from './types.js';

const FUTURE =
  /\b(?:will|won['’]t|would|shall|['’]ll|going to|is to|are to|plans? to|planned|scheduled|expected to|set to|due to|intends? to|upcoming|next|coming|as soon as|as early as)\b/i;
const PAST = /\b(?:was|were|had|did|said|ago|last|earlier|\w+ed)\s*$/i;

function sentenceStart(ctx: TimeContext, at: number): number {
  const i = lowerBound(ctx.reading.sentences, at + 1, (s) => s.start) - 1;
  return ctx.reading.sentences[i]?.start ?? 0;
}

/** True when the words before the expression in its sentence point to the future. */
export function looksAhead(ctx: TimeContext, c: Candidate): boolean {
  // "Wednesday's ruling": a possessive names something that already exists.
  if (/^['’]s\b/.test(ctx.text.slice(c.end, c.end + 3))) return false;
  const from = sentenceStart(ctx, c.start);
  const words = ctx.text
    .slice(from, c.start)
    .split(/\s+/)
    .slice(-ctx.config.tenseWindow - 1);
  const before = words.join(' ');
  // "said the meeting will be Friday": the nearest verb decides; a past verb right before wins.
  if (
    PAST.test(before.split(/\s+/).slice(-2).join(' ')) &&
    !FUTURE.test(before.split(/\s+/).slice(-3).join(' '))
  )
    return false;
  return FUTURE.test(before);
}
