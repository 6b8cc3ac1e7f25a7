import { z } from 'zod';

/** Settings of the brief stage: sizes of a briefing and the thresholds its rules use. */
export const briefConfig = z
  .object({
    /** Summary length: at least `minSentences` when the story has that many usable sentences. */
    minSentences: z.number().int().min(1).default(5),
    maxSentences: z.number().int().min(1).default(8),
    /** MMR trade-off between salience (1) and novelty (0). */
    mmrLambda: z.number().min(0).max(1).default(0.7),
    /** A candidate this similar to a chosen sentence says nothing new. */
    redundancy: z.number().min(0).max(1).default(0.5),
    /** LexRank edge threshold (cosine of tf-idf vectors) and damping. */
    lexrankThreshold: z.number().min(0).max(1).default(0.1),
    lexrankDamping: z.number().min(0).max(1).default(0.85),
    /** Summary sentences are between these lengths in content words. */
    minSentenceWords: z.number().int().default(6),
    maxSentenceWords: z.number().int().default(45),
    /** Salience raised by this share for each further independent origin carrying a sentence. */
    corroborationBoost: z.number().min(0).max(1).default(0.15),
    /** Salience weight of a sentence from a machine-spun article (0 drops them). */
    spunWeight: z.number().min(0).max(1).default(0.25),
    /** A flag of this score or more marks an article as spun / a copy. */
    flagScore: z.number().min(0).max(1).default(0.5),
    /** A sentence elsewhere this similar supports (and is cited with) a summary sentence. */
    supportSimilarity: z.number().min(0).max(1).default(0.5),
    /** Sentences naming the same people are one claim at this content-word overlap. */
    claimOverlap: z.number().min(0).max(1).default(0.35),
    /** Dated sentences with one value are one happening at this content-word overlap. */
    timelineOverlap: z.number().min(0).max(1).default(0.4),
    /** A dated mention that ended this many days before the story's first day is background, shown apart. */
    timelineBackgroundDays: z.number().int().min(0).default(90),
    /** Two quotes by one speaker are one statement at this content-word overlap. */
    quoteOverlap: z.number().min(0).max(1).default(0.5),
    /** …and without a known speaker on one side only at this overlap. */
    quoteOverlapNoSpeaker: z.number().min(0).max(1).default(0.85),
    /** Direct quotes shorter than this (words) with no reporting cue are scare quotes. */
    scareQuoteWords: z.number().int().default(4),
    /** Two figures for one thing disagree when they differ by more than this fraction. */
    quantityTolerance: z.number().min(0).max(1).default(0.1),
    /** Bounds on work for big stories: sentences ranked (leads first) and candidates checked for support. */
    maxUnits: z.number().int().min(10).default(1200),
    maxCandidates: z.number().int().min(5).default(80),
    maxFacts: z.number().int().default(12),
    maxTimeline: z.number().int().default(14),
    maxQuotes: z.number().int().default(12),
  })
  .prefault({});
export type BriefConfig = z.infer<typeof briefConfig>;
