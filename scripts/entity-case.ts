// Proposes a gold case for the entity suite from a text: what the extractor finds today, written as
// expected.json for a person to check and correct by hand (add missed names, drop false ones, fix
// types and spans). Usage: node --import tsx scripts/entity-case.ts <slug> [input.txt]
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { predictedMentions } from '../src/analyze/entities/gold.js';
import { repoRoot } from '../src/eval/data.js';
import { readText } from '../src/nlp/index.js';

const [slug, from] = process.argv.slice(2);
if (!slug) {
  console.error('usage: entity-case.ts <slug> [input.txt]');
  process.exit(2);
}
const dir = join(repoRoot, 'src/analyze/entities/gold', slug);
mkdirSync(dir, { recursive: true });
if (from) copyFileSync(from, join(dir, 'input.txt'));
const input = join(dir, 'input.txt');
if (!existsSync(input)) {
  console.error(`no input.txt in ${dir}`);
  process.exit(2);
}
const text = readFileSync(input, 'utf8');
const mentions = predictedMentions(text, readText(text));
writeFileSync(join(dir, 'expected.json'), `${JSON.stringify({ mentions }, null, 1)}\n`);
console.log(`${mentions.length} proposed mentions in ${join(dir, 'expected.json')}: check every one by hand`);
