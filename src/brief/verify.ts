// Checks that an analysis says only what it can point back to: every citation, quote occurrence and
// fact citation is a real span of its article, and every summary sentence is verbatim in an article
// it cites. Used by tests and by the eval harness.
import type { Article } from '../types/article.js';
import type { Analysis, Citation, Story } from '../types/story.js';

export interface Verification {
  ok: boolean;
  problems: string[];
  citations: number;
  sentences: number;
}

type Check = (story: Story, byId: ReadonlyMap<string, Article>) => { problems: string[]; citations: number };

/** A citation is valid when its article exists and start..end is a non-empty range of its text. */
export function citationProblem(
  c: Citation,
  byId: ReadonlyMap<string, Article>,
  where: string,
): string | null {
  const article = byId.get(c.article);
  if (!article) return `${where}: cites unknown article ${c.article}`;
  if (
    !Number.isInteger(c.start) ||
    !Number.isInteger(c.end) ||
    c.start < 0 ||
    c.end > article.text.length ||
    c.start >= c.end
  )
    return `${where}: span ${c.start}..${c.end} is outside article ${c.article} (length ${article.text.length})`;
  return null;
}

function checkAll(list: readonly Citation[], byId: ReadonlyMap<string, Article>, where: string): string[] {
  return list.map((c) => citationProblem(c, byId, where)).filter((p): p is string => p !== null);
}

const summaryCheck: Check = (story, byId) => {
  const problems: string[] = [];
  let citations = 0;
  story.summary.forEach((s, i) => {
    const where = `story ${story.id} summary[${i}]`;
    citations += s.citations.length;
    if (s.citations.length === 0) problems.push(`${where}: cites nothing`);
    problems.push(...checkAll(s.citations, byId, where));
    // Verbatim: the sentence is exactly the slice of at least one cited span.
    const verbatim = s.citations.some((c) => byId.get(c.article)?.text.slice(c.start, c.end) === s.text);
    if (!verbatim)
      problems.push(`${where}: "${s.text.slice(0, 60)}…" is not verbatim in any article it cites`);
    // Supported: at least one cited article is not a machine-spun copy.
    const solid = s.citations.some((c) => !byId.get(c.article)?.flags.some((f) => f.kind === 'spun'));
    if (!solid) problems.push(`${where}: supported only by spun copies`);
  });
  return { problems, citations };
};

const quoteCheck: Check = (story, byId) => {
  const problems: string[] = [];
  let citations = 0;
  story.quotes.forEach((q, i) => {
    citations += q.occurrences.length;
    if (q.occurrences.length === 0) problems.push(`story ${story.id} quotes[${i}]: no occurrence`);
    problems.push(...checkAll(q.occurrences, byId, `story ${story.id} quotes[${i}]`));
    const shown = q.occurrences.some((o) => byId.get(o.article)?.text.slice(o.start, o.end).includes(q.text));
    if (!shown) problems.push(`story ${story.id} quotes[${i}]: text is in none of its occurrences`);
  });
  return { problems, citations };
};

const factCheck: Check = (story, byId) => {
  const problems: string[] = [];
  let citations = 0;
  const groups = [
    ...story.facts.map((f, i) => ({ where: `facts[${i}]`, sources: f.sources, cites: f.citations ?? [] })),
    ...story.timeline.map((t, i) => ({
      where: `timeline[${i}]`,
      sources: t.sources,
      cites: t.citations ?? [],
    })),
    ...story.conflicts.flatMap((c, i) =>
      c.claims.map((cl, j) => ({
        where: `conflicts[${i}].claims[${j}]`,
        sources: cl.sources,
        cites: cl.citations ?? [],
      })),
    ),
  ];
  for (const g of groups) {
    const where = `story ${story.id} ${g.where}`;
    citations += g.cites.length;
    for (const s of g.sources) if (!byId.has(s)) problems.push(`${where}: unknown source ${s}`);
    problems.push(...checkAll(g.cites, byId, where));
  }
  story.facts.forEach((f, i) => {
    if (f.independentSources > f.sources.length)
      problems.push(
        `story ${story.id} facts[${i}]: ${f.independentSources} independent sources out of ${f.sources.length}`,
      );
  });
  return { problems, citations };
};

const CHECKS: readonly Check[] = [summaryCheck, quoteCheck, factCheck];

export function verifyAnalysis(analysis: Analysis): Verification {
  const byId = new Map(analysis.articles.map((a) => [a.id, a]));
  const problems: string[] = [];
  let citations = 0;
  let sentences = 0;
  for (const story of analysis.stories) {
    sentences += story.summary.length;
    for (const a of story.articles)
      if (!byId.has(a)) problems.push(`story ${story.id}: unknown article ${a}`);
    for (const check of CHECKS) {
      const r = check(story, byId);
      problems.push(...r.problems);
      citations += r.citations;
    }
  }
  return { ok: problems.length === 0, problems, citations, sentences };
}
