/**
 * Check 6: omissions and additions.
 *
 * - Paragraph links with nothing on one side (1-0, 0-1): a block omitted or
 *   added (error for body text, warning for headings, info for page furniture).
 * - Paragraph links joining different numbers of blocks (2-1, 1-2): blocks
 *   merged or split (warning).
 * - Sentence links with nothing on one side inside paragraphs that are
 *   linked: a sentence omitted or added (error from five words, else warning).
 * - Length-ratio outliers: a 1-1 paragraph link whose length ratio is far
 *   from the document's own ratio (warning).
 * - Labels out of order: numbered paragraphs, lettered items or footnotes
 *   whose labels do not increase on one side while they do on the other, and
 *   links whose two sides carry different labels (warning).
 */
import type { Alignment, Block, BlockKind, Document, Flag, Severity } from '../types.js';
import { type CheckContext, makeFlag, segmentsOfBlocks, sideOf, textOfSegments } from './flag.js';
import { words } from './match.js';

/** Options of the omission check (all have defaults). */
export interface OmissionOptions {
  /** Shortest paragraph (characters, both sides) whose length ratio is judged. Default 80. */
  minRatioChars?: number;
  /** Smallest factor between a paragraph's ratio and the document's that is flagged. Default 1.6. */
  ratioFactor?: number;
  /** Robust z-score (log ratio, median and MAD) above which a ratio is an outlier. Default 3.5. */
  ratioZ?: number;
}

const EXCERPT = 120;
const excerpt = (s: string): string => (s.length > EXCERPT ? s.slice(0, EXCERPT - 1).trimEnd() + '…' : s);

function blockSeverity(kind: BlockKind | undefined): Severity {
  if (kind === 'header') return 'info';
  if (kind === 'heading') return 'warning';
  return 'error';
}

function worst(a: Severity, b: Severity): Severity {
  const rank: Record<Severity, number> = { error: 2, warning: 1, info: 0 };
  return rank[a] >= rank[b] ? a : b;
}

/** A block's label, or for an unlabelled block the start of its text in quotes. */
const blockName = (doc: Document, b: number): string => {
  const block = doc.blocks[b];
  if (!block) return '?';
  if (block.label) return block.label;
  const text = textOfSegments(doc, block.segments).replace(/\s+/g, ' ').trim();
  return `“${text.length > 40 ? text.slice(0, 39).trimEnd() + '…' : text}”`;
};

/** Check 6: omitted, added, merged and reordered blocks and sentences, and length-ratio outliers. */
export function checkOmissions(alignment: Alignment, ctx: CheckContext, options: OmissionOptions = {}): Flag[] {
  return [...blockLinks(alignment, ctx), ...sentenceLinks(alignment, ctx), ...lengthRatios(alignment, ctx, options), ...labelOrder(alignment, ctx)];
}

function blockLinks(alignment: Alignment, ctx: CheckContext): Flag[] {
  const { source, target } = alignment;
  const flags: Flag[] = [];
  for (const link of alignment.paragraphs) {
    const oneSided = link.src.length === 0 || link.tgt.length === 0;
    if (oneSided) {
      const omitted = link.tgt.length === 0;
      const doc = omitted ? source : target;
      const blocks = omitted ? link.src : link.tgt;
      if (blocks.length === 0) continue;
      const segs = segmentsOfBlocks(doc, blocks);
      const text = textOfSegments(doc, segs);
      if (text.trim() === '') continue;
      const kinds = blocks.map((b) => doc.blocks[b]?.kind);
      const severity = kinds.map(blockSeverity).reduce(worst, 'info');
      const labels = blocks.map((b) => blockName(doc, b));
      const side = sideOf(doc, segs, blocks.map((b) => doc.blocks[b]!.span));
      const empty = sideOf(omitted ? target : source, [], []);
      flags.push(
        makeFlag(ctx, {
          type: omitted ? 'omission' : 'addition',
          severity,
          key: omitted ? 'omission.block' : 'addition.block',
          params: { count: blocks.length, kind: kinds[0] ?? 'paragraph', labels, text: excerpt(text) },
          source: omitted ? side : empty,
          target: omitted ? empty : side,
          links: [link.id],
          idParts: [...labels, text.normalize('NFC').replace(/\s+/g, ' ').slice(0, 200)],
        }),
      );
      continue;
    }
    if (link.src.length !== link.tgt.length) {
      const src = link.src.map((b) => blockName(source, b));
      const tgt = link.tgt.map((b) => blockName(target, b));
      flags.push(
        makeFlag(ctx, {
          type: 'merge',
          severity: 'warning',
          key: 'merge.blocks',
          params: { count: link.src.length, tgtCount: link.tgt.length, src, tgt },
          source: sideOf(source, segmentsOfBlocks(source, link.src), [], link.labels.src),
          target: sideOf(target, segmentsOfBlocks(target, link.tgt), [], link.labels.tgt),
          links: [link.id],
          idParts: [src.join(','), tgt.join(','), textOfSegments(source, segmentsOfBlocks(source, link.src)).slice(0, 80)],
        }),
      );
    }
  }
  return flags;
}

