// The one error of configuration, apart from the schemas: code that only maps errors to exit codes
// (the CLI's errors.ts) must not load zod and every stage's schema to recognise it.
export class ConfigError extends Error {
  override name = 'ConfigError';
}
