/**
 * Assembling a Document: blocks are added in document order with the raw ranges of their
 * content; segments (sentences or whole pieces) are derived here, with the clean text always
 * computed from the segment's own span so that `cleanInline` reproduces it exactly.
 */
import type { LanguageData } from '../lang/types.js';
import { monthNumber } from '../lang/months.js';
import type { Block, BlockKind, Document, DocumentFormat, Segment, Span, Warning } from '../types.js';
import { cleanRange } from './inline.js';
import { sentenceSpans } from './sentences.js';

/** A raw range of block content and how to cut it into segments. */
export interface Piece {
  from: number;
  to: number;
  /** `true`: split into sentences; `false`: one segment. */
  split: boolean;
  /** 0-based input line, for `lines` input. */
  line?: number;
}

/**
 * Whether a leading `N.` at `at` is a date (`27. September`, with `ordinalDot` languages) rather
 * than a paragraph number.
 */
export function isDateNumber(text: string, at: number, data: LanguageData): boolean {
  if (!data.ordinalDot) return false;
  const m = /^\d{1,2}\.[ \t\u00a0]+(\p{L}+)/u.exec(text.slice(at, at + 40));
  return m !== null && monthNumber(data, m[1]!) > 0;
}

/** Collects blocks and segments for one document. */
export class DocumentBuilder {
  readonly blocks: Block[] = [];
  readonly segments: Segment[] = [];
  readonly warnings: Warning[] = [];
  private readonly labels = new Map<string, number>();

  constructor(
    readonly text: string,
    readonly format: DocumentFormat,
    readonly data: LanguageData,
    readonly file: string | undefined,
  ) {}

  warn(code: string, message: string): void {
    this.warnings.push(this.file === undefined ? { code, message } : { code, message: `${this.file}: ${message}`, file: this.file });
  }

  /**
   * Add a block unless its pieces hold no text. `span` is the block's raw extent (labels and
   * list marks included). Returns the block index, or -1 when nothing was added.
   */
  addBlock(kind: BlockKind, label: string | undefined, span: Span, pieces: readonly Piece[]): number {
    const index = this.blocks.length;
    const segs: number[] = [];
    for (const piece of pieces) {
      for (const seg of this.segmentsOf(piece)) {
        const s: Segment = {
          index: this.segments.length,
          block: index,
          ordinal: segs.length + 1,
          span: seg.span,
          text: seg.text,
          markers: seg.markers,
        };
        if (piece.line !== undefined) s.line = piece.line;
        segs.push(s.index);
        this.segments.push(s);
      }
    }
    if (segs.length === 0) return -1;
    const block: Block = { index, kind, span, segments: segs };
    if (label !== undefined) {
      block.label = label;
      const seen = this.labels.get(`${kind}:${label}`);
      if (seen !== undefined) {
        this.warn('W_DUP_LABEL', `${kind} label '${label}' occurs twice (blocks ${seen} and ${index}); the aligner cannot match these by label`);
      } else {
        this.labels.set(`${kind}:${label}`, index);
      }
    }
    this.blocks.push(block);
    return index;
  }

  private *segmentsOf(piece: Piece): Generator<Pick<Segment, 'span' | 'text' | 'markers'>> {
    const c = cleanRange(this.text, piece.from, piece.to, this.format);
    if (c.text === '') return;
    if (!piece.split) {
      yield { span: { start: c.rawStart, end: c.rawEnd }, text: c.text, markers: c.markers };
      return;
    }
    const spans = sentenceSpans(c.text, this.data, c.protect);
    for (let k = 0; k < spans.length; k++) {
      const { start: s, end: e } = spans[k]!;
      const rawStart = s === 0 ? c.rawStart : c.end[s - 1]!;
      const rawEnd = e === c.text.length ? c.rawEnd : c.start[e]!;
      if (this.format === 'plain') {
        // whitespace folding is local: cleaning the sentence's own span gives this very slice
        yield { span: { start: rawStart, end: rawEnd }, text: c.text.slice(s, e), markers: [] };
        continue;
      }
      // markup is not local (a marker or link may sit at the edge): clean the span itself
      const again = cleanRange(this.text, rawStart, rawEnd, this.format);
      yield { span: { start: rawStart, end: rawEnd }, text: again.text, markers: again.markers };
    }
  }

  build(lang: string): Document {
    const doc: Document = { lang, text: this.text, format: this.format, blocks: this.blocks, segments: this.segments, warnings: this.warnings };
    if (this.file !== undefined) doc.file = this.file;
    return doc;
  }
}
