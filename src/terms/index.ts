/**
 * Bilingual termbase extraction from an Alignment.
 *
 * 1. Candidates on each side of every sentence link (src/terms/candidates.ts),
 *    inflected forms folded to one key (src/terms/fold.ts).
 * 2. Word-level evidence (src/terms/evidence.ts): competitive linking over the
 *    links, the aligner's learnt table, the user dictionary, cognates.
 * 3. Pair score of a source and a target candidate = mean of
 *    - association over the sentence links (Dice, damped for rare pairs) and
 *    - composition (do the words, and compound parts, translate each other?);
 *    identical strings (Europol, EC3) and dictionary entries compose fully.
 * 4. In each link, source occurrences are tiled greedily, best first by
 *    pair score × translated source words, so that the longest unit whose
 *    words are all explained wins (`Darstellungen von sexuellem Missbrauch von
 *    Kindern` ↔ `child sexual abuse material`, but `sexueller Missbrauch von
 *    Kindern` rather than `Bekämpfung des sexuellen Missbrauchs von Kindern`);
 *    each takes the best target candidate still free in that link, which finds
 *    every rendering actually used (`Branche` → `industry` ×4, `sector` ×1).
 * 5. Terms below `minFreq`, weakly associated single words and pairs below
 *    `minScore` are dropped; the rest are ranked by confidence.
 *
 * Canonical form: the most frequent surface form (ties: the first seen), on
 * both sides; every other form seen is kept in the variants.
 */
import { optionError } from '../errors.js';
import { getLanguage } from '../lang/index.js';
import type { LanguageData } from '../lang/types.js';
import type { Alignment, Document, Rendering, Span, Term, TermContext, Termbase, TranslationTable } from '../types.js';
import { findCandidates, lowercaseVocabulary, termStopWords, type CandidateKind, type CandidateOcc } from './candidates.js';
import { foldWord, plainForm, termKey } from './fold.js';
import { SegmentOffsets } from './offsets.js';
import { tokenize } from './tokens.js';
import { cognate, unitOf, WordEvidence, wordUnits, type LinkEvidence, type WordUnit } from './evidence.js';

export { termKey, foldWord } from './fold.js';
export { splitCompound } from './compound.js';
export { findCandidates } from './candidates.js';

/** Options of {@link extractTerms}. */
export interface ExtractOptions {
  /** Minimum number of occurrences of a source term. Default 2. Identical names and acronyms on both sides (Europol, EC3) are kept from 1 when `keepNames` is on. */
  minFreq?: number;
  /** Keep names and acronyms written identically on both sides even below `minFreq`. Default true. */
  keepNames?: boolean;
  /** A user dictionary, source word or term → target word or term → weight in (0, 1]; its entries count as full translation evidence. Default: none. */
  dictionary?: TranslationTable;
  /** Keep at most this many terms (the most confident). Default: all. */
  maxTerms?: number;
  /** Minimum pair score (0..1) of a term's main rendering. Default 0.3. */
  minScore?: number;
  /** Longest candidate, in content words. Default 8. */
  maxWords?: number;
}

interface ResolvedOptions {
  minFreq: number;
  keepNames: boolean;
  dictionary: TranslationTable | undefined;
  maxTerms: number;
  minScore: number;
  maxWords: number;
}


function resolveOptions(o: unknown): ResolvedOptions {
  if (o === undefined) o = {};
  if (typeof o !== 'object' || o === null || Array.isArray(o)) optionError('options', 'an object', o);
  const opts = o as Record<string, unknown>;
  const known = new Set(['minFreq', 'keepNames', 'dictionary', 'maxTerms', 'minScore', 'maxWords']);
  for (const k of Object.keys(opts)) if (!known.has(k)) optionError(k, `one of ${[...known].join(', ')}`, k);
  const int = (name: string, def: number, min: number): number => {
    const v = opts[name];
    if (v === undefined) return def;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min) optionError(name, `an integer >= ${min}`, v);
    return v;
  };
  const minScore = opts.minScore === undefined ? 0.3 : opts.minScore;
  if (typeof minScore !== 'number' || !(minScore >= 0 && minScore <= 1)) optionError('minScore', 'a number in [0, 1]', minScore);
  const keepNames = opts.keepNames === undefined ? true : opts.keepNames;
  if (typeof keepNames !== 'boolean') optionError('keepNames', 'a boolean', keepNames);
  const dictionary = opts.dictionary;
  if (dictionary !== undefined && !(dictionary instanceof Map)) optionError('dictionary', 'a Map (TranslationTable)', dictionary);
  const maxTerms = opts.maxTerms === undefined ? Infinity : int('maxTerms', 0, 1);
  return {
    minFreq: int('minFreq', 2, 1),
    keepNames,
    dictionary: dictionary as TranslationTable | undefined,
    maxTerms,
    minScore,
    maxWords: int('maxWords', 8, 1),
  };
}

/** A candidate occurrence in a link, with where it stands. */
interface Occ extends CandidateOcc {
  /** Segment index in its document. */
  seg: number;
  /** Sentence link index. */
  link: number;
  units: WordUnit[];
}

