// XML entity bombs ("billion laughs", quadratic blow-up, external entities) all need entity
// declarations in a DOCTYPE. No real feed declares entities, so any declaration is refused outright;
// the XML parser's own expansion caps (see kinds/feed.ts) are a second line.
import { IngestRejection } from '../errors.js';

const DOCTYPE = /<!DOCTYPE\b/i;
const ENTITY_DECLARATION = /<!ENTITY\b/gi;

/** Number of <!ENTITY …> declarations in the document's prolog. */
export function entityDeclarations(xml: string): number {
  const start = xml.search(DOCTYPE);
  if (start < 0) return 0;
  // The internal subset ends at "]>"; without one the DOCTYPE cannot declare entities.
  const end = xml.indexOf(']>', start);
  const subset = xml.slice(start, end < 0 ? Math.min(xml.length, start + 1_000_000) : end);
  return subset.match(ENTITY_DECLARATION)?.length ?? 0;
}

export function assertNoEntityDeclarations(xml: string): void {
  const count = entityDeclarations(xml);
  if (count > 0) {
    throw new IngestRejection(
      `XML DOCTYPE declares ${count} entit${count === 1 ? 'y' : 'ies'} (over 0 limit: entity declarations are refused, they can expand without bound)`,
    );
  }
}
