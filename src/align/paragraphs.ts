/**
 * Paragraph (block) alignment.
 *
 * Footnotes form their own stream, aligned among themselves; every other
 * block is the body stream in document order. Each stream is aligned by the
 * shared DP with the bead cost of the engine (length, numbers, names,
 * cognates, learnt translations) plus label and kind evidence: equal labels
 * cost nothing extra, each label without its counterpart in the bead costs
 * `labelMismatch / 2` (so a 1-1 link of different labels costs `labelMismatch`), a labelled block
 * against an unlabelled one `labelMissing` (only when both documents label
 * that stream at all), different kinds `kindMismatch`. Labels are thus strong
 * evidence but not trusted blindly: a deleted, merged, split or unnumbered
 * paragraph still finds its place through the other evidence.
 */
import type { Block, Document } from '../types.js';
import type { Shape } from './dp.js';
import type { Engine } from './engine.js';

/** Weights of the structural evidence (costs ≥ 0). */
export interface StructureParams {
  /** Cost of a 1-1 link between blocks with different labels; each unmatched label of a bead costs half of it. Default: 4. */
  labelMismatch: number;
  /** Cost of joining a labelled block with an unlabelled one (per labelled block), when both documents label the stream. Default: 1. */
  labelMissing: number;
  /**
   * Cost of an unlabelled block that joins a labelled block of the same side
   * in one link (an inserted unnumbered paragraph absorbed into a numbered
   * one), when both documents label the stream. Default: 4.
   */
  labelExtra: number;
  /** Cost of joining blocks of different kinds (e.g. a header with a paragraph). Default: 3. */
  kindMismatch: number;
  /**
   * Lexical similarity (share of tokens with a partner) at which a label
   * disagreement stops counting; below it the penalty shrinks linearly. 0
   * keeps the full penalty always. Default: 0.6.
   */
  labelTrustSim: number;
  /** `lexWeight` at the paragraph level (the sentence level uses `lexWeight`). Default: 0. */
  blockLexWeight: number;
  /** `lexRatioWeight` at the paragraph level. Default: 4. */
  blockLexRatioWeight: number;
  /** `nullMassCost` at the paragraph level: a long paragraph left unlinked costs more. Default: 0. */
  blockNullMassCost: number;
  /** `lengthCap` at the paragraph level. Default: 10. */
  blockLengthCap: number;
  /** `variance` (Gale–Church, per character) at the paragraph level. Default: 6.8. */
  blockVariance: number;
  /** `lexUnitWeight` at the paragraph level. Default: 0. */
  blockLexUnitWeight: number;
  /** `lexSmoothing` at the paragraph level (short headings and fields carry little lexical evidence). Default: 2. */
  blockLexSmoothing: number;
}

export const DEFAULT_STRUCTURE: StructureParams = { labelMismatch: 4, labelMissing: 1, labelExtra: 4, kindMismatch: 3, labelTrustSim: 0.6, blockLexWeight: 0, blockLexRatioWeight: 4, blockLexSmoothing: 2, blockLexUnitWeight: 0, blockVariance: 6.8, blockLengthCap: 10, blockNullMassCost: 0 };