function sentenceLinks(alignment: Alignment, ctx: CheckContext): Flag[] {
  const { source, target } = alignment;
  const flags: Flag[] = [];
  for (const s of alignment.sentences) {
    const para = alignment.paragraphs[s.paragraph];
    // Whole blocks missing are reported once, at block level.
    if (!para || para.src.length === 0 || para.tgt.length === 0) continue;
    if (s.src.length > 0 && s.tgt.length > 0) continue;
    const omitted = s.tgt.length === 0;
    const doc = omitted ? source : target;
    const segs = omitted ? s.src : s.tgt;
    if (segs.length === 0) continue;
    const text = textOfSegments(doc, segs);
    const n = words(text).length;
    if (n === 0) continue;
    const side = sideOf(doc, segs, segs.map((i) => doc.segments[i]!.span));
    const other = sideOf(omitted ? target : source, omitted ? para.tgt.flatMap((b) => target.blocks[b]?.segments ?? []) : para.src.flatMap((b) => source.blocks[b]?.segments ?? []), []);
    flags.push(
      makeFlag(ctx, {
        type: omitted ? 'omission' : 'addition',
        severity: n >= 5 ? 'error' : 'warning',
        key: omitted ? 'omission.sentence' : 'addition.sentence',
        params: { count: segs.length, text: excerpt(text) },
        source: omitted ? side : other,
        target: omitted ? other : side,
        links: [s.id],
        idParts: [text.normalize('NFC').replace(/\s+/g, ' ')],
      }),
    );
  }
  return flags;
}

const BODY: ReadonlySet<BlockKind | undefined> = new Set<BlockKind | undefined>(['paragraph', 'item', 'footnote', 'heading']);

function lengthRatios(alignment: Alignment, ctx: CheckContext, options: OmissionOptions): Flag[] {
  const { source, target } = alignment;
  const minChars = options.minRatioChars ?? 80;
  const factor = options.ratioFactor ?? 1.6;
  const zLimit = options.ratioZ ?? 3.5;
  const rows: { link: (typeof alignment.paragraphs)[number]; ls: number; lt: number; lr: number }[] = [];
  for (const link of alignment.paragraphs) {
    if (link.src.length === 0 || link.tgt.length === 0) continue;
    if (!link.src.every((b) => BODY.has(source.blocks[b]?.kind)) || !link.tgt.every((b) => BODY.has(target.blocks[b]?.kind))) continue;
    const ls = textOfSegments(source, segmentsOfBlocks(source, link.src)).length;
    const lt = textOfSegments(target, segmentsOfBlocks(target, link.tgt)).length;
    if (ls === 0 || lt === 0) continue;
    rows.push({ link, ls, lt, lr: Math.log(lt / ls) });
  }
  if (rows.length < 5) return [];
  const median = (xs: number[]): number => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  };
  const totalS = rows.reduce((a, r) => a + r.ls, 0);
  const totalT = rows.reduce((a, r) => a + r.lt, 0);
  const center = Math.log(totalT / totalS);
  const mad = median(rows.map((r) => Math.abs(r.lr - center))) * 1.4826 || 0.05;
  const flags: Flag[] = [];
  for (const r of rows) {
    if (Math.max(r.ls, r.lt) < minChars) continue;
    if (r.link.src.length !== r.link.tgt.length) continue; // merged blocks are reported as such
    const dev = r.lr - center;
    if (Math.abs(dev) < Math.log(factor) || Math.abs(dev) / mad < zLimit) continue;
    const src = segmentsOfBlocks(source, r.link.src);
    const tgt = segmentsOfBlocks(target, r.link.tgt);
    flags.push(
      makeFlag(ctx, {
        type: 'length',
        severity: 'warning',
        key: 'length.ratio',
        params: { ratio: (r.lt / r.ls).toFixed(2), expected: Math.exp(center).toFixed(2) },
        source: sideOf(source, src, [], r.link.labels.src),
        target: sideOf(target, tgt, [], r.link.labels.tgt),
        links: [r.link.id],
        idParts: [r.link.labels.src.join(','), textOfSegments(source, src).slice(0, 80), dev > 0 ? 'long' : 'short'],
      }),
    );
  }
  return flags;
}

