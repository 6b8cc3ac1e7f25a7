// Makes the built CLI executable (tsc keeps the shebang but not the mode) and copies the files tsc
// does not: the web application's script and stylesheet, read at run time beside the server code.
import { chmodSync, cpSync, existsSync } from 'node:fs';

const bin = new URL('../dist/cli/main.js', import.meta.url);
if (existsSync(bin)) chmodSync(bin, 0o755);

const assets = new URL('../src/server/assets/', import.meta.url);
cpSync(assets, new URL('../dist/server/assets/', import.meta.url), { recursive: true });
