// Evaluation: the Text+Berg strict/lax scorer and offset-free gold alignments.
export { alignmentToGroups, formatLadder, parseLadder, scoreAlignment, scoreAlignments } from './score.js';
export type { Group, ParseLadderOptions, PRF, Score, ScoreCounts, ScorePair } from './score.js';
export { compareToGold, coverageProblems, normalizeForMatch, resolveGold } from './gold.js';
export type { GoldAlignment, GoldBlockRef, GoldComparison, GoldLink, GoldSentenceLink, ResolvedGold, ResolveGoldOptions } from './gold.js';