interface KeyStats {
  /** Sentence links holding the key. */
  n: number;
  /** Last distinct link counted (internal). */
  last: number;
  kind: CandidateKind;
  size: number;
  units: WordUnit[];
  surface: string;
}

interface Assignment {
  src: Occ;
  /** The rendering in this link; undefined when the occurrence is left unrendered. */
  tgt: Occ | undefined;
  score: number;
  dice: number;
  /** Distinct link (index into the link groups) the pairing was made in. */
  unit: number;
  /** True when the words of the two sides explain each other in this link (composition >= EVIDENCED, a dictionary entry or the same name). */
  evidenced: boolean;
  /** True when a word of the rendering is a cognate, the same string or a dictionary translation of a source word outside the term in this link. */
  foreign: boolean;
}

/** Composition in a link from which a pairing has positive word evidence. */
const EVIDENCED = 0.5;
/** Direct evidence (cognate, identity, dictionary) from which a target word belongs to another source word of the link. */
const FOREIGN = 0.7;

/** Score of a candidate pair, with its parts. */
interface PairEval {
  score: number;
  dice: number;
  comp: number;
  srcCov: number;
}

function collectOccs(doc: Document, segs: readonly number[], link: number, lang: LanguageData, lower: ReadonlySet<string>, vocab: ReadonlySet<string>, maxWords: number, unitCache: UnitCache): Occ[] {
  const out: Occ[] = [];
  for (const si of segs) {
    const seg = doc.segments[si];
    if (!seg) continue;
    for (const c of findCandidates(seg.text, lang, { lowercaseWords: lower, maxWords })) {
      const units = contentUnits(c.surface, lang, vocab, unitCache);
      out.push({ ...c, seg: si, link, units });
    }
  }
  return out;
}

/** Word units of a candidate's content words (joiners left out). */
function contentUnits(surface: string, lang: LanguageData, vocab: ReadonlySet<string>, cache: UnitCache): WordUnit[] {
  const hit = cache.surfaces.get(surface);
  if (hit) return hit;
  const out = contentUnitsOf(surface, lang, vocab, cache.words);
  cache.surfaces.set(surface, out);
  return out;
}

/** Word units by word and by candidate surface, for one side. */
interface UnitCache {
  words: Map<string, WordUnit>;
  surfaces: Map<string, WordUnit[]>;
}

function contentUnitsOf(surface: string, lang: LanguageData, vocab: ReadonlySet<string>, cache: Map<string, WordUnit>): WordUnit[] {
  const joiners = new Set(lang.termRules.joiners);
  const out: WordUnit[] = [];
  for (const t of tokenize(surface)) {
    if (joiners.has(t.text.toLowerCase()) && !(lang.termRules.capitalisedNouns && t.capitalised)) continue;
    let u = cache.get(t.text);
    if (!u) {
      u = unitOf(t.text, lang, vocab);
      cache.set(t.text, u);
    }
    out.push(u);
  }
  return out;
}

/** Vocabulary for compound splitting: lower-case forms and folded keys of every word of the document. */
function vocabulary(doc: Document, lang: LanguageData): Set<string> {
  const out = new Set<string>();
  const stop = new Set(lang.stopWords);
  for (const seg of doc.segments) {
    for (const t of tokenize(seg.text)) {
      if (t.numeric) continue;
      const lower = t.text.toLowerCase();
      if (stop.has(lower)) continue;
      for (const piece of lower.split('-')) {
        if (piece.length < lang.termRules.minPart) continue;
        out.add(piece);
        out.add(foldWord(piece, lang, false));
      }
    }
  }
  return out;
}

function overlaps(a: { start: number; end: number; seg: number }, b: { start: number; end: number; seg: number }): boolean {
  return a.seg === b.seg && a.start < b.end && b.start < a.end;
}

/**
 * Extract a bilingual termbase from two aligned documents: every source term
 * with all its renderings in the target, counts and contexts.
 * Lenient with text (an alignment without sentence links gives an empty
 * termbase), strict with options (E_OPTION).
 */
