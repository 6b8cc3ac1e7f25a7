// Live updates: the workspace's counts are read every couple of seconds while anyone listens, and
// a change (from this server's ingests or any other process writing the same workspace) is pushed
// to every open /api/events stream, as are job updates.
import type { Workspace, WorkspaceStats } from '../types/store.js';

export type Listener = (event: string, data: unknown) => void;

export class ChangeFeed {
  private readonly listeners = new Set<Listener>();
  private timer: NodeJS.Timeout | null = null;
  private last: string | null = null;

  constructor(
    private readonly ws: Workspace | undefined,
    private readonly intervalMs = 2000,
  ) {}

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    if (!this.timer && this.ws) {
      this.timer = setInterval(() => void this.poll(), this.intervalMs);
      this.timer.unref();
      void this.poll();
    }
    return () => {
      this.listeners.delete(listener);
      if (!this.listeners.size) this.stop();
    };
  }

  get size(): number {
    return this.listeners.size;
  }

  publish(event: string, data: unknown): void {
    for (const l of this.listeners) l(event, data);
  }

  /** Reads the counts once; a change since the last read is published as `change`. */
  async poll(): Promise<WorkspaceStats | null> {
    if (!this.ws) return null;
    const stats = await this.ws.stats().catch(() => null);
    if (!stats) return null;
    const key = `${stats.articles}/${stats.stories}/${stats.relations}`;
    if (this.last !== null && key !== this.last) this.publish('change', stats);
    this.last = key;
    return stats;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
