// Which scorer made a stored intrinsic spin score. Scores are kept with their articles so that a
// later batch need not read a stored copy candidate's text again; a score made by other code (another
// release, or the same release changed: its signals, word lists or tables) is worked out again.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { repoRoot } from '../../eval/data.js';
import { fnv1a32 } from '../fingerprint/hash.js';

let stamp: number | undefined;

/** The scorer's own code (this folder's modules and the tokenizer's), whichever form is running. */
function scorerCode(): string {
  const here = import.meta.dirname;
  const ext = extname(import.meta.filename);
  const parts: string[] = [];
  for (const dir of [here, join(here, '..', 'text')])
    for (const name of readdirSync(dir).sort())
      if (name.endsWith(ext) && !name.includes('.test.') && !name.endsWith(`.d${ext}`))
        parts.push(name, readFileSync(join(dir, name), 'utf8'));
  return parts.join('\u0000');
}

/** The stamp of the running spin scorer: a hash of newsfuse's name, version and the scorer's code. */
export function spinStamp(): number {
  if (stamp === undefined) {
    let made: string;
    try {
      const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      made = `${pkg.name}@${pkg.version}\u0000${scorerCode()}`;
    } catch {
      // The code cannot be read back: no score is reused across processes, each is worked out.
      made = `unknown ${process.pid} ${Date.now()} ${Math.random()}`;
    }
    stamp = fnv1a32(`intrinsic spin\u0000${made}`);
  }
  return stamp;
}
