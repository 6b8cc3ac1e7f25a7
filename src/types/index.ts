export type * from './article.js';
export type * from './stages.js';
export type * from './store.js';
export type * from './story.js';
export { ANALYSIS_SCHEMA } from './story.js';
