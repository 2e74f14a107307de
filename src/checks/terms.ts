/**
 * Check 1: term inconsistency — a source term rendered in two or more ways
 * across the document, and one target term standing for two or more source
 * terms. Reads the termbase (its renderings, counts and contexts).
 *
 * Severity rule (no term lists, only the renderings themselves):
 * - renderings with the same content words up to inflection and order
 *   (`the sexual abuse of children` / `child sexual abuse`), or one whose
 *   content words are a subset of another's (`law enforcement` /
 *   `law enforcement authorities`), are syntactic variants: info;
 * - a lexically different rendering used two or more times, next to another
 *   used two or more times, is an established alternative the context calls
 *   for (`transposition` ×2 / `implementation` ×3): info;
 * - a lexically different rendering used once is a slip (`the sector` once
 *   where `industry` is used four times; `live-distant child abuse` once
 *   next to `live streaming of child sexual abuse`;
 *   `law enforcement agencies` once next to `law enforcement authorities`):
 *   warning, with the majority rendering as suggestion when there is one.
 */
import type { LanguageData } from '../lang/types.js';
import type { Translate } from '../i18n/index.js';
import type { Alignment, Flag, Rendering, SentenceLink, Severity, Span, Term, TermContext, Termbase } from '../types.js';
import { type CheckContext, makeFlag, sideOf } from './flag.js';
import { compileTerm, compoundRelated, contentStems, contentSubsumes, findTerm, isStopWord, sameContent, stem, termKey, words } from './match.js';
import { segmentOffset } from './flag.js';

/** A rendering after merging renderings that differ only in inflection. */
interface Merged {
  term: string;
  key: string;
  count: number;
  links: string[];
  srcSpans: Span[];
  tgtSpans: Span[];
}

/** How a minority rendering relates to the others. */
export type RenderingClass = 'variant' | 'established' | 'slip';

function merge(renderings: Rendering[], lang: LanguageData, keep: (r: Rendering, c: TermContext) => boolean = () => true): Merged[] {
  const by = new Map<string, Merged>();
  for (const r of renderings) {
    const key = termKey(r.term, lang);
    const contexts = r.contexts.filter((c) => keep(r, c));
    // Contexts left out (explained by another term) take their share of the count with them.
    const count = r.contexts.length > 0 ? Math.round((r.count * contexts.length) / r.contexts.length) : r.count;
    if (count === 0) continue;
    let m = by.get(key);
    if (!m) {
      m = { term: r.term, key, count: 0, links: [], srcSpans: [], tgtSpans: [] };
      by.set(key, m);
    }
    m.count += count;
    for (const c of contexts) {
      m.links.push(c.link);
      if (c.src) m.srcSpans.push(c.src);
      if (c.tgt) m.tgtSpans.push(c.tgt);
    }
  }
  return [...by.values()].sort(byUse(lang));
}

/** Most used first; on a tie the fuller rendering (more content words) first; the unknown rendering last. */
function byUse(lang: LanguageData): (a: Merged, b: Merged) => number {
  return (a, b) =>
    b.count - a.count ||
    (a.term === OTHER_RENDERING ? 1 : 0) - (b.term === OTHER_RENDERING ? 1 : 0) ||
    contentStems(b.term, lang).length - contentStems(a.term, lang).length ||
    a.term.localeCompare(b.term);
}

/**
 * Classify rendering `r` against the other renderings of the same source term
 * (see the module comment).
 */
export function classifyRendering(r: { term: string; count: number }, others: { term: string; count: number }[], lang: LanguageData): RenderingClass {
  if (r.term === OTHER_RENDERING) return r.count >= 2 && others.some((o) => o.count >= 2) ? 'established' : 'slip';
  const mine = new Set(contentStems(r.term, lang));
  if (mine.size === 0) return 'variant';
  // The reference: the most used other rendering, the fuller one on a tie.
  const ref = others
    .filter((o) => o.term !== OTHER_RENDERING)
    .map((o) => ({ o, stems: new Set(contentStems(o.term, lang)) }))
    .sort((a, b) => b.o.count - a.o.count || b.stems.size - a.stems.size || a.o.term.localeCompare(b.o.term))[0];
  if (!ref) return 'slip';
  const subset = (a: Set<string>, b: Set<string>): boolean => [...a].every((x) => b.has(x));
  // Fewer words (an ellipsis: `law enforcement` for `law enforcement authorities`) or more words around
  // the same rendering (`child sexual abuse material online`): the same term.
  if (subset(mine, ref.stems) || subset(ref.stems, mine)) return 'variant';
  if (r.count >= 2 && others.some((o) => o.count >= 2)) return 'established';
  return 'slip';
}

