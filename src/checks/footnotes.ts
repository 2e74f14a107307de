/**
 * Check 4: footnote markers. Every marker (`Segment.markers`) on one side of
 * a paragraph link must be on the other side too: missing in the translation
 * is an error, only in the translation a warning. A marker present in the
 * paragraph but in a different sentence link is reported as info.
 */
import type { Alignment, Document, Flag, Link, Span } from '../types.js';
import { type CheckContext, makeFlag, segmentsOfBlocks, sideOf } from './flag.js';

interface MarkerAt {
  label: string;
  segment: number;
  span: Span;
}

function markersOf(doc: Document, segments: number[]): MarkerAt[] {
  const out: MarkerAt[] = [];
  for (const s of segments) {
    for (const m of doc.segments[s]?.markers ?? []) out.push({ label: m.label, segment: s, span: m.span });
  }
  return out;
}

/** Multiset difference by label, keeping a's entries. */
function minus(a: MarkerAt[], b: MarkerAt[]): MarkerAt[] {
  const left = new Map<string, number>();
  for (const m of b) left.set(m.label, (left.get(m.label) ?? 0) + 1);
  return a.filter((m) => {
    const n = left.get(m.label) ?? 0;
    if (n > 0) {
      left.set(m.label, n - 1);
      return false;
    }
    return true;
  });
}

const labelList = (ms: MarkerAt[]): string[] => ms.map((m) => m.label);

/** Check 4: footnote markers missing, added or moved between linked paragraphs and sentences. */
export function checkFootnotes(alignment: Alignment, ctx: CheckContext): Flag[] {
  const { source, target } = alignment;
  const flags: Flag[] = [];
  alignment.paragraphs.forEach((link, pi) => {
    if (link.src.length === 0 || link.tgt.length === 0) return;
    const srcSegs = segmentsOfBlocks(source, link.src);
    const tgtSegs = segmentsOfBlocks(target, link.tgt);
    const src = markersOf(source, srcSegs);
    const tgt = markersOf(target, tgtSegs);
    const missing = minus(src, tgt);
    const added = minus(tgt, src);
    if (missing.length > 0) {
      flags.push(
        makeFlag(ctx, {
          type: 'footnote',
          severity: 'error',
          key: 'footnote.missing',
          params: { count: missing.length, labels: labelList(missing) },
          source: sideOf(source, missing.map((m) => m.segment), missing.map((m) => m.span), link.labels.src),
          target: sideOf(target, tgtSegs, [], link.labels.tgt),
          links: [link.id],
          idParts: ['missing', ...labelList(missing), ...link.labels.src],
        }),
      );
    }
    if (added.length > 0) {
      flags.push(
        makeFlag(ctx, {
          type: 'footnote',
          severity: 'warning',
          key: 'footnote.added',
          params: { count: added.length, labels: labelList(added) },
          source: sideOf(source, srcSegs, [], link.labels.src),
          target: sideOf(target, added.map((m) => m.segment), added.map((m) => m.span), link.labels.tgt),
          links: [link.id],
          idParts: ['added', ...labelList(added), ...link.labels.tgt],
        }),
      );
    }
    flags.push(...movedWithin(alignment, link, pi, ctx, new Set([...labelList(missing), ...labelList(added)])));
  });
  return flags;
}

/** Markers that both paragraphs have but that sit in different sentence links. */
function movedWithin(alignment: Alignment, link: Link, pi: number, ctx: CheckContext, skip: Set<string>): Flag[] {
  const { source, target } = alignment;
  const moved: { src: MarkerAt; tgt: MarkerAt[]; links: string[] }[] = [];
  const sentences = alignment.sentences.filter((s) => s.paragraph === pi);
  for (const s of sentences) {
    const src = markersOf(source, s.src).filter((m) => !skip.has(m.label));
    const tgt = markersOf(target, s.tgt).filter((m) => !skip.has(m.label));
    for (const m of minus(src, tgt)) {
      const elsewhere = sentences.filter((o) => o !== s && markersOf(target, o.tgt).some((x) => x.label === m.label));
      if (elsewhere.length === 0) continue;
      moved.push({ src: m, tgt: elsewhere.flatMap((o) => markersOf(target, o.tgt).filter((x) => x.label === m.label)), links: [s.id, ...elsewhere.map((o) => o.id)] });
    }
  }
  if (moved.length === 0) return [];
  return [
    makeFlag(ctx, {
      type: 'footnote',
      severity: 'info',
      key: 'footnote.moved',
      params: { count: moved.length, labels: moved.map((m) => m.src.label) },
      source: sideOf(source, moved.map((m) => m.src.segment), moved.map((m) => m.src.span), link.labels.src),
      target: sideOf(target, moved.flatMap((m) => m.tgt.map((x) => x.segment)), moved.flatMap((m) => m.tgt.map((x) => x.span)), link.labels.tgt),
      links: moved.flatMap((m) => m.links),
      idParts: ['moved', ...moved.map((m) => m.src.label), ...link.labels.src],
    }),
  ];
}
