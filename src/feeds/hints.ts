// What a feed says about how often to poll it: RSS `<ttl>` (minutes), and the syndication module's
// `<sy:updatePeriod>` / `<sy:updateFrequency>` (that many updates per period). Read from the head
// of the feed, before its first item, with patterns: the parsers do not keep these fields.

const PERIOD_SECONDS: Record<string, number> = {
  hourly: 3600,
  daily: 86400,
  weekly: 7 * 86400,
  monthly: 30 * 86400,
  yearly: 365 * 86400,
};

/** The shortest interval the feed asks for, in seconds, or null when it says nothing. */
export function pollHint(text: string): number | null {
  const cut = text.search(/<(?:item|entry)\b/i);
  const head = cut < 0 ? text.slice(0, 20_000) : text.slice(0, cut);
  const hints: number[] = [];
  const ttl = /<ttl>\s*(\d+)\s*<\/ttl>/i.exec(head);
  if (ttl && Number(ttl[1]) > 0) hints.push(Number(ttl[1]) * 60);
  const period = /<sy:updatePeriod>\s*(\w+)\s*<\/sy:updatePeriod>/i.exec(head);
  const seconds = period ? PERIOD_SECONDS[period[1]!.toLowerCase()] : undefined;
  if (seconds) {
    const freq = Number(/<sy:updateFrequency>\s*(\d+)\s*<\/sy:updateFrequency>/i.exec(head)?.[1] ?? 1);
    hints.push(Math.round(seconds / Math.max(1, freq)));
  }
  return hints.length ? Math.max(...hints) : null;
}
