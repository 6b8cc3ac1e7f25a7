// `--interval DURATION`: `90s`, `15m`, `1h30m`, `2d`, or a plain number of seconds.

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds, or null when the text is not a duration. */
export function parseDuration(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  if (!/^(?:\d+(?:\.\d+)?[smhd])+$/.test(t)) return null;
  let total = 0;
  for (const m of t.matchAll(/(\d+(?:\.\d+)?)([smhd])/g)) total += Number(m[1]) * UNIT_SECONDS[m[2]!]!;
  return Math.round(total);
}

/** `1h30m`, `45s`: how a duration is shown in logs. */
export function formatDuration(sec: number): string {
  const s = Math.max(0, Math.round(sec));
  const parts: string[] = [];
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (d) parts.push(`${d}d`);
  if (h) parts.push(`${h}h`);
  if (m) parts.push(`${m}m`);
  if (s % 60 || !parts.length) parts.push(`${s % 60}s`);
  return parts.join('');
}
