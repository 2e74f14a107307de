/**
 * Hand-built Documents and Alignments for tests of code that consumes them
 * (serialisers, CLI output), independent of the parser and the aligner.
 *
 * A document is given as blocks of sentences; the builder lays the text out
 * (sentences joined by a space, blocks by a blank line), so every span is
 * real and `text.slice(span)` gives the sentence back. Footnote markers are
 * written `^3` in the sentence source and become `<sup>3</sup>` in the text.
 */
import type { Alignment, Block, BlockKind, Document, DocumentFormat, Link, LinkType, Marker, Segment, SentenceLink } from '../../src/types.js';

/** One block for {@link buildDocument}. */
export interface BlockSpec {
  kind?: BlockKind;
  label?: string;
  sentences: string[];
}

/** Build a Document from blocks of sentences (`^N` marks a footnote marker). */
export function buildDocument(lang: string, blocks: BlockSpec[], options: { file?: string; format?: DocumentFormat } = {}): Document {
  let text = '';
  const outBlocks: Block[] = [];
  const segments: Segment[] = [];
  const format = options.format ?? 'plain';
  let line = 0;
  blocks.forEach((b, bi) => {
    if (bi > 0) text += format === 'lines' ? '\n' : '\n\n';
    const blockStart = text.length;
    const segIdx: number[] = [];
    b.sentences.forEach((raw, si) => {
      if (si > 0) text += format === 'lines' ? '\n' : ' ';
      const start = text.length;
      let clean = '';
      const markers: Marker[] = [];
      const re = /\^(\d+)/g;
      let last = 0;
      for (let m = re.exec(raw); m; m = re.exec(raw)) {
        clean += raw.slice(last, m.index);
        text += raw.slice(last, m.index);
        const mStart = text.length;
        text += `<sup>${m[1]}</sup>`;
        markers.push({ label: m[1]!, span: { start: mStart, end: text.length }, at: clean.length });
        last = m.index + m[0].length;
      }
      clean += raw.slice(last);
      text += raw.slice(last);
      const seg: Segment = { index: segments.length, block: bi, ordinal: si + 1, span: { start, end: text.length }, text: clean, markers };
      if (format === 'lines') seg.line = line++;
      segIdx.push(seg.index);
      segments.push(seg);
    });
    const block: Block = { index: bi, kind: b.kind ?? 'paragraph', span: { start: blockStart, end: text.length }, segments: segIdx };
    if (b.label !== undefined) block.label = b.label;
    outBlocks.push(block);
  });
  const doc: Document = { lang, text, format, blocks: outBlocks, segments, warnings: [] };
  if (options.file !== undefined) doc.file = options.file;
  return doc;
}

/** A sentence link for {@link buildAlignment}: segment indices, paragraph link index, confidence. */
export interface SentenceSpec {
  src: number[];
  tgt: number[];
  paragraph: number;
  confidence?: number;
}

/** A paragraph link for {@link buildAlignment}: block indices. */
export interface ParagraphSpec {
  src: number[];
  tgt: number[];
  confidence?: number;
}

function labelsOf(doc: Document, blocks: number[]): string[] {
  return blocks.map((b) => doc.blocks[b]?.label).filter((l): l is string => l !== undefined);
}

function paragraphId(source: Document, target: Document, p: ParagraphSpec, i: number): string {
  const label = labelsOf(source, p.src)[0] ?? labelsOf(target, p.tgt)[0];
  return label !== undefined ? `p${label}` : `b${i + 1}`;
}

/**
 * Build an Alignment from link specs. Ids follow the aligner's scheme:
 * paragraph `p<label>` (or `b<n>`), sentence `<paragraph id>.s<n>`.
 */
export function buildAlignment(source: Document, target: Document, paragraphs: ParagraphSpec[], sentences: SentenceSpec[]): Alignment {
  const pLinks: Link[] = paragraphs.map((p, i) => ({
    id: paragraphId(source, target, p, i),
    src: [...p.src],
    tgt: [...p.tgt],
    type: `${p.src.length}-${p.tgt.length}` as LinkType,
    confidence: p.confidence ?? 0.9,
    labels: { src: labelsOf(source, p.src), tgt: labelsOf(target, p.tgt) },
  }));
  const perParagraph = new Map<number, number>();
  const sLinks: SentenceLink[] = sentences.map((s) => {
    const n = (perParagraph.get(s.paragraph) ?? 0) + 1;
    perParagraph.set(s.paragraph, n);
    const para = pLinks[s.paragraph];
    if (!para) throw new Error(`test fixture: no paragraph link ${s.paragraph}`);
    const srcBlocks = [...new Set(s.src.map((i) => source.segments[i]!.block))];
    const tgtBlocks = [...new Set(s.tgt.map((i) => target.segments[i]!.block))];
    return {
      id: `${para.id}.s${n}`,
      src: [...s.src],
      tgt: [...s.tgt],
      type: `${s.src.length}-${s.tgt.length}` as LinkType,
      confidence: s.confidence ?? 0.8,
      labels: { src: labelsOf(source, srcBlocks), tgt: labelsOf(target, tgtBlocks) },
      paragraph: s.paragraph,
    };
  });
  return { source, target, paragraphs: pLinks, sentences: sLinks, lexicon: new Map(), warnings: [] };
}

