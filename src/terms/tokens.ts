/**
 * Word tokens for term extraction, with offsets into the text they come from.
 * Hyphenated words stay one token (`Online-Liveübertragung`, `peer-to-peer`);
 * a hanging hyphen (`Ermittlungs- und …`) is kept as a flag; an apostrophe
 * splits (`child's` → `child`, `'s`; French `d'exploitation` → `d`, `exploitation`),
 * and counts as a gap unless the word before it is one of the language's
 * elisions (`l'Union` holds together as `l` + `Union`; `child's` does not).
 */
import type { LanguageData } from '../lang/types.js';

/** One word of a text. */
export interface Token {
  /** The word as written (without a hanging hyphen). */
  text: string;
  /** Offset of the first character in the text. */
  start: number;
  /** Offset after the last character (before a hanging hyphen). */
  end: number;
  /** True when punctuation other than spaces (or the text start) stands between the previous token and this one. */
  gapBefore: boolean;
  /** True when the word ends in a hyphen that a later word completes (`Ermittlungs-`). */
  hanging: boolean;
  /** True when the first letter is upper case. */
  capitalised: boolean;
  /** True when the token has no letter. */
  numeric: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[-\u2011][\p{L}\p{N}]+)*/gu;
const LETTER = /\p{L}/u;
const UPPER = /^\p{Lu}/u;

const elisionSets = new WeakMap<LanguageData, ReadonlySet<string>>();

function elisionsOf(lang: LanguageData): ReadonlySet<string> {
  let s = elisionSets.get(lang);
  if (!s) elisionSets.set(lang, (s = new Set(lang.elisions ?? [])));
  return s;
}

/** Split `text` into word tokens with offsets (`lang`: for its elisions; without it every apostrophe is a gap). */
export function tokenize(text: string, lang?: LanguageData): Token[] {
  const out: Token[] = [];
  const elisions = lang ? elisionsOf(lang) : undefined;
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const between = text.slice(last, start);
    const prev = out[out.length - 1];
    const elided = prev !== undefined && elisions !== undefined && (between === "'" || between === '’') && elisions.has(prev.text.toLowerCase());
    const gapBefore = prev === undefined || (/[^\s]/u.test(between) && !elided);
    const after = text.charAt(end);
    const hanging = (after === '-' || after === '\u2011') && !/[\p{L}\p{N}]/u.test(text.charAt(end + 1));
    out.push({
      text: m[0],
      start,
      end,
      gapBefore,
      hanging,
      capitalised: UPPER.test(m[0]),
      numeric: !LETTER.test(m[0]),
    });
    last = hanging ? end + 1 : end;
  }
  return out;
}
