/**
 * Refinement of a sentence alignment: joining adjacent beads whose content
 * crosses the boundary between them.
 *
 * When two languages cut a passage into sentences at different places, the
 * DP's shape prior often prefers two 1-1 links to one 2-2 link even though a
 * clause of the first source sentence is rendered in the second target
 * sentence. The link pair shows it: joined, the two beads explain tokens
 * that neither explains alone (a number, a name, a translated word on the
 * "wrong" side of the boundary). Tokens count by how rare they are in the
 * text, since a common word shared across a boundary is no evidence. Two
 * links are joined when that gain is at least `crossMergeMass` and at least
 * `crossMergeShare` of the token mass the two leave unexplained (so
 * incidental repeats in long sentences do not count); a 1-0 / 0-1 bead is joined to a neighbouring link when the link
 * explains at least `nullMergeMass` of it. The pass runs left to right, so
 * a joined bead may take in its next neighbour too, up to `crossMergeMax`
 * units a side.
 */
import type { Bead } from './dp.js';
import type { Engine } from './engine.js';
import type { Range } from './sentences.js';

/**
 * Knobs of {@link joinCrossing} (all ≥ 0). Masses are token weights (a word
 * 1, a number `numberWeight`) scaled by specificity (Engine.specificWeights):
 * a name found once counts fully, a word found in every sentence not at all.
 */
export interface RefineParams {
  /** Token mass that joining two adjacent links must newly explain; 0 turns the join of links off. Default: 1. */
  crossMergeMass: number;
  /** Share of the two links' unexplained token mass that joining them must explain. Default: 0.12. */
  crossMergeShare: number;
  /** Token mass of a 1-0 / 0-1 unit that a neighbouring link must explain for the unit to join it; 0: never. Default: 3. */
  nullMergeMass: number;
  /** At most this many units on one side of a joined bead. Default: 5. */
  crossMergeMax: number;
}

/** Default refinement knobs (tuned on the Text+Berg development set). */
export const DEFAULT_REFINE: RefineParams = { crossMergeMass: 1, crossMergeShare: 0.12, nullMergeMass: 3, crossMergeMax: 5 };

/** Join adjacent beads of one range (local indices into `r`) as described above; returns the new bead list. */
export function joinCrossing(engine: Engine, r: Range, beads: readonly Bead[], p: RefineParams): Bead[] {
  if ((p.crossMergeMass <= 0 && p.nullMergeMass <= 0) || beads.length < 2) return [...beads];
  const units = (bd: Bead): [number[], number[]] => [r.src.slice(bd.i, bd.i + bd.a), r.tgt.slice(bd.j, bd.j + bd.b)];
  const matched = (bd: Bead): number => engine.beadMatched(...units(bd), true);
  const massOf = (bd: Bead): number => {
    const [s, t] = units(bd);
    return engine.unitMass('src', s, true) + engine.unitMass('tgt', t, true);
  };
  const isNull = (bd: Bead): boolean => bd.a === 0 || bd.b === 0;
  const out: Bead[] = [];
  let cur = beads[0] as Bead;
  let curM = matched(cur);
  for (let k = 1; k < beads.length; k++) {
    const next = beads[k] as Bead;
    const nextM = matched(next);
    const nulls = (isNull(cur) ? 1 : 0) + (isNull(next) ? 1 : 0);
    const need = nulls === 0 ? p.crossMergeMass : nulls === 1 ? p.nullMergeMass : 0;
    let joined: Bead | undefined;
    let joinedM = 0;
    if (need > 0 && cur.a + next.a <= p.crossMergeMax && cur.b + next.b <= p.crossMergeMax) {
      const cand: Bead = { i: cur.i, a: cur.a + next.a, j: cur.j, b: cur.b + next.b, cost: cur.cost + next.cost };
      const m = Math.min(cur.margin ?? Infinity, next.margin ?? Infinity);
      if (cur.margin !== undefined || next.margin !== undefined) cand.margin = m;
      joinedM = matched(cand);
      const gain = joinedM - curM - nextM;
      if (gain >= need && (nulls > 0 || gain >= p.crossMergeShare * (massOf(cand) - curM - nextM))) joined = cand;
    }
    if (joined) {
      cur = joined;
      curM = joinedM;
    } else {
      out.push(cur);
      cur = next;
      curM = nextM;
    }
  }
  out.push(cur);
  return out;
}
