// Many rows in one statement: a batch commits in a few dozen round trips whatever its size.
import type pg from 'pg';

export type Client = Pick<pg.PoolClient, 'query'>;

/** Parameters per statement, well under PostgreSQL's 65,535. */
const MAX_PARAMS = 30_000;

/** A row's tuple from its parameters' placeholders; an expression may wrap any of them. */
export type Tuple = (p: readonly string[]) => string;

const plain: Tuple = (p) => `(${p.join(', ')})`;

/**
 * `head VALUES (…), (…) tail` with one parameter per cell, in the rows' order (so an identity or a
 * sequence follows it). For JSON text this is about 3 times faster than unnest() over arrays:
 * PostgreSQL need not parse a multi-megabyte array literal full of escaped quotes. An upsert's
 * rows must be unique by its conflict key (ON CONFLICT DO UPDATE touches a row once a statement).
 */
export async function insertRows(
  client: Client,
  [head, tail]: readonly [string, string],
  rows: readonly (readonly unknown[])[],
  tuple: Tuple = plain,
): Promise<void> {
  const width = rows[0]?.length ?? 0;
  if (width === 0) return;
  const per = Math.floor(MAX_PARAMS / width);
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    const tuples = chunk.map((_, r) =>
      tuple(Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`)),
    );
    await client.query(`${head} VALUES ${tuples.join(', ')} ${tail}`, chunk.flat());
  }
}