export function extractTerms(alignment: Alignment, options?: ExtractOptions): Termbase {
  const opts = resolveOptions(options);
  const { source, target } = alignment;
  const srcLang = getLanguage(source.lang);
  const tgtLang = getLanguage(target.lang);
  const termbase: Termbase = { srcLang: source.lang, tgtLang: target.lang, terms: [] };
  // page furniture (place and date, document number, LIMITE, distribution codes) holds no terms
  const body = (doc: Document, segs: readonly number[]): boolean =>
    segs.some((i) => {
      const seg = doc.segments[i];
      return seg !== undefined && doc.blocks[seg.block]?.kind !== 'header';
    });
  const links = alignment.sentences.filter((l) => l.src.length > 0 && l.tgt.length > 0 && body(source, l.src) && body(target, l.tgt));
  if (links.length === 0) return termbase;

  const srcLower = lowercaseVocabulary(source.segments.map((s) => s.text), srcLang);
  const tgtLower = lowercaseVocabulary(target.segments.map((s) => s.text), tgtLang);
  const srcVocab = vocabulary(source, srcLang);
  const tgtVocab = vocabulary(target, tgtLang);
  const srcUnitCache: UnitCache = { words: new Map(), surfaces: new Map() };
  const tgtUnitCache: UnitCache = { words: new Map(), surfaces: new Map() };

  // 0. identical sentence pairs (boilerplate, repeated clauses) are worked on once, with their count as weight
  const groups = new Map<string, number[]>();
  links.forEach((l, li) => {
    const sig = l.src.map((i) => source.segments[i]?.text ?? '').join('\u0002') + '\u0001' + l.tgt.map((i) => target.segments[i]?.text ?? '').join('\u0002');
    const g = groups.get(sig);
    if (g) g.push(li);
    else groups.set(sig, [li]);
  });
  const members = [...groups.values()];
  const weight = members.map((m) => m.length);
  const repLink = (u: number): Alignment['sentences'][number] => links[members[u]![0]!]!;

  // 1. candidates and word units per (distinct) link; Occ.link is the distinct link's index until step 5
  const srcOccs: Occ[][] = [];
  const tgtOccs: Occ[][] = [];
  const wordLinks: Array<{ src: WordUnit[]; tgt: WordUnit[]; weight: number }> = [];
  members.forEach((_, u) => {
    const l = repLink(u);
    srcOccs.push(collectOccs(source, l.src, u, srcLang, srcLower, srcVocab, opts.maxWords, srcUnitCache));
    tgtOccs.push(collectOccs(target, l.tgt, u, tgtLang, tgtLower, tgtVocab, opts.maxWords, tgtUnitCache));
    wordLinks.push({
      src: l.src.flatMap((i) => wordUnits(source.segments[i]?.text ?? '', srcLang, srcVocab)),
      tgt: l.tgt.flatMap((i) => wordUnits(target.segments[i]?.text ?? '', tgtLang, tgtVocab)),
      weight: weight[u]!,
    });
  });

  // 2. word evidence
  const evidence = new WordEvidence(wordLinks, srcLang, tgtLang, [alignment.lexicon, opts.dictionary]);
  const dictTerms = termDictionary(opts.dictionary, srcLang, tgtLang);

  // 3. statistics per key
  const stats = (occs: Occ[][]): Map<string, KeyStats> => {
    const m = new Map<string, KeyStats>();
    for (const list of occs) {
      for (const o of list) {
        let s = m.get(o.key);
        if (!s) m.set(o.key, (s = { n: 0, last: -1, kind: o.kind, size: o.size, units: o.units, surface: o.surface }));
        // links that hold the key, each counted once, with its weight
        if (s.last !== o.link) {
          s.last = o.link;
          s.n += weight[o.link]!;
        }
      }
    }
    return m;
  };
  const srcStats = stats(srcOccs);
  const tgtStats = stats(tgtOccs);
  const cooc = new Map<string, number>();
  for (let u = 0; u < members.length; u++) {
    const sk = new Set(srcOccs[u]!.map((o) => o.key));
    const tk = new Set(tgtOccs[u]!.map((o) => o.key));
    const w = weight[u]!;
    for (const a of sk) for (const b of tk) cooc.set(a + '\t' + b, (cooc.get(a + '\t' + b) ?? 0) + w);
  }

  let pairCache = new Map<string, PairEval>();
  let linkEvidence: LinkEvidence | undefined;
  const evalPair = (s: Occ, t: Occ): PairEval => {
    const k = s.key + '\t' + t.key;
    let e = pairCache.get(k);
    if (e) return e;
    const ss = srcStats.get(s.key)!;
    const ts = tgtStats.get(t.key)!;
    const c = cooc.get(k) ?? 0;
    const dice = ((2 * c) / (ss.n + ts.n)) * (c / (c + 0.5));
    let { comp, srcCov } = linkEvidence!.compose(s.units, t.units);
    const dict = dictTerms.get(s.key)?.get(t.key);
    if ((dict !== undefined && dict > 0) || sameName(s.surface, t.surface)) {
      comp = 1;
      srcCov = 1;
    }
    const score = 0.5 * dice + 0.5 * comp;
    e = { score, dice, comp, srcCov };
    pairCache.set(k, e);
    return e;
  };

  // how often a target key is directly followed by one more word of the same candidate chain
  // (`law enforcement` + authorities/agencies/resources): such a key is a modifier, not a whole term
  const modifierShare = new Map<string, number>();
  {
    const seen = new Map<string, [number, number]>();
    tgtOccs.forEach((list, u) => {
      const w = weight[u]!;
      const longer = new Set(list.map((o) => `${o.seg}:${o.start}:${o.size}`));
      for (const o of list) {
        const c = seen.get(o.key) ?? [0, 0];
        c[1] += w;
        if (longer.has(`${o.seg}:${o.start}:${o.size + 1}`)) c[0] += w;
        seen.set(o.key, c);
      }
    });
    for (const [k, [followed, total]] of seen) if (total >= 3) modifierShare.set(k, followed / total);
  }
  // how often a single target word is directly followed by another word of its noun group
  // (`best` → practices, `Member` → States): a target ending in such a word is cut short
  const wordModifier = new Map<string, number>();
  {
    const seen = new Map<string, [number, number]>();
    tgtOccs.forEach((list, u) => {
      const w = weight[u]!;
      const pairs = new Set(list.filter((o) => o.size === 2 && !o.key.includes(' ', o.key.indexOf(' ') + 1)).map((o) => `${o.seg}:${o.start}`));
      for (const o of list) {
        if (o.size !== 1) continue;
        const c = seen.get(o.key) ?? [0, 0];
        c[1] += w;
        if (pairs.has(`${o.seg}:${o.start}`)) c[0] += w;
        seen.set(o.key, c);
      }
    });
    for (const [k, [followed, total]] of seen) if (total >= 3) wordModifier.set(k, followed / total);
  }
  const cutShort = (t: Occ): number => wordModifier.get(t.words[t.words.length - 1] ?? '') ?? 0;

  // the share of a key, or of its longest tail seen often enough (`national law enforcement` → `law enforcement`)
  const shareOf = (key: string): number => {
    const w = key.split(' ');
    for (let i = 0; i < w.length; i++) {
      const v = modifierShare.get(w.slice(i).join(' '));
      if (v !== undefined) return v;
    }
    return 0;
  };

  // 4. greedy tiling per link
  const floor = 0.1;
  const assignments: Assignment[] = [];
  for (let u = 0; u < members.length; u++) {
    const S = srcOccs[u]!;
    const T = tgtOccs[u]!;
    if (S.length === 0) continue;
    const link = repLink(u);
    pairCache = new Map();
    linkEvidence = evidence.inLink(wordLinks[u]!.src, wordLinks[u]!.tgt);
    // value of each occurrence as a unit: pair score × translated words, untranslated words cost half
    const value = new Map<Occ, number>();
    for (const s of S) {
      let best = 0;
      let bestCov = 0;
      let bestChoice = 0;
      for (const t of T) {
        const e = evalPair(s, t);
        const choice = 0.3 * e.dice + 0.7 * e.comp;
        if (choice > bestChoice) {
          bestChoice = choice;
          best = e.score;
          bestCov = e.srcCov;
        }
      }
      // a recurring multi-word unit is worth more than its words apart; a multi-word name written alike on both sides even more
      const n = srcStats.get(s.key)!.n;
      // (only when every word of the unit is translated: `Bekämpfung des sexuellen Missbrauchs von Kindern` is no unit where the target says `combating the sexual abuse of children`)
      const unit =
        s.size > 1 && T.some((t) => similarNames(s.surface, t.surface))
          ? 1 + 0.5 * (s.size - 1)
          : bestCov >= 0.95
            ? 1 + 0.25 * Math.min(2, s.size - 1) * Math.min(1, (n - 1) / 3)
            : 1;
      const freqPrior = 1 + 0.1 * Math.log(n);
      value.set(s, best * s.size * Math.max(0.1, bestCov - 0.5 * (1 - bestCov)) * unit * freqPrior);
    }
    // Two passes: first every occurrence whose translation is explained (composition >= 0.5),
    // best unit first; then the rest, frequent terms first (a term used throughout the text is
    // translated here too, where a one-off phrase may be left out), taking what is left.
    const frequent = (o: Occ): number => (srcStats.get(o.key)!.n >= opts.minFreq ? 1 : 0);
    const tiled = tileSource(S, value).map((s) => ({ s, v: value.get(s)! }));
    const byValue = [...tiled].sort((a, b) => b.v - a.v || b.s.size - a.s.size);
    const byFrequency = [...tiled].sort((a, b) => frequent(b.s) - frequent(a.s) || b.v - a.v || b.s.size - a.s.size);
    const srcLen = linkLength(source, link.src);
    const tgtLen = linkLength(target, link.tgt);
    const takenS: Occ[] = [];
    const takenT: Occ[] = [];
    for (const [pass, order] of [[1, byValue], [2, byFrequency]] as const) {
      for (const { s } of order) {
        if (takenS.includes(s)) continue;
        let bestT: Occ | undefined;
        let best = 0;
        let bestChoice = 0;
        let bestComp = 0;
        // a target longer than the source's words and compound parts loses for its extra words
        // (a single source word may be a compound the vocabulary cannot split: Mitgliedstaaten = Member States)
        const expected = s.units.reduce((n, u) => n + Math.max(1, u.parts.length), 0) + (s.size === 1 ? 1 : 0);
        for (const t of T) {
          if (takenT.some((x) => overlaps(x, t))) continue;
          // which span realises s here: composition first, association as a tie-breaker,
          // the longest target that s explains (law enforcement authorities over law enforcement),
          // and, between unexplained candidates, a similar relative position
          const e = evalPair(s, t);
          if (e.score < floor) continue;
          const drift = Math.abs(relPos(source, link.src, s, srcLen) - relPos(target, link.tgt, t, tgtLen));
          const choice = e.comp + 0.05 * Math.min(t.size, expected) - 0.06 * Math.max(0, t.size - expected) - 0.15 * cutShort(t) + 0.1 * e.dice + (similarNames(s.surface, t.surface) ? 0.3 : 0) + 0.35 * (1 - e.comp) * (1 - drift);
          if (choice > bestChoice || (choice === bestChoice && bestT && t.size > bestT.size)) {
            bestChoice = choice;
            best = e.score;
            bestComp = e.comp;
            bestT = t;
          }
        }
        if (!bestT || (pass === 1 && bestComp < 0.5)) continue;
        // a rendering that is mostly a modifier may end in a word seen only here (`law enforcement` + `agencies`)
        if (!similarNames(s.surface, bestT.surface) && shareOf(bestT.key) > 0.5) {
          bestT = extendTarget(bestT, T, takenT, (k) => tgtStats.get(k)?.n ?? 0, target);
        }
        takenS.push(s);
        takenT.push(bestT);
        const chosen = evalPair(s, bestT);
        assignments.push({
          src: s,
          tgt: bestT,
          score: best,
          dice: chosen.dice,
          unit: u,
          evidenced: chosen.comp >= EVIDENCED,
          foreign: linkEvidence.explainedElsewhere(s.units, bestT.units) >= FOREIGN,
        });
      }
    }
  }

  // 5. every link of a group gets the pairing of its distinct link (segments and link index mapped)
  const moved = (o: Occ, from: readonly number[], to: readonly number[], li: number): Occ => ({ ...o, seg: to[from.indexOf(o.seg)] ?? o.seg, link: li });
  const expanded: Assignment[] = [];
  for (const a of assignments) {
    const u = a.src.link;
    const rl = repLink(u);
    for (const li of members[u]!) {
      const l = links[li]!;
      expanded.push({ ...a, src: moved(a.src, rl.src, l.src, li), tgt: a.tgt ? moved(a.tgt, rl.tgt, l.tgt, li) : undefined });
    }
  }
  expanded.sort((x, y) => x.src.link - y.src.link || x.src.seg - y.src.seg || x.src.start - y.src.start);

  // 6. group by source key
  const bySrc = new Map<string, Assignment[]>();
  for (const a of expanded) {
    let list = bySrc.get(a.src.key);
    if (!list) bySrc.set(a.src.key, (list = []));
    list.push(a);
  }
  reattachModifiers(bySrc, opts.minFreq, srcLang, tgtLang);
  const offsets = {
    src: new Map<number, SegmentOffsets>(),
    tgt: new Map<number, SegmentOffsets>(),
  };
  const docSpan = (side: 'src' | 'tgt', o: Occ): Span | undefined => {
    const doc = side === 'src' ? source : target;
    const seg = doc.segments[o.seg];
    if (!seg) return undefined;
    let m = offsets[side].get(o.seg);
    if (!m) offsets[side].set(o.seg, (m = new SegmentOffsets(doc, seg)));
    return m.span(o.start, o.end);
  };

  const drafts: Array<Term & { rank: number }> = [];
  for (const [key, list] of bySrc) {
    const st = srcStats.get(key)!;
    completeEllipses(list, target, tgtLang);
    dropUnsupported(list, (u) => wordLinks[u]!.tgt, target, tgtLang);
    // renderings by target key
    const rmap = new Map<string, { assignments: Assignment[]; forms: Map<string, number> }>();
    for (const a of list) {
      if (!a.tgt) continue;
      let r = rmap.get(a.tgt.key);
      if (!r) rmap.set(a.tgt.key, (r = { assignments: [], forms: new Map() }));
      r.assignments.push(a);
      r.forms.set(a.tgt.surface, (r.forms.get(a.tgt.surface) ?? 0) + 1);
    }
    const renderings: Array<Rendering & { score: number; dice: number }> = [];
    for (const [rkey, r] of rmap) {
      const contexts: TermContext[] = r.assignments.map((a) => context(links[a.src.link]!, a, docSpan));
      const e = { score: mean(r.assignments.map((a) => a.score)), dice: mean(r.assignments.map((a) => a.dice)) };
      // the name is a complete form (not one shortened by an ellipsis), the most frequent one
      const complete = new Map([...r.forms].filter(([f]) => termKey(f, tgtLang) === rkey));
      const name = canonical(complete.size > 0 ? complete : r.forms);
      renderings.push({
        term: name,
        variants: [name, ...[...r.forms.keys()].filter((f) => f !== name)],
        count: r.assignments.length,
        contexts,
        score: e.score,
        dice: e.dice,
      });
    }
    renderings.sort((a, b) => b.count - a.count || b.score - a.score);
    const main = renderings[0];
    if (!main) continue;
    const frequency = list.length;
    const name = st.kind === 'name' || list.some((a) => a.tgt && sameName(a.src.surface, a.tgt.surface));
    const acronym = st.kind === 'name' && st.size === 1;
    if (frequency < opts.minFreq && !(opts.keepNames && acronym && sameName(list[0]!.src.surface, list[0]!.tgt?.surface ?? ''))) continue;
    if (main.score < opts.minScore) continue;
    // single simple words must be strongly associated with their rendering
    const simple = st.size === 1 && !name && st.units[0] !== undefined && st.units[0].parts.length === 0;
    const inDictionary = renderings.some((r) => dictTerms.get(key)?.has(termKey(r.term, tgtLang)));
    if (simple && (main.dice < 0.3 || main.count < 2) && !sameName(list[0]!.src.surface, main.term) && !inDictionary) continue;
    const srcForms = new Map<string, number>();
    for (const a of list) srcForms.set(a.src.surface, (srcForms.get(a.src.surface) ?? 0) + 1);
    const share = main.count / frequency;
    const confidence = clamp01(0.6 * main.score + 0.25 * share + 0.15 * Math.min(1, frequency / 4));
    const specificity = simple ? 0.85 : 1;
    drafts.push({
      id: '',
      source: canonical(srcForms),
      sourceVariants: [canonical(srcForms), ...[...srcForms.keys()].filter((f) => f !== canonical(srcForms))],
      pos: st.kind,
      frequency,
      score: round(main.score),
      confidence: round(confidence),
      renderings: renderings.map(({ score: _s, dice: _d, ...r }) => r),
      status: 'proposed',
      rank: confidence * specificity,
    });
  }
  drafts.sort((a, b) => b.rank - a.rank || b.frequency - a.frequency || a.source.localeCompare(b.source));
  const kept = drafts.slice(0, opts.maxTerms === Infinity ? drafts.length : opts.maxTerms);
  termbase.terms = kept.map(({ rank: _r, ...t }, i) => ({ ...t, id: `c${i + 1}` }));
  return termbase;
}

