// The brief stage's public face: the stage, the renderings a person reads, and the verifier.
import type { BriefStage } from '../types/stages.js';
import type { Analysis } from '../types/story.js';
import { renderHtml } from './render/html.js';
import { renderMd } from './render/md.js';
import { renderModel } from './render/model.js';
import { renderText } from './render/text.js';
import { briefStory } from './stage.js';

export type { Verification } from './verify.js';
export { verifyAnalysis } from './verify.js';

export const brief: BriefStage = briefStory;

export interface RenderOptions {
  /** ANSI colour in `text` (only when the caller knows the terminal takes it). */
  color?: boolean;
  /** Wrap width of `text`, in columns. */
  width?: number;
}

export function render(analysis: Analysis, format: 'text' | 'md' | 'html', opts: RenderOptions = {}): string {
  const model = renderModel(analysis);
  if (format === 'md') return renderMd(model);
  if (format === 'html') return renderHtml(model);
  return renderText(model, { color: opts.color ?? false, width: opts.width ?? 100 });
}
