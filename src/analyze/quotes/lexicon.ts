// Cue verbs, pronouns and speaker nouns (data/cues.json) as lookup sets.
import cueData from './data/cues.json' with { type: 'json' };

export const cueVerbs = new Set(cueData.verbs);
/** Multi-word cues ("according to"), as lower-cased word sequences. */
export const cuePhrases: readonly string[][] = cueData.phrases;
/** Cues that reliably introduce reported speech as a clause (indirect speech). */
export const thatClauseCues = new Set(cueData.thatClause);
export const pronounGender = new Map<string, 'm' | 'f' | null>(
  Object.entries(cueData.pronouns as Record<string, 'm' | 'f' | null>),
);
export const speakerNouns = new Set(cueData.speakerNouns);