/** Total length of the segments of one side of a link. */
function linkLength(doc: Document, segs: readonly number[]): number {
  let n = 0;
  for (const i of segs) n += (doc.segments[i]?.text.length ?? 0) + 1;
  return Math.max(1, n);
}

/** Relative position (0..1) of an occurrence in its side of the link. */
function relPos(doc: Document, segs: readonly number[], o: Occ, total: number): number {
  let before = 0;
  for (const i of segs) {
    if (i === o.seg) break;
    before += (doc.segments[i]?.text.length ?? 0) + 1;
  }
  return (before + (o.start + o.end) / 2) / total;
}

/**
 * Extend a chosen target by the next word (on the right, where the head noun of
 * an English or German noun phrase stands) when that word occurs nowhere else in the
 * target text and that no other term took, when the longer candidate exists:
 * `law enforcement` + `agencies`. A word seen once cannot be explained by the
 * statistics; next to a partial rendering it is most likely the rest of it.
 */
function extendTarget(t: Occ, T: readonly Occ[], taken: readonly Occ[], links: (key: string) => number, target: Document): Occ {
  const text = target.segments[t.seg]?.text ?? '';
  for (const c of T) {
    if (c.seg !== t.seg || c.size !== t.size + 1 || taken.some((x) => overlaps(x, c))) continue;
    const right = c.start === t.start && c.end > t.end && /^\s+\S+$/u.test(text.slice(t.end, c.end));
    if (!right) continue;
    const addedKey = c.words[c.words.length - 1]!;
    if (links(addedKey) !== 1) continue;
    // and the longer span must end the noun phrase (punctuation, a function word or the end follows)
    if (T.some((o) => o.seg === c.seg && o.start === c.start && o.size === c.size + 1)) continue;
    return c;
  }
  return t;
}

