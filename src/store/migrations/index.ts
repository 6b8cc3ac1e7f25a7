// Versioned schema migrations: numbered steps, applied in order, each in the same transaction as the
// record of its version, so a database is always at exactly one known version.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Checks that a list is numbered 1, 2, 3, … with no gap: a wrong list is a bug, caught at load. */
export function checkedMigrations(list: readonly Migration[]): readonly Migration[] {
  list.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`migration "${m.name}" has version ${m.version}; expected ${i + 1}`);
  });
  return list;
}

export function latestVersion(list: readonly Migration[]): number {
  return list.at(-1)?.version ?? 0;
}

/** The steps a database at `current` still needs. */
export function pendingMigrations(list: readonly Migration[], current: number): Migration[] {
  return list.filter((m) => m.version > current);
}