/** A label split into its series and its position: '7a' → ['7', 1], '12' → ['', 12], 'fn3' → ['fn', 3]. */
export function parseLabel(label: string): { series: string; ordinal: number } | undefined {
  let m = /^(.*?)(\d+)$/.exec(label);
  if (m) return { series: m[1]!, ordinal: Number(m[2]) };
  m = /^(.*?\d)([a-z])$/i.exec(label);
  if (m) return { series: m[1]! + '·', ordinal: m[2]!.toLowerCase().charCodeAt(0) - 96 };
  return undefined;
}

interface OrderBreak {
  block: Block;
  previous: string;
  label: string;
}

/** Places where a label does not follow the previous label of its series by increasing. */
function orderBreaks(doc: Document): OrderBreak[] {
  const last = new Map<string, { ordinal: number; label: string }>();
  const out: OrderBreak[] = [];
  for (const b of doc.blocks) {
    if (!b.label || (b.kind !== 'paragraph' && b.kind !== 'item' && b.kind !== 'footnote')) continue;
    const p = parseLabel(b.label);
    if (!p) continue;
    const key = `${b.kind}:${p.series}`;
    const prev = last.get(key);
    if (prev && p.ordinal <= prev.ordinal) out.push({ block: b, previous: prev.label, label: b.label });
    last.set(key, { ordinal: p.ordinal, label: b.label });
  }
  return out;
}

function labelOrder(alignment: Alignment, ctx: CheckContext): Flag[] {
  const { source, target } = alignment;
  const flags: Flag[] = [];
  const linkOfBlock = (side: 'src' | 'tgt', block: number): string | undefined => alignment.paragraphs.find((l) => l[side].includes(block))?.id;
  const srcBreaks = new Set(orderBreaks(source).map((o) => `${o.previous}>${o.label}`));
  const tgtBreaks = new Set(orderBreaks(target).map((o) => `${o.previous}>${o.label}`));
  for (const [doc, breaks, other, side] of [
    [target, orderBreaks(target), srcBreaks, 'tgt'],
    [source, orderBreaks(source), tgtBreaks, 'src'],
  ] as const) {
    for (const o of breaks) {
      if (other.has(`${o.previous}>${o.label}`)) continue;
      const segs = o.block.segments;
      const here = sideOf(doc, segs, [o.block.span], [o.label]);
      const there = sideOf(doc === target ? source : target, [], []);
      const link = linkOfBlock(side, o.block.index);
      flags.push(
        makeFlag(ctx, {
          type: 'order',
          severity: 'warning',
          key: 'order.labels',
          params: { label: o.label, previous: o.previous, side },
          source: side === 'src' ? here : there,
          target: side === 'tgt' ? here : there,
          links: link ? [link] : [],
          idParts: [side, o.previous, o.label],
        }),
      );
    }
  }
  for (const link of alignment.paragraphs) {
    const { src, tgt } = link.labels;
    if (src.length === 0 || tgt.length === 0) continue;
    if (src.join(',') === tgt.join(',')) continue;
    if (link.src.length !== link.tgt.length) continue; // reported as merged
    flags.push(
      makeFlag(ctx, {
        type: 'order',
        severity: 'warning',
        key: 'order.mismatch',
        params: { src: src.join(', '), tgt: tgt.join(', ') },
        source: sideOf(source, segmentsOfBlocks(source, link.src), [], src),
        target: sideOf(target, segmentsOfBlocks(target, link.tgt), [], tgt),
        links: [link.id],
        idParts: [src.join(','), tgt.join(',')],
      }),
    );
  }
  return flags;
}