/** Non-overlapping occurrences with the largest total value, per segment (weighted interval scheduling). */
function tileSource(occs: readonly Occ[], value: ReadonlyMap<Occ, number>): Occ[] {
  const bySeg = new Map<number, Occ[]>();
  for (const o of occs) {
    if ((value.get(o) ?? 0) <= 0) continue;
    let l = bySeg.get(o.seg);
    if (!l) bySeg.set(o.seg, (l = []));
    l.push(o);
  }
  const out: Occ[] = [];
  for (const list of bySeg.values()) {
    list.sort((a, b) => a.end - b.end || a.start - b.start);
    const n = list.length;
    const best = new Array<number>(n + 1).fill(0);
    const prev = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      // last interval ending at or before list[i].start
      let lo = 0;
      let hi = i;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]!.end <= list[i]!.start) lo = mid + 1;
        else hi = mid;
      }
      prev[i] = lo;
      best[i + 1] = Math.max(best[i]!, best[lo]! + value.get(list[i]!)!);
    }
    for (let i = n; i > 0; ) {
      const o = list[i - 1]!;
      if (best[i] === best[i - 1]) {
        i--;
        continue;
      }
      out.push(o);
      i = prev[i - 1]!;
    }
  }
  return out;
}

function context(link: Alignment['sentences'][number], a: Assignment, span: (side: 'src' | 'tgt', o: Occ) => Span | undefined): TermContext {
  const c: TermContext = { link: link.id };
  const label = link.labels.src.find((l) => l !== '') ?? link.labels.tgt.find((l) => l !== '');
  if (label !== undefined) c.label = label;
  const s = span('src', a.src);
  if (s) c.src = s;
  if (a.tgt) {
    const t = span('tgt', a.tgt);
    if (t) c.tgt = t;
  }
  return c;
}