function segmentsFor(alignment: Alignment, linkIds: string[], side: 'src' | 'tgt', byId: Map<string, SentenceLink>): number[] {
  return linkIds.flatMap((id) => byId.get(id)?.[side] ?? []);
}

const describeRenderings = (ms: Merged[], t: Translate): string[] =>
  ms.map((m) => `${m.term === OTHER_RENDERING ? t('term.other_wording') : m.term} ×${m.count} (${[...new Set(m.links)].join(', ')})`);

/** Check 1: a source term rendered in several ways, and a target term for several source terms. */
export function checkTermInconsistency(alignment: Alignment, ctx: CheckContext): Flag[] {
  const tb = ctx.termbase;
  if (!tb) return [];
  const byId = new Map(alignment.sentences.map((s) => [s.id, s]));
  const flags: Flag[] = [];
  const explained = explainer(alignment, tb, ctx);
  const index = sourceIndex(alignment, ctx.srcLang);
  for (const term of tb.terms) {
    const ms = merge(splitShortened(alignment, term, ctx.tgtLang), ctx.tgtLang, (r, c) => !explained(term, r, c));
    for (const other of unaccounted(alignment, term, ms, ctx, index)) {
      const same = ms.find((m) => m.key === other.key);
      if (same) {
        same.count += other.count;
        same.links.push(...other.links);
        same.srcSpans.push(...other.srcSpans);
        same.tgtSpans.push(...other.tgtSpans);
      } else ms.push(other);
    }
    ms.sort(byUse(ctx.tgtLang));
    if (ms.length < 2) continue;
    let severity: Severity = 'info';
    const classes = ms.map((m, i) => (i === 0 ? undefined : classifyRendering(m, ms.filter((o) => o !== m), ctx.tgtLang)));
    if (classes.includes('slip')) severity = 'warning';
    // With a tie at the top, the first rendering can be the slip too.
    if (ms[0]!.count === ms[1]!.count && classifyRendering(ms[0]!, ms.slice(1), ctx.tgtLang) === 'slip') severity = 'warning';
    const links = ms.flatMap((m) => m.links);
    const d: Parameters<typeof makeFlag>[1] = {
      type: 'term-inconsistency',
      severity,
      key: severity === 'info' ? 'term.variation' : 'term.inconsistent',
      params: {
        source: term.source,
        count: ms.length,
        renderings: describeRenderings(ms, ctx.t),
        list: ms.map((m, i) => ({ term: m.term, count: m.count, links: [...new Set(m.links)], class: i === 0 ? 'majority' : classes[i] })),
      },
      source: sideOf(alignment.source, segmentsFor(alignment, links, 'src', byId), ms.flatMap((m) => m.srcSpans)),
      target: sideOf(alignment.target, segmentsFor(alignment, links, 'tgt', byId), ms.flatMap((m) => m.tgtSpans)),
      links,
      idParts: [termKey(term.source, ctx.srcLang), ...ms.map((m) => m.key).sort()],
    };
    if (ms[0]!.count > ms[1]!.count) d.suggestion = ms[0]!.term;
    flags.push(makeFlag(ctx, d));
  }
  flags.push(...reverse(alignment, ctx, byId, explained));
  return flags;
}

/**
 * A rendering cut short by the termbase (`law enforcement`) hides the head
 * noun that follows it in the target: `law enforcement` + `authorities`
 * twice, + `agencies` once. When a rendering has an established extension —
 * a content word that follows it in two or more of its contexts (and in at
 * least a third of them) and that the
 * alignment's word-translation table gives as a translation of a word of the
 * source term (p ≥ 0.05: `authorities` for `Strafverfolgungsbehörden`, not
 * `welcomes` for `Rat`), or that its fuller sibling rendering has
 * (`law enforcement authorities`) — each context
 * followed directly by a content word becomes the rendering with that word,
 * so a different head noun shows as a rendering of its own while an ellipsis
 * (`law enforcement and other authorities`) stays as it was.
 */
/** Smallest word-translation probability that makes a following word part of the term's rendering. */
const LEXICON_SUPPORT = 0.05;

