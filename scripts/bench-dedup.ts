// Fingerprint index speed and size: insert + query per article at 10k, 100k and 1M stored
// fingerprints, and fingerprinting speed. Texts are synthetic: sentences of the ECB+ documents
// (../shared/eval/clustering/ecbplus/docs) shuffled with a fixed seed. The index is filled with
// fingerprints of random signatures (band keys of distinct texts are as good as random), then
// fingerprints of the synthetic texts are inserted and queried, one article at a time.
//   node --expose-gc --import tsx scripts/bench-dedup.ts [maxSize]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bandsOf, fingerprint, HASHES, MemoryFingerprintIndex } from '../src/dedup/index.js';
import { evalDataDir } from '../src/eval/data.js';

const SIZES = [10_000, 100_000, 1_000_000].filter((n) => n <= Number(process.argv[2] ?? 1_000_000));
const MEASURED = 20_000;

function random(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return (r ^ (r >>> 14)) >>> 0;
  };
}

function syntheticTexts(docsDir: string, count: number): string[] {
  const sentences = readdirSync(docsDir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(docsDir, f), 'utf8').split(/(?<=[.!?])\s+/))
    .filter((s) => s.split(' ').length >= 5);
  const next = random(42);
  return Array.from({ length: count }, () =>
    Array.from({ length: 12 }, () => sentences[next() % sentences.length]).join(' '),
  );
}

function fill(index: MemoryFingerprintIndex, from: number, to: number): void {
  const next = random(from + 7);
  const sig = new Uint32Array(HASHES);
  for (let i = from; i < to; i++) {
    for (let h = 0; h < HASHES; h++) sig[h] = next() % 2147483647;
    index.add(`f${i}`, bandsOf(sig));
  }
}

/** CPU seconds (user + system) of `work`: the machine is shared, so wall time says little. */
function cpuSeconds(work: () => void): { cpu: number; wall: number } {
  const wall = performance.now();
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return { cpu: (used.user + used.system) / 1e6, wall: (performance.now() - wall) / 1000 };
}

const heap = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
};

const data = evalDataDir();
if (!data) {
  console.log('skipped: ../shared/eval is not on this machine (set NEWSFUSE_SHARED)');
  process.exit(0);
}
const texts = syntheticTexts(join(data, 'clustering', 'ecbplus', 'docs'), MEASURED);
let prints: string[][] = [];
const fp = cpuSeconds(() => {
  prints = texts.map((x) => fingerprint(x).bands);
});
console.log(
  `fingerprint (MinHash ${HASHES} over word bigrams, 12-sentence texts): ${Math.round(MEASURED / fp.cpu)} articles per CPU-second (${Math.round(MEASURED / fp.wall)}/s wall)`,
);

const index = new MemoryFingerprintIndex();
const before = heap();
let filled = 0;
for (const size of SIZES) {
  fill(index, filled, size);
  filled = size;
  const bytes = (heap() - before) / size;
  let found = 0;
  const run = cpuSeconds(() =>
    prints.forEach((bands, i) => {
      found += index.query(bands).size;
      index.add(`m${size}-${i}`, bands);
    }),
  );
  for (let i = 0; i < MEASURED; i++) index.remove(`m${size}-${i}`);
  console.log(
    `${size.toLocaleString('en')} stored: insert+query ${Math.round(MEASURED / run.cpu).toLocaleString('en')} articles per CPU-second ` +
      `(${Math.round(MEASURED / run.wall).toLocaleString('en')}/s wall), ` +
      `${Math.round(bytes)} bytes/article (heap), ${Math.round(index.tableBytes / index.count)} bytes/article (band tables), ` +
      `${(found / MEASURED).toFixed(2)} candidates/query`,
  );
}
