// The bundled Geneva reports: 004 (machine-spun, later call) must be flagged spun; the four
// independent reports must carry no spin flag and no copy relation between them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../../types/stages.js';
import { detectReuse } from '../detect.js';
import { articleFromText } from './article.js';

export interface GenevaScore {
  spunFlagged: number;
  falseSpin: number;
  falseRelations: number;
}

export function scoreGeneva(dir: string, ctx: Context): GenevaScore {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const articles = files.map((f) => articleFromText(f.slice(0, 3), readFileSync(join(dir, f), 'utf8')));
  const result = detectReuse(articles, ctx);
  const spun = (id: string) => (result.flags.get(id) ?? []).some((f) => f.kind === 'spun');
  const independent = ['000', '001', '002', '003'];
  return {
    spunFlagged: spun('004') ? 1 : 0,
    falseSpin: independent.filter(spun).length,
    falseRelations: result.relations.filter((r) => independent.includes(r.from) && independent.includes(r.to))
      .length,
  };
}
