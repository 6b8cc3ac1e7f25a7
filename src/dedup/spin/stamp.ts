// Which scorer made a stored intrinsic spin score. Scores are kept with their articles so that a
// later batch need not read a stored copy candidate's text again; a score made by another release of
// newsfuse (whose signals, word lists or WordNet tables may differ) is worked out again instead.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../eval/data.js';
import { fnv1a32 } from '../fingerprint/hash.js';

let stamp: number | undefined;

/** The stamp of this release's spin scorer: a hash of newsfuse's name and version. */
export function spinStamp(): number {
  if (stamp === undefined) {
    let version = 'unknown';
    try {
      const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      version = `${pkg.name}@${pkg.version}`;
    } catch {
      // No package.json beside the code: every score is worked out, none is reused across processes.
      version = `unknown ${process.pid} ${Date.now()}`;
    }
    stamp = fnv1a32(`intrinsic spin ${version}`);
  }
  return stamp;
}
