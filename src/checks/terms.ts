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
import type { Alignment, Flag, Rendering, SentenceLink, Severity, Span, Term, TermContext, Termbase } from '../types.js';
import { type CheckContext, makeFlag, sideOf } from './flag.js';
import { compileTerm, contentStems, contentSubsumes, findTerm, sameContent, stem, termKey, words } from './match.js';
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
  return [...by.values()].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
}

/**
 * Classify rendering `r` against the other renderings of the same source term
 * (see the module comment).
 */
export function classifyRendering(r: { term: string; count: number }, others: { term: string; count: number }[], lang: LanguageData): RenderingClass {
  if (r.term === OTHER_RENDERING) return r.count >= 2 && others.some((o) => o.count >= 2) ? 'established' : 'slip';
  if (others.some((o) => sameContent(r.term, o.term, lang) || contentSubsumes(r.term, o.term, lang))) return 'variant';
  if (contentStems(r.term, lang).length === 0) return 'variant';
  if (r.count >= 2 && others.some((o) => o.count >= 2)) return 'established';
  return 'slip';
}

function segmentsFor(alignment: Alignment, linkIds: string[], side: 'src' | 'tgt', byId: Map<string, SentenceLink>): number[] {
  return linkIds.flatMap((id) => byId.get(id)?.[side] ?? []);
}

const describeRenderings = (ms: Merged[]): string[] => ms.map((m) => `${m.term} ×${m.count} (${[...new Set(m.links)].join(', ')})`);

/** Check 1: a source term rendered in several ways, and a target term for several source terms. */
export function checkTermInconsistency(alignment: Alignment, ctx: CheckContext): Flag[] {
  const tb = ctx.termbase;
  if (!tb) return [];
  const byId = new Map(alignment.sentences.map((s) => [s.id, s]));
  const flags: Flag[] = [];
  const explained = explainer(alignment, tb, ctx);
  const index = sourceIndex(alignment, ctx.srcLang);
  for (const term of tb.terms) {
    const ms = merge(term.renderings, ctx.tgtLang, (r, c) => !explained(term, r, c));
    const other = unaccounted(alignment, term, ms, ctx, index);
    if (other) ms.push(other);
    ms.sort((a, b) => b.count - a.count || (a.term === OTHER_RENDERING ? 1 : b.term === OTHER_RENDERING ? -1 : a.term.localeCompare(b.term)));
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
        renderings: describeRenderings(ms),
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

function unaccounted(alignment: Alignment, term: Term, ms: Merged[], ctx: CheckContext, index: Map<string, Set<number>>): Merged | undefined {
  if (ms.length === 0 || ms[0]!.count < 3) return undefined;
  const covered = new Set(ms.flatMap((m) => m.links));
  const sources = [...new Set([term.source, ...term.sourceVariants])].map((s) => compileTerm(s, ctx.srcLang));
  const renderings = term.renderings.flatMap((r) => [...new Set([r.term, ...r.variants])]).map((r) => compileTerm(r, ctx.tgtLang));
  const out: Merged = { term: OTHER_RENDERING, key: OTHER_RENDERING, count: 0, links: [], srcSpans: [], tgtSpans: [] };
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
    const rendered = link.tgt.some((ti) => {
      const seg = alignment.target.segments[ti];
      return seg !== undefined && renderings.some((r) => findTerm(seg.text, r, ctx.tgtLang).length > 0);
    });
    if (rendered) continue;
    out.count += hits.length;
    out.links.push(link.id);
    out.srcSpans.push(...hits);
  }
  // Many unaccounted occurrences mean the termbase is incomplete, not that the translator slipped.
  return out.count > 0 && out.count * 3 <= ms[0]!.count ? out : undefined;
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
    const unrelated = distinct.some((a, i) => distinct.some((b, j) => j > i && !contentSubsumes(a.term.source, b.term.source, ctx.srcLang) && !sameContent(a.term.source, b.term.source, ctx.srcLang)));
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
