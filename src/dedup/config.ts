import { z } from 'zod';

/**
 * Settings of the dedup stage. Shares are of the copy's words unless said otherwise. The reuse
 * suite (src/eval/suites/reuse.ts) reports these fixed thresholds next to thresholds fitted
 * leave-one-task-out on Clough & Stevenson.
 */
export const dedupConfig = z
  .object({
    /** Shortest run of identical words that counts as a shared passage. */
    minRun: z.number().int().min(2).default(3),
    /** Least content-word Dice for two sentences to be aligned. */
    minAlign: z.number().min(0).max(1).default(0.4),
    /** Least shared LSH bands for a stored article to be verified as a candidate. */
    minSharedBands: z.number().int().min(1).default(1),
    /**
     * Stored articles verified per new article, those sharing the most bands first. An archive that
     * holds many copies of one text (a wire story carried for years) would otherwise make each new
     * copy cost more than the last; the closest few are where its origin is found.
     */
    maxStoredCandidates: z.number().int().min(1).default(8),
    /** Below this many articles every pair sharing enough words is verified (heavy rewrites share few
     * shingles); ~3 CPU-s for 150 same-topic news articles, growing with the square. */
    exhaustiveBelow: z.number().int().min(0).default(200),
    /** Both sides at least this much inside shared passages: a near-duplicate. */
    nearDuplicate: z.number().min(0).max(1).default(0.9),
    /** One side at least this much inside the other's passages: a syndicated copy (wire text, new wrapper). */
    syndicated: z.number().min(0).max(1).default(0.8),
    /**
     * Reuse score (0.6·passage share + 0.4·share of content words kept in aligned sentences) from
     * which a text is derived. Independent reports of one event share wire phrasing; this sits above
     * what such reports score against each other, a little above the Clough & Stevenson optimum.
     */
    derived: z.number().min(0).max(1).default(0.125),
    /**
     * Passage share of the copy from which a derived text counts as cut-and-paste (C&S "cut"); this
     * and `lightLevel` are the rounded medians of the leave-one-task-out fits on Clough & Stevenson.
     */
    cutLevel: z.number().min(0).max(1).default(0.65),
    /** Passage share of the copy from which a derived text counts as lightly revised (C&S "light"). */
    lightLevel: z.number().min(0).max(1).default(0.3),
    /** Aligned-sentence share of the copy from which swapped wording is judged as spin. */
    spunAligned: z.number().min(0).max(1).default(0.5),
    /** Share of substitutions explained by synonyms or spinner swaps from which an aligned copy is spun. */
    spunExplained: z.number().min(0).max(1).default(0.6),
    /** Fewest substitutions for an aligned copy to be judged spun. */
    spunMinSubstitutions: z.number().int().min(1).default(4),
    /**
     * Least distinct synonym swaps per word for a copy that kept most of its words verbatim to be
     * judged spun: spinning a tenth of the eligible words swaps 2–4 in 100; an editor's copy of
     * wire text, fewer than 1 in 200.
     */
    spunSwapDensity: z.number().min(0).max(1).default(0.015),
    /** Intrinsic spin score (no original in the corpus) from which an article is flagged spun. */
    intrinsicSpun: z.number().min(0).max(1).default(0.5),
    /** Sentence paraphrase score (verify/sentence.ts) from which two sentences state the same thing. */
    paraphrase: z.number().min(0).max(1).default(0.5),
    /** Evidence strings kept per flag. */
    maxEvidence: z.number().int().min(1).default(8),
  })
  .prefault({});
export type DedupConfig = z.infer<typeof dedupConfig>;
