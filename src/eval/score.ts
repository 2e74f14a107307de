/**
 * Alignment scoring with the standard strict / lax precision, recall and F1
 * of the Text+Berg (Bleualign) benchmark, as also used by vecalign and
 * bertalign:
 *
 * - An alignment is a list of groups (source ids, target ids); a group with
 *   one empty side is a null group (a 1-0 or 0-1 link).
 * - Precision: of the predicted groups (null groups included), the share that
 *   are correct against the gold.
 * - Recall: of the gold groups with both sides non-empty, the share that are
 *   correct against the prediction, i.e. precision with the roles swapped;
 *   prediction groups with an empty side are dropped on that pass.
 * - Strict: a group is correct when an identical group (same id sets) is on
 *   the other side. Lax: when it is strictly correct, or when some single
 *   group on the other side shares at least one source id and at least one
 *   target id with it (so a null group is laxly correct only when strictly).
 * - F1 = 2PR / (P + R). Over several documents counts are pooled, not averaged.
 *
 * Groups empty on both sides carry no information and are ignored on both
 * sides. The gold need not cover every id.
 */
import { ParalignError, describe, optionError } from '../errors.js';
import type { Alignment } from '../types.js';

/** One alignment group: source ids joined with target ids (0-based line or segment ids). */
export interface Group {
  src: number[];
  tgt: number[];
}

/** Precision, recall and F1, each in [0, 1]. */
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

/** The raw counts behind a score (pooled over all document pairs). */
export interface ScoreCounts {
  /** Predicted groups considered for precision (both-empty groups dropped). */
  predicted: number;
  /** Predicted groups with an identical gold group. */
  predictedStrict: number;
  /** Predicted groups that are laxly correct. */
  predictedLax: number;
  /** Gold groups with both sides non-empty (the recall denominator). */
  gold: number;
  /** Of those, groups with an identical prediction group (null prediction groups dropped). */
  goldStrict: number;
  /** Of those, groups laxly found in the prediction (null prediction groups dropped). */
  goldLax: number;
  /** Number of document pairs pooled. */
  documents: number;
}

/** Strict and lax scores with their counts. */
export interface Score {
  strict: PRF;
  lax: PRF;
  counts: ScoreCounts;
}

/** One document pair to score: a predicted and a gold alignment of the same two texts. */
export interface ScorePair {
  predicted: Group[];
  gold: Group[];
}

/** Options of {@link parseLadder}. */
export interface ParseLadderOptions {
  /** File name the text came from, named in error messages. Default: none. */
  file?: string;
}

const LINE_RE = /^\s*\[\s*([0-9,\s]*)\]\s*:\s*\[\s*([0-9,\s]*)\]\s*$/;

function parseIds(list: string): number[] | null {
  const trimmed = list.trim();
  if (trimmed === '') return [];
  const out: number[] = [];
  for (const part of trimmed.split(',')) {
    const p = part.trim();
    if (!/^\d+$/.test(p)) return null;
    out.push(Number(p));
  }
  return out;
}

/**
 * Parse a gold or predicted alignment in the Text+Berg ladder format, one
 * group a line: `[8, 9]:[10, 11, 12]`, `[]:[22]` (0-based line ids).
 * Blank lines are skipped. A malformed line throws ParalignError `E_FORMAT`
 * naming the 1-based line number (and the file, when given).
 */
export function parseLadder(text: string, options: ParseLadderOptions = {}): Group[] {
  if (typeof text !== 'string') optionError('text', 'a string', text);
  if (options === null || typeof options !== 'object') optionError('options', 'an object', options);
  if (options.file !== undefined && typeof options.file !== 'string') optionError('file', 'a string', options.file);
  const groups: Group[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const m = LINE_RE.exec(line);
    const src = m ? parseIds(m[1] ?? '') : null;
    const tgt = m ? parseIds(m[2] ?? '') : null;
    if (!src || !tgt) {
      throw new ParalignError(
        'E_FORMAT',
        `line ${i + 1}: expected an alignment group like "[8, 9]:[10]", found ${describe(line)}`,
        options.file,
      );
    }
    groups.push({ src, tgt });
  }
  return groups;
}

/** Write groups in the ladder format parsed by {@link parseLadder}, one a line, with a final newline. */
export function formatLadder(groups: readonly Group[]): string {
  checkGroups('groups', groups);
  return groups.map((g) => `[${g.src.join(', ')}]:[${g.tgt.join(', ')}]\n`).join('');
}

function checkGroups(name: string, groups: unknown): asserts groups is Group[] {
  if (!Array.isArray(groups)) optionError(name, 'an array of groups', groups);
  groups.forEach((g: unknown, i) => {
    if (g === null || typeof g !== 'object') optionError(`${name}[${i}]`, 'a group { src, tgt }', g);
    for (const side of ['src', 'tgt'] as const) {
      const ids = (g as Record<string, unknown>)[side];
      if (!Array.isArray(ids) || !ids.every((x) => Number.isInteger(x) && (x as number) >= 0)) {
        optionError(`${name}[${i}].${side}`, 'an array of non-negative integers', ids);
      }
    }
  });
}