/**
 * Coordination ellipsis on the target side: `law enforcement and other
 * competent authorities` realises `law enforcement authorities` when that is
 * another rendering of the same source term.
 */
/**
 * A rare unit made of modifiers and a frequent term (`nationalen
 * Strafverfolgungsbehörden` once, `Strafverfolgungsbehörden` often) counts as
 * an occurrence of the frequent term; its rendering loses as many leading
 * words as the source lost (`national law enforcement agencies` → `law
 * enforcement agencies`).
 */
function reattachModifiers(bySrc: Map<string, Assignment[]>, minFreq: number, srcLang: LanguageData, tgtLang: LanguageData): void {
  const srcJoiners = new Set([...srcLang.termRules.joiners, ...srcLang.termRules.titleArticles]);
  for (const [key, list] of [...bySrc]) {
    if (list.length >= minFreq || !key.includes(' ')) continue;
    const words = key.split(' ');
    for (let k = 1; k < words.length; k++) {
      if (srcJoiners.has(words[k]!)) continue; // the rest may not start with a joiner
      const head = words.slice(k).join(' ');
      const into = bySrc.get(head);
      if (!into || into.length < minFreq) continue;
      const dropped = words.slice(0, k).filter((w) => !srcJoiners.has(w)).length;
      for (const a of list) {
        const src = dropWords(a.src, dropped, srcLang);
        if (!src) continue;
        const tgt = a.tgt ? dropWords(a.tgt, dropped, tgtLang) : undefined;
        into.push({ ...a, src: { ...src, key: head }, tgt });
      }
      bySrc.delete(key);
      break;
    }
  }
}

