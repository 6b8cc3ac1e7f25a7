export { buildServer, type ServerOptions } from './app.js';
export { archiveFor, WorkspaceArchive } from './archive-fallback.js';
export { HttpError } from './errors.js';
export { isLoopback } from './security.js';
