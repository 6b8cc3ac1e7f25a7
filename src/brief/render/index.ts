// A briefing as text, Markdown or one HTML page. Rendering reads only the analysis it is given, so
// it is loaded apart from the briefing stage: the CLI renders stored briefings without loading the
// code that wrote them.
import type { Analysis } from '../../types/story.js';
import { renderHtml } from './html.js';
import { renderMd } from './md.js';
import { renderModel } from './model.js';
import { renderText } from './text.js';

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
