export { buildServer, type ServerOptions } from './app.js';
export { HttpError } from './errors.js';
