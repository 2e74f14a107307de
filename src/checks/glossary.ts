/**
 * Check 2: glossary compliance.
 *
 * For every approved glossary entry whose source term occurs in a source
 * sentence (inflection- and compound-aware, see match.ts), one of its
 * approved renderings must occur in the linked target sentence (or, failing
 * that, in the linked paragraph): otherwise a warning with the approved
 * rendering as suggestion. A deprecated or forbidden rendering found in the
 * target is an error wherever it stands.
 *
 * Status of a rendering: its own `Rendering.status` when the glossary gives
 * one, else the status of its entry. An
 * entry whose status is deprecated/forbidden lists renderings not to use for
 * its source term; the approved ones then come from the other entries with
 * the same source term.
 */
import type { Alignment, Flag, Rendering, Span, Term, TermStatus, Termbase } from '../types.js';
import { type CheckContext, makeFlag, segmentOffset, segmentsOfBlocks, sideOf } from './flag.js';
import { type CompiledTerm, compileTerm, findTerm, termKey } from './match.js';

const BAD: ReadonlySet<TermStatus> = new Set<TermStatus>(['deprecated', 'forbidden']);

function renderingStatus(r: Rendering, t: Term): TermStatus {
  return r.status ?? t.status;
}

/** One source concept of the glossary, with what to use and what not to use. */
export interface GlossaryEntry {
  source: string;
  sources: CompiledTerm[];
  approved: { term: string; compiled: CompiledTerm[] }[];
  deprecated: { term: string; compiled: CompiledTerm[] }[];
}

/** Group a glossary into entries by source term. */
export function glossaryEntries(glossary: Termbase, ctx: Pick<CheckContext, 'srcLang' | 'tgtLang'>): GlossaryEntry[] {
  const byKey = new Map<string, GlossaryEntry>();
  for (const t of glossary.terms) {
    const key = termKey(t.source, ctx.srcLang);
    if (key === '') continue;
    let e = byKey.get(key);
    if (!e) {
      e = { source: t.source, sources: [], approved: [], deprecated: [] };
      byKey.set(key, e);
    }
    for (const s of new Set([t.source, ...t.sourceVariants])) {
      if (!e.sources.some((c) => c.term === s)) e.sources.push(compileTerm(s, ctx.srcLang));
    }
    for (const r of t.renderings) {
      const bucket = BAD.has(renderingStatus(r, t)) ? e.deprecated : e.approved;
      if (bucket.some((x) => x.term === r.term)) continue;
      bucket.push({ term: r.term, compiled: [...new Set([r.term, ...r.variants])].map((v) => compileTerm(v, ctx.tgtLang)) });
    }
  }
  // A rendering both approved and deprecated (in different entries) counts as approved.
  for (const e of byKey.values()) e.deprecated = e.deprecated.filter((d) => !e.approved.some((a) => termKey(a.term, ctx.tgtLang) === termKey(d.term, ctx.tgtLang)));
  return [...byKey.values()];
}

interface Hit {
  segment: number;
  span: Span;
  text: string;
}

function hitsIn(alignment: Alignment, side: 'source' | 'target', segments: number[], terms: CompiledTerm[], ctx: CheckContext): Hit[] {
  const doc = alignment[side];
  const lang = side === 'source' ? ctx.srcLang : ctx.tgtLang;
  const out: Hit[] = [];
  for (const si of segments) {
    const seg = doc.segments[si];
    if (!seg) continue;
    for (const term of terms) {
      for (const sp of findTerm(seg.text, term, lang)) {
        out.push({ segment: si, span: { start: segmentOffset(doc, seg, sp.start), end: segmentOffset(doc, seg, sp.end) }, text: seg.text.slice(sp.start, sp.end) });
      }
    }
  }
  return out;
}

/** Check 2: approved glossary renderings missing, deprecated renderings used. */
export function checkGlossary(alignment: Alignment, ctx: CheckContext): Flag[] {
  if (!ctx.glossary) return [];
  const entries = glossaryEntries(ctx.glossary, ctx);
  const { source, target } = alignment;
  const flags: Flag[] = [];
  for (const link of alignment.sentences) {
    const para = alignment.paragraphs[link.paragraph];
    for (const e of entries) {
      const srcHits = link.src.length > 0 ? hitsIn(alignment, 'source', link.src, e.sources, ctx) : [];
      const bad = e.deprecated.flatMap((d) => hitsIn(alignment, 'target', link.tgt, d.compiled, ctx).map((h) => ({ ...h, deprecated: d.term })));
      const suggestion = e.approved[0]?.term;
      for (const b of bad) {
        const d: Parameters<typeof makeFlag>[1] = {
          type: 'glossary',
          severity: 'error',
          key: suggestion === undefined ? 'glossary.forbidden' : 'glossary.deprecated',
          params: suggestion === undefined ? { source: e.source, found: b.text } : { source: e.source, found: b.text, approved: suggestion },
          source: sideOf(source, link.src, srcHits.map((h) => h.span)),
          target: sideOf(target, [b.segment], [b.span]),
          links: [link.id],
          idParts: ['deprecated', termKey(e.source, ctx.srcLang), b.deprecated, b.text.toLowerCase(), ...link.labels.src],
        };
        if (suggestion !== undefined) d.suggestion = suggestion;
        flags.push(makeFlag(ctx, d));
      }
      if (srcHits.length === 0 || e.approved.length === 0 || link.tgt.length === 0 || bad.length > 0) continue;
      const approved = e.approved.flatMap((a) => a.compiled);
      if (hitsIn(alignment, 'target', link.tgt, approved, ctx).length > 0) continue;
      const paraTgt = para ? segmentsOfBlocks(target, para.tgt) : [];
      if (hitsIn(alignment, 'target', paraTgt, approved, ctx).length > 0) continue;
      flags.push(
        makeFlag(ctx, {
          type: 'glossary',
          severity: 'warning',
          key: 'glossary.missing',
          params: { source: srcHits[0]!.text, approved: e.approved.map((a) => a.term).join(' / ') },
          source: sideOf(source, srcHits.map((h) => h.segment), srcHits.map((h) => h.span)),
          target: sideOf(target, link.tgt, []),
          links: [link.id],
          suggestion: e.approved[0]!.term,
          idParts: ['missing', termKey(e.source, ctx.srcLang), srcHits[0]!.text.toLowerCase(), ...link.labels.src, (source.segments[link.src[0]!]?.text ?? '').slice(0, 60)],
        }),
      );
    }
  }
  return flags;
}
