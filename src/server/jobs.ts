// Background ingests: each request becomes a job with an id whose progress the page polls (or
// hears on /api/events). At most `maxRunning` run at once; one more is a 429, not a queue that
// grows without bound.
import { randomUUID } from 'node:crypto';
import type { Context, Reporter } from '../types/stages.js';
import type { IngestSummary } from '../workspace/index.js';
import { HttpError } from './errors.js';

export interface Job {
  id: string;
  label: string;
  state: 'running' | 'done' | 'failed';
  createdAt: string;
  finishedAt: string | null;
  progress: { stage: string; done: number; total: number | null } | null;
  result: {
    read: number;
    added: number;
    alreadyStored: number;
    skipped: { input: string; reason: string }[];
    stories: number;
    articles: string[];
  } | null;
  error: string | null;
}

const KEEP_FINISHED = 100;

export class JobRunner {
  private readonly jobs = new Map<string, Job>();
  private running = 0;
  private readonly listeners = new Set<(job: Job) => void>();

  constructor(
    private readonly context: () => Context,
    readonly maxRunning = 2,
  ) {}

  onChange(listener: (job: Job) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get(id: string): Job | undefined {
    return this.jobs.get(id);
  }

  list(): Job[] {
    return [...this.jobs.values()].reverse();
  }

  /** Claims a slot or answers 429; the caller runs the work and releases with `release`. */
  claim(): () => void {
    if (this.running >= this.maxRunning)
      throw new HttpError(
        429,
        `${this.running} ingests are running, the most this server runs at once; try again shortly`,
        { 'retry-after': '5' },
      );
    this.running++;
    let released = false;
    return () => {
      if (!released) this.running--;
      released = true;
    };
  }

  /** Starts the work now (after a slot is claimed) and returns its job at once. */
  start(label: string, work: (ctx: Context) => Promise<IngestSummary>, cleanup?: () => Promise<void>): Job {
    const release = this.claim();
    const job: Job = {
      id: randomUUID(),
      label,
      state: 'running',
      createdAt: new Date().toISOString(),
      finishedAt: null,
      progress: null,
      result: null,
      error: null,
    };
    this.jobs.set(job.id, job);
    this.prune();
    const base = this.context();
    const reporter: Reporter = {
      ...base.reporter,
      progress: (stage, done, total) => {
        job.progress = { stage, done, total };
        this.emit(job);
      },
    };
    work({ ...base, reporter })
      .then((s) => {
        job.result = {
          read: s.read,
          added: s.added,
          alreadyStored: s.alreadyStored,
          skipped: s.skipped,
          stories: s.stories,
          articles: s.articleIds,
        };
        job.state = 'done';
      })
      .catch((e: unknown) => {
        job.state = 'failed';
        job.error = e instanceof Error ? e.message.split('\n')[0]! : String(e);
      })
      .finally(async () => {
        release();
        job.finishedAt = new Date().toISOString();
        await cleanup?.().catch(() => undefined);
        this.emit(job);
      });
    this.emit(job);
    return job;
  }

  private emit(job: Job): void {
    for (const l of this.listeners) l(job);
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((j) => j.state !== 'running');
    for (const j of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(j.id);
  }
}
