import { z } from 'zod';
import { timesConfig } from './times/config.js';

/** Quote attribution: how far to look for a cue and a speaker, and what counts as a scare quote. */
export const quotesConfig = z
  .object({
    /** Tokens before an opening mark searched for a cue ("Lavrov said he did not "…""). */
    prefixWindow: z.number().int().min(0).default(30),
    /** Tokens after a closing mark searched for the attribution ("…," he told reporters). */
    postfixWindow: z.number().int().min(0).default(9),
    /** Sentences searched back for the person a "he"/"she" refers to. */
    pronounLookback: z.number().int().min(0).default(6),
    /** A quote of at most this many words with no cue is a scare quote (Western "hysteria"). */
    maxScareWords: z.number().int().min(0).default(3),
    /** Report reliable indirect speech ("X said that …") as quotes with `direct: false`. */
    indirect: z.boolean().default(true),
  })
  .prefault({});
export type QuotesConfig = z.infer<typeof quotesConfig>;

/** Settings of the analyze stage. */
export const analyzeConfig = z
  .object({
    quotes: quotesConfig,
    times: timesConfig,
  })
  .prefault({});
export type AnalyzeConfig = z.infer<typeof analyzeConfig>;
