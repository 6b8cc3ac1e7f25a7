// Where a command's result goes, and whether text may be coloured.
import { writeFileSync } from 'node:fs';
import type { Analysis } from '../types/story.js';
import type { CommonOptions, Format } from './args.js';
import { InputError } from './errors.js';

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

/** Colour only on a terminal, never with NO_COLOR (https://no-color.org), always when asked. */
export function useColor(common: CommonOptions, io: Io, out: string | undefined): boolean {
  if (common.color === 'always') return true;
  if (common.color === 'never' || out) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return Boolean(io.stdout.isTTY);
}

/** The renderer is loaded only by the commands that print an analysis, not by every command. */
export async function formatAnalysis(analysis: Analysis, format: Format, color: boolean): Promise<string> {
  if (format === 'json') return `${JSON.stringify(analysis, null, 2)}\n`;
  const { render } = await import('../brief/render/index.js');
  const text = render(analysis, format, { color, width: 100 });
  return text.endsWith('\n') ? text : `${text}\n`;
}

export function emit(io: Io, content: string, out: string | undefined): void {
  if (!out) {
    io.stdout.write(content);
    return;
  }
  try {
    writeFileSync(out, content);
  } catch (e) {
    throw new InputError(`cannot write ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
