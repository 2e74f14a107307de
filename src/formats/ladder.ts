/**
 * The Text+Berg "ladder" format of sentence-alignment gold standards
 * (Sennrich & Volk 2010, also read by vecalign and bertalign tooling):
 * one group a line, `[8, 9]:[10, 11, 12]`, `[]:[22]` for a 0-1 link,
 * with 0-based line ids.
 *
 * One group per sentence link, in link order. Ids are each segment's input
 * line (`Segment.line`, set for one-sentence-per-line input) or, where a
 * segment has none, its segment index. The result is what the scorer in
 * src/eval/score.ts reads with `parseLadder`.
 */
import { alignmentToGroups, formatLadder } from '../eval/score.js';
import type { Alignment } from '../types.js';
import { checkAlignment } from './common.js';

/** Write the sentence links of an alignment in the ladder format; ends in a newline when not empty. */
export function toLadder(alignment: Alignment): string {
  return formatLadder(alignmentToGroups(checkAlignment(alignment)));
}
