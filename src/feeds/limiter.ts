// At most `max` requests in flight, and never two to the same host at once: a reader polling many
// feeds of one site must not hammer it. Waiters start in arrival order as slots and hosts free up.

interface Waiter {
  host: string;
  start: () => void;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}

export class HostLimiter {
  private active = 0;
  private readonly busy = new Set<string>();
  private readonly queue: Waiter[] = [];

  constructor(private readonly max: number) {}

  /** Runs `fn` when a slot and the URL's host are free. */
  async run<T>(url: string, fn: () => Promise<T>): Promise<T> {
    const host = hostOf(url);
    await new Promise<void>((start) => {
      this.queue.push({ host, start });
      this.pump();
    });
    try {
      return await fn();
    } finally {
      this.active--;
      this.busy.delete(host);
      this.pump();
    }
  }

  private pump(): void {
    for (let i = 0; i < this.queue.length && this.active < this.max; ) {
      const w = this.queue[i]!;
      if (this.busy.has(w.host)) {
        i++;
        continue;
      }
      this.queue.splice(i, 1);
      this.active++;
      this.busy.add(w.host);
      w.start();
    }
  }
}