/** An occurrence without its first `n` content words and the joiners after them; undefined when nothing is left. */
function dropWords(o: Occ, n: number, lang: LanguageData): Occ | undefined {
  const joiners = new Set([...lang.termRules.joiners, ...lang.termRules.titleArticles]);
  const toks = tokenize(o.surface);
  let i = 0;
  let seen = 0;
  while (i < toks.length && seen < n) {
    if (!joiners.has(toks[i]!.text.toLowerCase())) seen++;
    i++;
  }
  while (i < toks.length && joiners.has(toks[i]!.text.toLowerCase())) i++;
  const first = toks[i];
  if (!first || n >= o.size) return undefined;
  const surface = o.surface.slice(first.start);
  return { ...o, key: termKey(surface, lang), surface, start: o.start + first.start, words: o.words.slice(n), size: o.size - n, units: o.units.slice(n) };
}

/**
 * A rendering chosen in a link without word evidence (the tiler's fallback by
 * position) is kept only when something else speaks for it; otherwise the
 * occurrence is recorded as unrendered. Supported renderings of a term are
 * those with word evidence in some link and those used in two or more
 * distinct links. An unsupported rendering is kept when it shares a word with
 * a supported one (`combat` next to `combating`), or when it is a plausible
 * rendering left over in its link:
 * - none of its words belongs to another source word of the link (cognate,
 *   same string, dictionary: `EU` from `EU-Koordinators`);
 * - the term's supported renderings are not in that target sentence already
 *   (`rights` stands there, taken by another term: `emphasis on violence` is not
 *   a second rendering of `Rechte`);
 * - it has the shape of a noun group ({@link nounGroupShape}).
 * Terms with no supported rendering keep the extractor's choices (nothing to
 * compare with). `sector` once for `Branche` (industry ×4) stays: it is the
 * noun group left over where the usual rendering is missing.
 */
function dropUnsupported(list: Assignment[], linkWords: (unit: number) => readonly WordUnit[], target: Document, lang: LanguageData): void {
  const units = new Map<string, WordUnit[]>();
  const linksOf = new Map<string, Set<number>>();
  const supported = new Set<string>();
  for (const a of list) {
    if (!a.tgt) continue;
    units.set(a.tgt.key, a.tgt.units);
    let l = linksOf.get(a.tgt.key);
    if (!l) linksOf.set(a.tgt.key, (l = new Set()));
    l.add(a.unit);
    if (a.evidenced) supported.add(a.tgt.key);
  }
  for (const [k, l] of linksOf) if (l.size >= 2) supported.add(k);
  if (supported.size === 0) return;
  const supportedWords = [...supported].map((k) => (units.get(k) ?? []).map((u) => u.key));
  const allWords = new Set(supportedWords.flat());
  for (const a of list) {
    const t = a.tgt;
    if (!t || a.evidenced || supported.has(t.key)) continue;
    if (t.units.some((u) => [...allWords].some((w) => sameWord(u.key, w)))) continue;
    const here = linkWords(a.unit).map((u) => u.key);
    const usualHere = supportedWords.some((ws) => ws.length > 0 && ws.every((w) => here.some((h) => sameWord(h, w))));
    if (a.foreign || usualHere || !nounGroupShape(t, target, lang)) a.tgt = undefined;
  }
}

/** The same word up to an ending (folded keys; one a prefix of the other by at most four letters: `combat`, `combating`). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.length >= 4 && l.length - s.length <= 4 && l.startsWith(s);
}

const articleUse = new WeakMap<Document, Set<string>>();
/** Lower-case words that follow an article somewhere in the document (nouns and their modifiers). */
function afterArticle(doc: Document, lang: LanguageData): Set<string> {
  let set = articleUse.get(doc);
  if (!set) {
    set = new Set();
    const articles = new Set(lang.termRules.titleArticles);
    for (const seg of doc.segments) {
      const toks = tokenize(seg.text);
      for (let i = 1; i < toks.length; i++) {
        const prev = toks[i - 1]!;
        if (!toks[i]!.gapBefore && articles.has(prev.text.toLowerCase())) set.add(toks[i]!.text.toLowerCase());
      }
    }
    articleUse.set(doc, set);
  }
  return set;
}

