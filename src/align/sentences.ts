/**
 * Sentence alignment: the bootstrap over one or many ranges (paragraph
 * links), and `alignSegments` for raw sentence lists.
 */
import type { LinkType, TranslationTable } from '../types.js';
import type { Bead } from './dp.js';
import type { Engine } from './engine.js';

const NO_BEADS: Bead[] = [];

/** A range to align: global source and target unit indices. */
export interface Range {
  src: readonly number[];
  tgt: readonly number[];
}

/** Options of {@link bootstrap}. */
export interface BootstrapOptions {
  band: number | 'full';
  /** Called after each range of each pass with (done, total) over all passes. */
  progress?: (done: number, total: number) => void;
}

/**
 * Align every range with length and anchors, learn a word-translation table
 * from the confident 1-1 links of all ranges, realign (as many rounds as
 * `engine.params.learnRounds`). Returns the final beads of each range (local
 * indices into the range's lists).
 */
export function bootstrap(engine: Engine, ranges: readonly Range[], options: BootstrapOptions): Bead[][] {
  const rounds = engine.params.learnRounds;
  const totalWork = ranges.length * (rounds + 1);
  let done = 0;
  let result: Bead[][] = [];
  for (let round = 0; round <= rounds; round++) {
    const prev = result;
    result = ranges.map((r, k) => {
      let beads: Bead[];
      if (r.src.length === 0 || r.tgt.length === 0) {
        // nothing to choose: all deletions or insertions, still scored for margins
        beads = engine.alignRange(r.src, r.tgt, { band: options.band }).beads;
      } else {
        const guide = prev[k];
        // the previous round's beads serve only as this range's guide: let them go
        if (guide) prev[k] = NO_BEADS;
        const lengthOnly = round === 0 && rounds > 0 && engine.params.cheapFirstPass > 0;
        beads = engine.alignRange(r.src, r.tgt, { band: options.band, lengthOnly, ...(guide ? { guide } : {}) }).beads;
      }
      done++;
      options.progress?.(done, totalWork);
      return beads;
    });
    if (round < rounds) {
      const pairs: Array<[number, number]> = [];
      result.forEach((beads, k) => {
        const r = ranges[k] as Range;
        for (const bd of beads) {
          if (bd.a === 1 && bd.b === 1 && (bd.margin ?? 0) >= engine.params.trainMinMargin) {
            pairs.push([r.src[bd.i] as number, r.tgt[bd.j] as number]);
          }
        }
      });
      engine.learn(pairs);
    }
  }
  return result;
}

/** A link between raw segment lists (indices into the input arrays). */
export interface SegmentLink {
  src: number[];
  tgt: number[];
  type: LinkType;
  confidence: number;
}

/** Result of `alignSegments`. */
export interface SegmentAlignment {
  links: SegmentLink[];
  /** The learnt word-translation table (plus dictionary entries). */
  lexicon: TranslationTable;
}

/** Turn beads over a range into links with global indices and confidences. */
export function beadsToLinks(engine: Engine, range: Range, beads: readonly Bead[]): SegmentLink[] {
  return beads.map((bd) => {
    const src = range.src.slice(bd.i, bd.i + bd.a);
    const tgt = range.tgt.slice(bd.j, bd.j + bd.b);
    return { src: [...src], tgt: [...tgt], type: `${bd.a}-${bd.b}` as LinkType, confidence: engine.confidence(bd) };
  });
}
