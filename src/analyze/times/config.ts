import { z } from 'zod';

/** Settings of temporal-expression extraction (composed into the analyze stage's configuration). */
export const timesConfig = z
  .object({
    /** Words before a weekday or month, within its sentence, searched for a future cue ("will"). */
    tenseWindow: z.number().int().min(0).default(8),
    /** A "previous date" older than this many characters is not used as an anchor ("a day earlier"). */
    previousReach: z.number().int().min(0).default(2000),
    /** How far before a quote a stated day may be to count as the day the quote was spoken. */
    quoteReach: z.number().int().min(0).default(1000),
    /** A quote's day is at most this many days before publication (older dates are history). */
    speechDays: z.number().int().min(0).default(7),
  })
  .prefault({});
export type TimesConfig = z.infer<typeof timesConfig>;
