import { z } from 'zod';

/** Settings of the clean stage: the thresholds of the text and HTML cleaners. */
export const cleanConfig = z
  .object({
    /** Below this many characters of body text a document is not an article. */
    minArticleChars: z.number().int().nonnegative().default(200),
    /**
     * The same for plain text (files, JSON Lines, feed text): a text someone chose to give is
     * already an article, so a short news brief of a sentence or two is kept.
     */
    minTextArticleChars: z.number().int().nonnegative().default(60),
    /**
     * A feed item whose text came from the feed's description or summary (not its full text) is a
     * summary of the article below this many characters; a feed item of any source below the
     * article minimum is one too, and is kept rather than refused.
     */
    maxSummaryChars: z.number().int().nonnegative().default(500),
    /** A headline line at the top of a plain text: at most this many words, no final period. */
    maxTitleWords: z.number().int().positive().default(20),
    /** A line in a link-list block (after a cue such as "Also read"): at most this many words. */
    maxLinkLineWords: z.number().int().positive().default(18),
    /** A dateline or injected header is looked for only in the first this many characters. */
    headerWindowChars: z.number().int().positive().default(300),
    /** HTML: a block whose linked characters exceed this share of its text is navigation. */
    maxLinkDensity: z.number().min(0).max(1).default(0.5),
    /** HTML: when Readability keeps fewer characters than this, the density step is tried too. */
    readabilityMinChars: z.number().int().nonnegative().default(500),
    /** HTML: pages nested deeper than this skip Readability (quadratic in depth) for the density step. */
    readabilityMaxDepth: z.number().int().positive().default(128),
    /** HTML: Readability's text is kept when it has at least this share of the fallback's text. */
    readabilityMinShare: z.number().min(0).max(1).default(0.5),
    /** Corpus refiner: a line seen in at least this many articles (of different ids) is boilerplate. */
    corpusMinRepeats: z.number().int().min(2).default(3),
    /** Corpus refiner: articles whose other paragraphs overlap more than this (Jaccard) are copies. */
    corpusCopyOverlap: z.number().min(0).max(1).default(0.3),
    /** Corpus refiner: only lines up to this many characters are candidates (sentences of a story repeat). */
    corpusMaxLineChars: z.number().int().positive().default(400),
  })
  .prefault({});
export type CleanConfig = z.infer<typeof cleanConfig>;
