// The brief stage's public face: the stage, the renderings a person reads, and the verifier.
import type { BriefStage } from '../types/stages.js';
import { briefStory } from './stage.js';

export { type RenderOptions, render } from './render/index.js';
export type { Verification } from './verify.js';
export { verifyAnalysis } from './verify.js';

/** The stage; a third argument, a story's clock, bounds the briefing in time (see `briefStory`). */
export const brief = briefStory satisfies BriefStage;
export type { StoryLimit } from './stage.js';
