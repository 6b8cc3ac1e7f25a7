// Makes the built CLI executable (tsc keeps the shebang but not the mode) and copies the files tsc
// does not: the web application's script and stylesheet, read at run time beside the server code.
import { chmodSync, cpSync, existsSync } from 'node:fs';

const bin = new URL('../dist/cli/main.js', import.meta.url);
if (existsSync(bin)) chmodSync(bin, 0o755);

const assets = new URL('../src/server/assets/', import.meta.url);
cpSync(assets, new URL('../dist/server/assets/', import.meta.url), { recursive: true });

// WordNet's derived tables, written once here so that no process or worker thread derives them from
// the dictionary files again (see src/dedup/spin/prebuilt.ts; a missing file only costs time).
const spin = new URL('../dist/dedup/spin/', import.meta.url);
const { writeTable } = await import(new URL('prebuilt.js', spin).href);
const { buildLexicon } = await import(new URL('wordnet.js', spin).href);
const { buildSenseTable } = await import(new URL('senses.js', spin).href);
writeTable('lexicon', buildLexicon());
writeTable('senses', buildSenseTable());