function keyOf(g: Group): string {
  const s = [...g.src].sort((a, b) => a - b).join(',');
  const t = [...g.tgt].sort((a, b) => a - b).join(',');
  return `${s}:${t}`;
}

/**
 * Count how many of `test` groups are correct against `reference`:
 * [strict, lax]. Both-empty groups must already be removed.
 */
function countCorrect(test: Group[], reference: Group[]): [number, number] {
  const keys = new Set(reference.map(keyOf));
  // source id → reference groups containing it
  const bySrc = new Map<number, number[]>();
  reference.forEach((g, gi) => {
    for (const s of g.src) {
      const list = bySrc.get(s);
      if (list) list.push(gi);
      else bySrc.set(s, [gi]);
    }
  });
  const refTgt = reference.map((g) => new Set(g.tgt));
  let strict = 0;
  let lax = 0;
  for (const g of test) {
    if (keys.has(keyOf(g))) {
      strict++;
      lax++;
      continue;
    }
    const seen = new Set<number>();
    let found = false;
    for (const s of g.src) {
      for (const gi of bySrc.get(s) ?? []) {
        if (seen.has(gi)) continue;
        seen.add(gi);
        const tset = refTgt[gi];
        if (tset && g.tgt.some((t) => tset.has(t))) {
          found = true;
          break;
        }
      }
      if (found) break;
    }
    if (found) lax++;
  }
  return [strict, lax];
}

function prf(correctP: number, totalP: number, correctR: number, totalR: number): PRF {
  const precision = totalP === 0 ? 0 : correctP / totalP;
  const recall = totalR === 0 ? 0 : correctR / totalR;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * Score several document pairs with counts pooled over all of them (the
 * benchmark's convention), not averaged. A ratio with a zero denominator
 * (no predicted groups, or no two-sided gold groups) is 0.
 */
export function scoreAlignments(pairs: readonly ScorePair[]): Score {
  if (!Array.isArray(pairs as unknown)) optionError('pairs', 'an array of { predicted, gold }', pairs);
  const counts: ScoreCounts = { predicted: 0, predictedStrict: 0, predictedLax: 0, gold: 0, goldStrict: 0, goldLax: 0, documents: 0 };
  pairs.forEach((pair, i) => {
    if (pair === null || typeof pair !== 'object') optionError(`pairs[${i}]`, 'an object { predicted, gold }', pair);
    checkGroups(`pairs[${i}].predicted`, pair.predicted);
    checkGroups(`pairs[${i}].gold`, pair.gold);
    const predicted = pair.predicted.filter((g: Group) => g.src.length > 0 || g.tgt.length > 0);
    const gold = pair.gold.filter((g: Group) => g.src.length > 0 || g.tgt.length > 0);
    const [ps, pl] = countCorrect(predicted, gold);
    const goldFull = gold.filter((g) => g.src.length > 0 && g.tgt.length > 0);
    const predFull = predicted.filter((g) => g.src.length > 0 && g.tgt.length > 0);
    const [rs, rl] = countCorrect(goldFull, predFull);
    counts.predicted += predicted.length;
    counts.predictedStrict += ps;
    counts.predictedLax += pl;
    counts.gold += goldFull.length;
    counts.goldStrict += rs;
    counts.goldLax += rl;
    counts.documents++;
  });
  return {
    strict: prf(counts.predictedStrict, counts.predicted, counts.goldStrict, counts.gold),
    lax: prf(counts.predictedLax, counts.predicted, counts.goldLax, counts.gold),
    counts,
  };
}

/** Score one predicted alignment against its gold (see the module comment for the metric). */
export function scoreAlignment(predicted: readonly Group[], gold: readonly Group[]): Score {
  return scoreAlignments([{ predicted: predicted as Group[], gold: gold as Group[] }]);
}

/**
 * The sentence links of an alignment as groups of line ids: each segment's
 * `line` when present (one-sentence-per-line input), else its segment index.
 * Groups come in link order; ids within a group ascend.
 */
export function alignmentToGroups(alignment: Alignment): Group[] {
  if (alignment === null || typeof alignment !== 'object' || !Array.isArray(alignment.sentences)) {
    optionError('alignment', 'an Alignment', alignment);
  }
  const idOf = (segments: Alignment['source']['segments'], i: number): number => segments[i]?.line ?? i;
  return alignment.sentences.map((link) => ({
    src: link.src.map((i) => idOf(alignment.source.segments, i)).sort((a, b) => a - b),
    tgt: link.tgt.map((i) => idOf(alignment.target.segments, i)).sort((a, b) => a - b),
  }));
}
