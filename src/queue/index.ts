// Many workers on one PostgreSQL: a pg-boss job queue for the parallel stage (clean, analyse) and
// one placement consumer at a time under an advisory lock for the ordered one.
export { openQueue, type QueueDb, safeTarget } from './boss.js';
export { isPostgresUrl, parseDuration, QUEUE_DEFAULTS, type QueueOptions } from './config.js';
export { type EnqueueSummary, enqueueDocuments, enqueueInputs } from './enqueue.js';
export { queueHealth } from './health.js';
export { drainPending } from './place.js';
export { type QueueStatus, queueStatus } from './status.js';
export { runWorker, type WorkerSummary } from './worker.js';
