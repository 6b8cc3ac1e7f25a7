// fast-check arbitraries of hostile inputs, per kind: the seed truncated, with bytes replaced or
// inserted, a valid header before random bytes, deep and wide structures; for gzip kinds also the
// compressed bytes themselves cut or damaged. Each case says how it was made (`how`), for reports.
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { type FuzzKind, KINDS } from './seeds.js';

export interface FuzzCase {
  kind: FuzzKind;
  how: string;
  bytes: Uint8Array;
}

const enc = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

function truncated(seed: Uint8Array): fc.Arbitrary<[string, Uint8Array]> {
  return fc.nat().map((n) => {
    const at = seed.length ? n % seed.length : 0;
    return [`truncated at ${at}`, seed.subarray(0, at)];
  });
}

function replaced(seed: Uint8Array): fc.Arbitrary<[string, Uint8Array]> {
  return fc
    .array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 24 })
    .map((edits) => {
      const out = new Uint8Array(seed);
      for (const [at, byte] of edits) if (out.length) out[at % out.length] = byte;
      return [`${edits.length} bytes replaced`, out];
    });
}

function inserted(seed: Uint8Array): fc.Arbitrary<[string, Uint8Array]> {
  return fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 256 })).map(([n, junk]) => {
    const at = seed.length ? n % seed.length : 0;
    return [
      `${junk.length} random bytes inserted at ${at}`,
      Buffer.concat([seed.subarray(0, at), junk, seed.subarray(at)]),
    ];
  });
}

function duplicated(seed: Uint8Array): fc.Arbitrary<[string, Uint8Array]> {
  return fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 2, max: 50 })).map(([a, b, times]) => {
    const start = seed.length ? a % seed.length : 0;
    const end = Math.min(seed.length, start + 1 + (b % 400));
    const slice = seed.subarray(start, end);
    const parts = [seed.subarray(0, end), ...Array.from({ length: times }, () => slice), seed.subarray(end)];
    return [`bytes ${start}-${end} repeated ${times} times`, Buffer.concat(parts)];
  });
}

/** The content of a case before any gzip: mutated seed, header + noise, deep or wide. */
function content(kind: FuzzKind, scale: number): fc.Arbitrary<[string, Uint8Array]> {
  const spec = KINDS[kind];
  return fc.oneof(
    truncated(spec.seed),
    replaced(spec.seed),
    inserted(spec.seed),
    duplicated(spec.seed),
    fc
      .uint8Array({ maxLength: 2048 })
      .map((r): [string, Uint8Array] => [
        `valid header + ${r.length} random bytes`,
        Buffer.concat([enc(spec.header), r]),
      ]),
    fc
      .integer({ min: 64, max: 64 * scale })
      .map((n): [string, Uint8Array] => [`nested ${n} deep`, enc(spec.deep(n))]),
    fc
      .integer({ min: 2, max: 4 * scale })
      .map((n): [string, Uint8Array] => [`${n} items wide`, enc(spec.wide(n))]),
  );
}

/** Damage done to the compressed bytes of a gzip kind. */
function gzipDamage(): fc.Arbitrary<(gz: Uint8Array) => [string, Uint8Array]> {
  return fc.oneof(
    fc.constant((gz: Uint8Array): [string, Uint8Array] => ['gzip intact', gz]),
    fc.nat().map((n) => (gz: Uint8Array): [string, Uint8Array] => {
      const at = 2 + (n % Math.max(1, gz.length - 2));
      return [`gzip cut at ${at} of ${gz.length}`, gz.subarray(0, at)];
    }),
    fc
      .tuple(fc.nat(), fc.integer({ min: 0, max: 255 }))
      .map(([n, byte]) => (gz: Uint8Array): [string, Uint8Array] => {
        const out = new Uint8Array(gz);
        const at = 2 + (n % Math.max(1, out.length - 2));
        out[at] = byte;
        return [`gzip byte ${at} set to ${byte}`, out];
      }),
  );
}

/** Hostile inputs of one kind; `scale` sets how deep and wide the structural cases go. */
export function caseOf(kind: FuzzKind, scale = 50): fc.Arbitrary<FuzzCase> {
  if (!KINDS[kind].gzip) return content(kind, scale).map(([how, bytes]) => ({ kind, how, bytes }));
  return fc.tuple(content(kind, scale), gzipDamage()).map(([[how, raw], damage]) => {
    const [hurt, bytes] = damage(new Uint8Array(gzipSync(raw)));
    return { kind, how: `${how}, ${hurt}`, bytes };
  });
}