/** Shapes for blocks. */
export const BLOCK_SHAPES: readonly Shape[] = [[1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [3, 1], [1, 3], [2, 2]];

/** A block link before ids are assigned. */
export interface BlockLink {
  src: number[];
  tgt: number[];
  confidence: number;
}

function norm(label: string | undefined): string | undefined {
  return label === undefined ? undefined : label.toLowerCase();
}

/**
 * Labels agree when equal, or when one is the other without its paragraph
 * number (`7a` and `a`: an item whose parent paragraph lost its number).
 */
function sameLabel(x: string, y: string | undefined): boolean {
  if (y === undefined) return false;
  if (x === y) return true;
  const strip = (l: string): string => l.replace(/^\d+(?=[a-z]+$)/, '');
  return strip(x) === strip(y) && (strip(x) === x || strip(y) === y) && /^[a-z]+$/.test(strip(x));
}

function kindClass(b: Block): string {
  // paragraph and item are interchangeable enough (numbering styles differ)
  return b.kind === 'item' ? 'paragraph' : b.kind;
}

/**
 * Align the blocks of two documents. `engine` must have been built over the
 * block texts in block order (unit k = block k on each side).
 */
export function alignBlocks(source: Document, target: Document, engine: Engine, sp: StructureParams, band: number | 'full'): BlockLink[] {
  const streams: Array<(b: Block) => boolean> = [(b) => b.kind !== 'footnote', (b) => b.kind === 'footnote'];
  const keyed: Array<{ key: number; order: number; link: BlockLink }> = [];
  let order = 0;
  for (const inStream of streams) {
    const sb = source.blocks.filter(inStream);
    const tb = target.blocks.filter(inStream);
    if (sb.length === 0 && tb.length === 0) continue;
    const sLab = sb.some((b) => b.label !== undefined);
    const tLab = tb.some((b) => b.label !== undefined);
    const useLabels = sLab && tLab;
    const sLabels = sb.map((b) => norm(b.label));
    const tLabels = tb.map((b) => norm(b.label));
    const extra = (i: number, a: number, j: number, b: number, sim: number): number => {
      if (a === 0 || b === 0) return 0;
      let cost = 0;
      const firstKind = kindClass(sb[i] as Block);
      let kindOk = false;
      for (let y = 0; y < b; y++) if (kindClass(tb[j + y] as Block) === firstKind) kindOk = true;
      if (!kindOk) cost += sp.kindMismatch;
      if (!useLabels) return cost;
      // Each labelled unit whose label has no counterpart on the other side of
      // the bead costs half a mismatch, or half of labelMissing when the other
      // side has an unlabelled unit it may stand for. Strong lexical agreement
      // overrides disagreeing labels (renumbered versions).
      const trust = sp.labelTrustSim > 0 ? Math.max(0, 1 - sim / sp.labelTrustSim) : 1;
      const side = (mine: ReadonlyArray<string | undefined>, m0: number, mn: number, other: ReadonlyArray<string | undefined>, o0: number, on: number): number => {
        let c = 0;
        let otherUnlabelled = false;
        for (let y = 0; y < on; y++) if (other[o0 + y] === undefined) otherUnlabelled = true;
        let mineLabelled = false;
        for (let x = 0; x < mn; x++) if (mine[m0 + x] !== undefined) mineLabelled = true;
        for (let x = 0; x < mn; x++) {
          const l = mine[m0 + x];
          if (l === undefined) {
            // an unlabelled block joined to a labelled one of its own side: an extra paragraph absorbed?
            if (mineLabelled) c += sp.labelExtra;
            continue;
          }
          let found = false;
          for (let y = 0; y < on && !found; y++) found = sameLabel(l, other[o0 + y]);
          if (found) continue;
          c += otherUnlabelled ? sp.labelMissing / 2 : (sp.labelMismatch / 2) * trust;
        }
        return c;
      };
      return cost + side(sLabels, i, a, tLabels, j, b) + side(tLabels, j, b, sLabels, i, a);
    };
    const res = engine.alignRange(
      sb.map((b) => b.index),
      tb.map((b) => b.index),
      { band, shapes: BLOCK_SHAPES, extra },
    );
    let lastKey = -1;
    for (const bd of res.beads) {
      const src = sb.slice(bd.i, bd.i + bd.a).map((b) => b.index);
      const tgt = tb.slice(bd.j, bd.j + bd.b).map((b) => b.index);
      const key = src.length > 0 ? (src[0] as number) : lastKey + 0.5;
      if (src.length > 0) lastKey = src[src.length - 1] as number;
      keyed.push({ key, order: order++, link: { src, tgt, confidence: engine.confidence(bd) } });
    }
  }
  keyed.sort((x, y) => x.key - y.key || x.order - y.order);
  return keyed.map((k) => k.link);
}
