// A queue statistics provider for the server's health route: its own small pool, opened lazily;
// errors answer as a value (the health route must still answer when the queue cannot).
import pg from 'pg';
import { queueStatus } from './status.js';

export interface QueueHealth {
  stats(): Promise<unknown>;
  close(): Promise<void>;
}

export function queueHealth(url: string): QueueHealth {
  let pool: pg.Pool | undefined;
  return {
    stats: async () => {
      if (!pool) {
        pool = new pg.Pool({ connectionString: url, max: 1, application_name: 'newsfuse-health' });
        pool.on('error', () => undefined);
      }
      try {
        const s = await queueStatus(pool, { deadLimit: 20 });
        return s ?? { enabled: false };
      } catch (e) {
        return { error: (e as Error).message };
      }
    },
    close: async () => {
      await pool?.end();
    },
  };
}
