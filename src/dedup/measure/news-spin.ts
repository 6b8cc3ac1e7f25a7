// Intrinsic spin signals on real, edited news (ECB+ documents): every flag here is a false alarm.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { intrinsicSpin } from '../spin/score.js';

export function intrinsicFalseAlarms(
  docsDir: string,
  threshold: number,
): { rate: number; docs: number; flagged: string[] } {
  const files = readdirSync(docsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const flagged = files.filter(
    (f) => intrinsicSpin(readFileSync(join(docsDir, f), 'utf8')).score >= threshold,
  );
  return { rate: flagged.length / Math.max(1, files.length), docs: files.length, flagged };
}
