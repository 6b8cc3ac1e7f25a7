// Starts a worker from the TypeScript sources (tests and scripts run under tsx): a worker thread
// does not inherit the parent's loader, so it registers tsx itself before loading worker.ts.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
