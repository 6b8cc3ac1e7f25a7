// Periods named by pointing back at the date just mentioned: "that year", "the same day", "the
// following month", "later that year". Anchored on that date, not on the publication.
import { scan } from '../scan.js';
import type { Extractor, Unit } from '../types.js';

const AMOUNT: Record<string, number> = {
  that: 0,
  'the same': 0,
  'that same': 0,
  'the following': 1,
  'the previous': -1,
  'the preceding': -1,
};

export const anaphoricPeriods: Extractor = (ctx) =>
  scan(
    ctx,
    'anaphora',
    /\b(that|that same|the same|the following|the previous|the preceding)\s+(day|week|month|year)\b(?![- ](?:old|long))/gi,
    (m) => {
      const amount = AMOUNT[m[1]!.toLowerCase()];
      if (amount === undefined) return null;
      // "the same year" as a comparison ("the same year as …") still names the year.
      const unit = m[2]!.toLowerCase() as Unit;
      return {
        type: 'DATE',
        value: 'XXXX',
        relative: { kind: 'shift', unit, amount, from: 'previous' },
        provenance: 'inferred',
      };
    },
  );
