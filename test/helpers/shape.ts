import type { Document } from '../../src/types.js';

/** Blocks as `kind:label` with their segment texts, for compact assertions on parsed documents. */
export const shape = (doc: Document): Array<[string, string[]]> => doc.blocks.map((b) => [`${b.kind}:${b.label ?? ''}`, b.segments.map((i) => doc.segments[i]!.text)]);