/**
 * Whether a target span looks like a complete noun group, judged from the
 * text alone (no tagger), for a rendering that has no word evidence:
 * - no punctuation inside it;
 * - in a language that does not capitalise nouns, not a capitalised start of a
 *   sentence and not a run of capitalised words cut from a title (`Children`
 *   from `Especially Women and Children`);
 * - not directly followed by another content word (then it is a modifier:
 *   `applicable` in `applicable law`);
 * - its last word is a noun: capitalised and not sentence-initial where nouns
 *   are capitalised; elsewhere, a word the document writes after an article
 *   somewhere (`the sector`), which verbs (`made`, `required`, `play`,
 *   `managing`) are not. Languages without articles in their data skip this.
 */
function nounGroupShape(t: Occ, target: Document, lang: LanguageData): boolean {
  const text = target.segments[t.seg]?.text ?? '';
  const toks = tokenize(text, lang);
  const inside = toks.filter((k) => k.start >= t.start && k.end <= t.end);
  const first = inside[0];
  const last = inside[inside.length - 1];
  if (!first || !last) return false;
  if (inside.slice(1).some((k) => k.gapBefore)) return false;
  const initial = first === toks[0] || /[.!?:;]\s*$/u.test(text.slice(0, first.start));
  const stop = termStopWords(lang);
  if (!lang.termRules.capitalisedNouns) {
    const acronym = (w: string): boolean => w.length >= 2 && w === w.toUpperCase();
    if (first.capitalised && !acronym(first.text) && (initial || inside.every((k) => k.capitalised || stop.has(k.text.toLowerCase())))) return false;
  }
  const next = toks[toks.indexOf(last) + 1];
  if (next && !next.gapBefore && !next.numeric && !stop.has(next.text.toLowerCase())) return false;
  if (lang.termRules.capitalisedNouns) return last.capitalised && !(inside.length === 1 && initial);
  if (lang.termRules.titleArticles.length === 0) return true;
  return afterArticle(target, lang).has(last.text.toLowerCase());
}

function completeEllipses(list: Assignment[], target: Document, lang: LanguageData): void {
  const keys = new Map<string, Occ>();
  for (const a of list) if (a.tgt) keys.set(a.tgt.key, a.tgt);
  if (keys.size < 2 || lang.termRules.conjunctions.length === 0) return;
  // the conjunctions are plain words (letters only), safe inside a pattern
  const conj = new RegExp(`^\\s*(?:,\\s*)?(?:${lang.termRules.conjunctions.join('|')})\\s+((?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+)`, 'iu');
  for (const a of list) {
    const t = a.tgt;
    if (!t) continue;
    const seg = target.segments[t.seg];
    if (!seg) continue;
    const after = seg.text.slice(t.end, t.end + 80);
    const m = conj.exec(after);
    if (!m) continue;
    for (const word of m[1]!.split(/\s+/)) {
      const other = keys.get(termKey(`${t.surface} ${word}`, lang));
      if (other && other.key !== t.key) {
        a.tgt = { ...t, key: other.key }; // the form written stays a variant
        break;
      }
    }
  }
}

const plainCache = new Map<string, string>();
function plainCached(s: string): string {
  let p = plainCache.get(s);
  if (p === undefined) {
    if (plainCache.size > 100_000) plainCache.clear();
    plainCache.set(s, (p = plainForm(s)));
  }
  return p;
}

/** True when two strings are the same name or acronym (case and diacritics aside). */
function sameName(a: string, b: string): boolean {
  if (a.length < 2 || a.length !== b.length) return false;
  return plainCached(a) === plainCached(b);
}

/** True when two multi-word strings are the same words, each identical or a close cognate (`Addis Abeba`, `Addis Ababa`). */
function similarNames(a: string, b: string): boolean {
  const wa = capitalWords(a);
  const wb = capitalWords(b);
  if (!wa || !wb || wa.length !== wb.length || wa.length < 2) return false;
  return wa.every((w, i) => plainCached(w) === plainCached(wb[i]!) || cognate(w, wb[i]!) >= 0.7);
}

const capitalCache = new Map<string, string[] | null>();
/** The words of `s` when all are capitalised (a name), else null. */
function capitalWords(s: string): string[] | null {
  let v = capitalCache.get(s);
  if (v === undefined) {
    const words = tokenize(s).map((t) => t.text);
    v = words.every((w) => /^\p{Lu}/u.test(w)) ? words : null;
    if (capitalCache.size > 100_000) capitalCache.clear();
    capitalCache.set(s, v);
  }
  return v;
}

/** The most frequent form; ties go to the first seen. */
function canonical(forms: Map<string, number>): string {
  let best = '';
  let n = -1;
  for (const [f, c] of forms) {
    if (c > n) {
      best = f;
      n = c;
    }
  }
  return best;
}

function termDictionary(dict: TranslationTable | undefined, src: LanguageData, tgt: LanguageData): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  if (!dict) return out;
  for (const [s, row] of dict) {
    const sk = termKey(s, src);
    let r = out.get(sk);
    if (!r) out.set(sk, (r = new Map()));
    for (const [t, p] of row) r.set(termKey(t, tgt), p);
  }
  return out;
}

function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

function clamp01(x: number): number {
  return Math.max(0, Math.min(1, x));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