function splitShortened(alignment: Alignment, term: Term, lang: LanguageData): Rendering[] {
  const renderings = term.renderings;
  // Words of the source term, to ask the alignment's word-translation table about a following word.
  const sourceWords = [...new Set([term.source, ...term.sourceVariants].flatMap((v) => words(v).map((w) => w.lower)))];
  const translates = (word: string): boolean => sourceWords.some((w) => (alignment.lexicon.get(w)?.get(word.toLowerCase()) ?? 0) >= LEXICON_SUPPORT);
  const ref = [...renderings].sort((a, b) => b.count - a.count || contentStems(b.term, lang).length - contentStems(a.term, lang).length)[0];
  if (!ref) return renderings;
  const full = new Set(contentStems(ref.term, lang));
  const out: Rendering[] = [];
  const nextWord = (c: TermContext): { word: string; end: number } | undefined => {
    if (!c.tgt) return undefined;
    const m = /^[ \u00a0-]+(\p{L}[\p{L}\p{N}'’-]*)/u.exec(alignment.target.text.slice(c.tgt.end, c.tgt.end + 60));
    if (!m || isStopWord(m[1]!, lang)) return undefined;
    return { word: m[1]!, end: c.tgt.end + m[0].length };
  };
  const prevWord = (c: TermContext): { word: string; start: number } | undefined => {
    if (!c.tgt) return undefined;
    const from = Math.max(0, c.tgt.start - 60);
    const m = /(\p{L}[\p{L}\p{N}'’-]*)[ \u00a0]+$/u.exec(alignment.target.text.slice(from, c.tgt.start));
    if (!m || isStopWord(m[1]!, lang) || contentStems(m[1]!, lang).length === 0) return undefined;
    return { word: m[1]!, start: from + m.index };
  };
  for (const r0 of renderings) {
    const r = completeLeft(r0, full, prevWord, alignment, lang);
    const mine = new Set(contentStems(r.term, lang));
    const established = new Set<string>();
    if (mine.size > 0 && mine.size < full.size && [...mine].every((x) => full.has(x))) for (const x of full) if (!mine.has(x)) established.add(x);
    const seen = new Map<string, number>();
    const seenWords = new Map<string, string[]>();
    for (const c of r.contexts) {
      const n = nextWord(c);
      if (!n) continue;
      const st = stem(n.word.toLowerCase(), lang);
      seen.set(st, (seen.get(st) ?? 0) + 1);
      seenWords.set(st, [...(seenWords.get(st) ?? []), n.word]);
    }
    for (const [x, k] of seen) if (k >= 2 && k * 3 >= r.contexts.length && seenWords.get(x)!.some(translates)) established.add(x);
    if (established.size === 0 || mine.size === 0) {
      out.push(r);
      continue;
    }
    const shortened = [...full].some((x) => !mine.has(x)) && [...mine].every((x) => full.has(x));
    const keep: TermContext[] = [];
    const moved = new Map<string, Rendering>();
    const move = (c: TermContext, start: number, end: number): void => {
      const term = alignment.target.text.slice(start, end).replace(/\s+/g, ' ');
      const key = termKey(term, lang);
      const nr = moved.get(key) ?? { term, variants: [term], count: 0, contexts: [] };
      nr.count++;
      nr.contexts.push({ ...c, tgt: { start, end } });
      moved.set(key, nr);
    };
    for (const c of r.contexts) {
      const n = nextWord(c);
      if (n && !mine.has(stem(n.word.toLowerCase(), lang))) {
        move(c, c.tgt!.start, n.end);
        continue;
      }
      // English-like modifiers come first: `non-EU countries` where the full rendering is `third countries`.
      // (Not inside a capitalised title: `Punish` before `Trafficking` in `… Suppress and Punish Trafficking in Persons` is no modifier.)
      const p = shortened && !titleWord(alignment.target.text, c.tgt!.start) ? prevWord(c) : undefined;
      if (p && !mine.has(stem(p.word.toLowerCase(), lang))) {
        move(c, p.start, c.tgt!.end);
        continue;
      }
      keep.push(c);
    }
    if (moved.size === 0) {
      out.push(r);
      continue;
    }
    const movedCount = [...moved.values()].reduce((a, x) => a + x.count, 0);
    if (keep.length > 0) out.push({ ...r, count: Math.max(1, r.count - movedCount), contexts: keep });
    out.push(...moved.values());
  }
  return out;
}

/**
 * A minority rendering that the termbase cut short on the left: the words of
 * the majority rendering it lacks stand right before it in the target
 * (`sexual` + `abuse material` in `child sexual abuse material`, `sexual` +
 * `abuse` in `sexual abuse online`). Those contexts are widened to take the
 * missing words in, so the rendering shows with the majority's words (a
 * variant) instead of as a different rendering.
 */
function completeLeft(
  r: Rendering,
  full: ReadonlySet<string>,
  prevWord: (c: TermContext) => { word: string; start: number } | undefined,
  alignment: Alignment,
  lang: LanguageData,
): Rendering {
  const mine = new Set(contentStems(r.term, lang));
  if (mine.size === 0 || [...full].every((x) => mine.has(x))) return r;
  let changed = false;
  const contexts = r.contexts.map((c) => {
    if (!c.tgt) return c;
    let start = c.tgt.start;
    const have = new Set(mine);
    for (;;) {
      const p = prevWord({ ...c, tgt: { start, end: c.tgt.end } });
      const st = p ? stem(p.word.toLowerCase(), lang) : undefined;
      if (!p || st === undefined || !full.has(st) || have.has(st)) break;
      have.add(st);
      start = p.start;
    }
    if (start === c.tgt.start) return c;
    changed = true;
    return { ...c, tgt: { start, end: c.tgt.end } };
  });
  if (!changed) return r;
  // Widened and unchanged contexts part: the widened ones form the rendering with the missing words.
  const text = (c: TermContext): string => alignment.target.text.slice(c.tgt!.start, c.tgt!.end).replace(/\s+/g, ' ');
  const first = contexts.find((c, i) => c !== r.contexts[i])!;
  const term = text(first);
  if (contexts.every((c, i) => c !== r.contexts[i])) return { ...r, term, variants: [term, ...r.variants.filter((v) => v !== term)], contexts };
  // Mixed: keep the rendering as it was (a split would need two renderings; rare).
  return r;
}

/** True when the word starting at `start` is capitalised in the middle of a sentence and so is the word before it (a title). */
function titleWord(text: string, start: number): boolean {
  if (!/^\p{Lu}/u.test(text.slice(start, start + 1))) return false;
  const m = /(\p{L}[\p{L}\p{N}'’-]*)([^\p{L}\p{N}]*)$/u.exec(text.slice(Math.max(0, start - 60), start));
  return m !== null && /^\p{Lu}/u.test(m[1]!) && !/[.!?:;]/u.test(m[2]!);
}

/**
 * Whether a minority rendering of `term` in one context is really the
 * rendering of ANOTHER term present in the same sentence link (a mis-pairing
 * of the termbase, e.g. `child` for `Bekämpfung` where `Kindern` → `children`
 * stands in the same sentence): its words are all within that other term's
 * established (majority, used at least twice) rendering. Such contexts are
 * not counted as a second rendering.
 */
function explainer(alignment: Alignment, tb: Termbase, ctx: CheckContext): (term: Term, r: Rendering, c: TermContext) => boolean {
  const lang = ctx.tgtLang;
  const majority = new Map<Term, { r: Rendering; stems: Set<string> }>();
  const atLink = new Map<string, Set<Term>>();
  for (const t of tb.terms) {
    const top = [...t.renderings].sort((a, b) => b.count - a.count)[0];
    if (top && top.count >= 2) majority.set(t, { r: top, stems: new Set(contentStems(top.term, lang)) });
    for (const r of t.renderings) for (const c of r.contexts) atLink.set(c.link, (atLink.get(c.link) ?? new Set()).add(t));
  }
  const byId = new Map(alignment.sentences.map((s) => [s.id, s]));
  const present = (other: Term, link: string): boolean => {
    if (atLink.get(link)?.has(other)) return true;
    const s = byId.get(link);
    if (!s) return false;
    const text = s.src.map((i) => alignment.source.segments[i]?.text ?? '').join(' ');
    return [other.source, ...other.sourceVariants].some((v) => findTerm(text, v, ctx.srcLang).length > 0);
  };
  return (term, r, c) => {
    const own = majority.get(term);
    if (!own || termKey(own.r.term, lang) === termKey(r.term, lang)) return false;
    const words = new Set(contentStems(r.term, lang));
    if (words.size === 0) return false;
    for (const [other, m] of majority) {
      if (other === term || ![...words].every((w) => m.stems.has(w))) continue;
      if (present(other, c.link)) return true;
    }
    return false;
  };
}

/** Label of the pseudo-rendering for occurrences rendered in none of the known ways. */
export const OTHER_RENDERING = '…';

/**
 * Occurrences of the source term (found with the inflection- and
 * compound-aware matcher) in sentence links that no rendering accounts for:
 * the termbase knows the term's renderings, but the linked target sentence
 * holds none of them. Such an occurrence was rendered in yet another way (or
 * left out). Only looked for when the known renderings are established
 * (one used at least three times), so that free paraphrase of rare terms is
 * not reported, and only when they are few (at most a third of the majority
 * rendering's count: more means the termbase missed a rendering); returned as
 * one pseudo-rendering `…` with its links. Whole words only, no compounds.
 */
/** Sentence links by the stems of the words on their source side. */
function sourceIndex(alignment: Alignment, lang: LanguageData): Map<string, Set<number>> {
  const index = new Map<string, Set<number>>();
  alignment.sentences.forEach((link, i) => {
    for (const si of link.src) {
      for (const w of words(alignment.source.segments[si]?.text ?? '')) {
        const st = stem(w.lower, lang);
        let set = index.get(st);
        if (!set) index.set(st, (set = new Set()));
        set.add(i);
      }
    }
  });
  return index;
}

function unaccounted(alignment: Alignment, term: Term, ms: Merged[], ctx: CheckContext, index: Map<string, Set<number>>): Merged[] {
  if (ms.length === 0) return [];
  // The established family: the majority rendering and its variants (fewer or the same content words).
  const family = ms.filter((m) => m === ms[0] || classifyRendering(m, [ms[0]!], ctx.tgtLang) === 'variant');
  const familyCount = family.reduce((a, m) => a + m.count, 0);
  if (familyCount < 3) return [];
  const full = family.map((m) => new Set(contentStems(m.term, ctx.tgtLang)));
  const covered = new Set(ms.flatMap((m) => m.links));
  const sources = [...new Set([term.source, ...term.sourceVariants])].map((s) => compileTerm(s, ctx.srcLang));
  const renderings = term.renderings.flatMap((r) => [...new Set([r.term, ...r.variants])]).map((r) => compileTerm(r, ctx.tgtLang));
  const out: Merged = { term: OTHER_RENDERING, key: OTHER_RENDERING, count: 0, links: [], srcSpans: [], tgtSpans: [] };
  const named = new Map<string, Merged>();
  // Only links whose source has the first word of some source form (whole words: see below).
  const candidates = new Set<number>();
  for (const c of sources) for (const i of index.get(c.words[0]?.stem ?? '') ?? []) candidates.add(i);
  for (const li of [...candidates].sort((a, b) => a - b)) {
    const link = alignment.sentences[li]!;
    if (covered.has(link.id) || link.src.length === 0) continue;
    const hits: Span[] = [];
    for (const si of link.src) {
      const seg = alignment.source.segments[si];
      if (!seg) continue;
      for (const c of sources) for (const sp of findTerm(seg.text, c, ctx.srcLang, { compounds: false })) hits.push({ start: segmentOffset(alignment.source, seg, sp.start), end: segmentOffset(alignment.source, seg, sp.end) });
    }
    if (hits.length === 0) continue;
    let extended: { text: string; span: Span } | undefined;
    const rendered = link.tgt.some((ti) => {
      const seg = alignment.target.segments[ti];
      if (seg === undefined) return false;
      return renderings.some((r) =>
        findTerm(seg.text, r, ctx.tgtLang).some((sp) => {
          // A shortened rendering followed by a content word that no full rendering has is a different
          // term (`law enforcement` + `agencies` where the full rendering is `law enforcement authorities`).
          const next = words(seg.text).find((w) => w.start >= sp.end);
          const gap = next ? seg.text.slice(sp.end, next.start) : '';
          const mine = new Set(contentStems(r.term, ctx.tgtLang));
          const longer = full.filter((f) => [...mine].every((x) => f.has(x)) && f.size > mine.size);
          if (next && /^[ \u00a0-]*$/.test(gap) && !isStopWord(next.lower, ctx.tgtLang) && longer.length > 0 && !longer.some((f) => f.has(stem(next.lower, ctx.tgtLang)))) {
            const span = { start: segmentOffset(alignment.target, seg, sp.start), end: segmentOffset(alignment.target, seg, next.end) };
            extended = { text: seg.text.slice(sp.start, next.end), span };
            return false;
          }
          return true;
        }),
      );
    });
    if (rendered) continue;
    const bucket = extended ? namedBucket(named, extended.text, ctx.tgtLang) : out;
    bucket.count += hits.length;
    bucket.links.push(link.id);
    bucket.srcSpans.push(...hits);
    if (extended) bucket.tgtSpans.push(extended.span);
  }
  // Many unaccounted occurrences mean the termbase is incomplete, not that the translator slipped.
  const found = [...named.values(), ...(out.count > 0 ? [out] : [])];
  const total = found.reduce((a, m) => a + m.count, 0);
  return total > 0 && total * 3 <= familyCount ? found : [];
}

function namedBucket(named: Map<string, Merged>, text: string, lang: LanguageData): Merged {
  const key = termKey(text, lang);
  let m = named.get(key);
  if (!m) named.set(key, (m = { term: text, key, count: 0, links: [], srcSpans: [], tgtSpans: [] }));
  return m;
}

/** One target term standing for two or more unrelated source terms. */
function reverse(alignment: Alignment, ctx: CheckContext, byId: Map<string, SentenceLink>, explained: (term: Term, r: Rendering, c: TermContext) => boolean): Flag[] {
  const tb = ctx.termbase!;
  const byTarget = new Map<string, { target: string; entries: { term: Term; r: Merged }[] }>();
  for (const term of tb.terms) {
    for (const r of merge(term.renderings, ctx.tgtLang, (x, c) => !explained(term, x, c))) {
      if (contentStems(r.term, ctx.tgtLang).length === 0) continue;
      let g = byTarget.get(r.key);
      if (!g) {
        g = { target: r.term, entries: [] };
        byTarget.set(r.key, g);
      }
      g.entries.push({ term, r });
    }
  }
  const flags: Flag[] = [];
  for (const g of byTarget.values()) {
    // Source terms that are variants of each other (`Darstellungen von sexuellem Missbrauch` within `… von Kindern`) count once.
    const distinct: { term: Term; r: Merged }[] = [];
    for (const e of g.entries.sort((a, b) => b.r.count - a.r.count)) {
      const k = termKey(e.term.source, ctx.srcLang);
      if (distinct.some((d) => termKey(d.term.source, ctx.srcLang) === k)) continue;
      distinct.push(e);
    }
    if (distinct.length < 2) continue;
    const unrelated = distinct.some((a, i) => distinct.some((b, j) => j > i && !contentSubsumes(a.term.source, b.term.source, ctx.srcLang) && !sameContent(a.term.source, b.term.source, ctx.srcLang) && !compoundRelated(a.term.source, b.term.source, ctx.srcLang) && !linkedCompound(a.term.source, b.term.source, ctx.srcLang)));
    const links = distinct.flatMap((d) => d.r.links);
    flags.push(
      makeFlag(ctx, {
        type: 'term-inconsistency',
        severity: unrelated && distinct.every((d) => d.r.count >= 2) ? 'warning' : 'info',
        key: 'term.reverse',
        params: {
          target: g.target,
          count: distinct.length,
          sources: distinct.map((d) => `${d.term.source} ×${d.r.count} (${[...new Set(d.r.links)].join(', ')})`),
          list: distinct.map((d) => ({ term: d.term.source, count: d.r.count, links: [...new Set(d.r.links)] })),
        },
        source: sideOf(alignment.source, segmentsFor(alignment, links, 'src', byId), distinct.flatMap((d) => d.r.srcSpans)),
        target: sideOf(alignment.target, segmentsFor(alignment, links, 'tgt', byId), distinct.flatMap((d) => d.r.tgtSpans)),
        links,
        idParts: ['reverse', termKey(g.target, ctx.tgtLang), ...distinct.map((d) => termKey(d.term.source, ctx.srcLang)).sort()],
      }),
    );
  }
  return flags;
}

/**
 * Two source terms where a word of one is the first part of a closed compound
 * in the other, joined by a linking element (`Kind` + `es` + `alter`:
 * `Kindern` / `Kindesalter`): related even when the part is shorter than the
 * matcher's compound parts, because the linker marks the boundary.
 */
function linkedCompound(a: string, b: string, lang: LanguageData): boolean {
  if (!lang.termMatch.closedCompounds) return false;
  const sa = contentStems(a, lang);
  const sb = contentStems(b, lang);
  const rel = (x: string, y: string): boolean => x.length >= 3 && y.length - x.length >= 5 && lang.termMatch.linkers.some((l) => y.startsWith(x + l));
  return sa.some((x) => sb.some((y) => rel(x, y) || rel(y, x)));
}