/**
 * A small German–English alignment with a 1-1, a 2-1, a 1-0 and a 0-1
 * sentence link, a labelled paragraph with a footnote marker on each side,
 * and a header field.
 */
export function sampleAlignment(): Alignment {
  const de = buildDocument('de', [
    { kind: 'field', label: 'subject', sentences: ['Betr.: Schlussfolgerungen des Rates'] },
    { label: '1', sentences: ['Der Rat begrüßt den Bericht.^3', 'Er stellt fest, dass Fortschritte erzielt wurden.', 'Dies ist wichtig.'] },
    { label: '2', sentences: ['Die Mitgliedstaaten werden ersucht, „Daten“ & <Angaben> zu liefern.', 'Nur im Deutschen.'] },
  ], { file: 'de.md' });
  const en = buildDocument('en', [
    { kind: 'field', label: 'subject', sentences: ['Subject: Council conclusions'] },
    { label: '1', sentences: ['The Council welcomes the report.^3', 'It notes that progress has been made, which is important.'] },
    { label: '2', sentences: ['Member States are invited to supply "data" & <details>.', 'Only in English.'] },
  ], { file: 'en.md' });
  return buildAlignment(de, en, [
    { src: [0], tgt: [0] },
    { src: [1], tgt: [1] },
    { src: [2], tgt: [2] },
  ], [
    { src: [0], tgt: [0], paragraph: 0, confidence: 0.95 },
    { src: [1], tgt: [1], paragraph: 1, confidence: 0.9 },
    { src: [2, 3], tgt: [2], paragraph: 1, confidence: 0.7 },
    { src: [4], tgt: [3], paragraph: 2, confidence: 0.85 },
    { src: [5], tgt: [], paragraph: 2, confidence: 0.3 },
    { src: [], tgt: [4], paragraph: 2, confidence: 0.3 },
  ]);
}

/**
 * Cut two sequences of `nSrc` and `nTgt` units into monotone groups
 * (1-1, 1-0, 0-1, 2-1, 1-2), steered by `choices` (any integers; reused
 * cyclically). Every unit lands in exactly one group.
 */
export function monotoneGroups(nSrc: number, nTgt: number, choices: readonly number[]): { src: number[]; tgt: number[] }[] {
  const shapes: [number, number][] = [[1, 1], [1, 0], [0, 1], [2, 1], [1, 2]];
  const out: { src: number[]; tgt: number[] }[] = [];
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < nSrc || j < nTgt) {
    const c = choices.length > 0 ? Math.abs(choices[k++ % choices.length]!) : 0;
    let [a, b] = shapes[c % shapes.length]!;
    a = Math.min(a, nSrc - i);
    b = Math.min(b, nTgt - j);
    if (a === 0 && b === 0) [a, b] = i < nSrc ? [1, 0] : [0, 1];
    out.push({ src: Array.from({ length: a }, (_, x) => i + x), tgt: Array.from({ length: b }, (_, x) => j + x) });
    i += a;
    j += b;
  }
  return out;
}

/** Build a random-shaped alignment from blocks of sentences and steering choices (for property tests). */
export function alignmentFrom(srcBlocks: string[][], tgtBlocks: string[][], choices: readonly number[], confidences: readonly number[] = [0.5]): Alignment {
  const de = buildDocument('de', srcBlocks.map((s, i) => ({ label: String(i + 1), sentences: s })), { file: 'a.txt' });
  const en = buildDocument('en', tgtBlocks.map((s, i) => ({ label: i % 2 === 0 ? String(i + 1) : undefined, sentences: s }) as BlockSpec), { file: 'b.txt' });
  const conf = (n: number): number => confidences[n % Math.max(1, confidences.length)] ?? 0.5;
  const paragraphs = monotoneGroups(de.blocks.length, en.blocks.length, choices).map((g, n) => ({ ...g, confidence: conf(n) }));
  const sentences = monotoneGroups(de.segments.length, en.segments.length, [...choices].reverse()).map((g, n) => ({
    ...g,
    paragraph: Math.min(n, Math.max(0, paragraphs.length - 1)),
    confidence: conf(n + 1),
  }));
  return buildAlignment(de, en, paragraphs, sentences);
}
