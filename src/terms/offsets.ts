/**
 * Mapping offsets in a segment's clean text (`Segment.text`) back to the
 * original document text, so that term contexts point into `Document.text`.
 * Markup that the parser removed (footnote markers, link residue, escapes)
 * is skipped by finding each word of the clean text in order inside the
 * segment's raw span.
 */
import type { Document, Segment, Span } from '../types.js';
import { tokenize } from './tokens.js';

/** Offsets in a segment's text → offsets in the document text, for word starts and ends. */
export class SegmentOffsets {
  private readonly starts = new Map<number, number>();
  private readonly ends = new Map<number, number>();
  private readonly identical: boolean;
  private readonly base: number;

  constructor(doc: Document, seg: Segment) {
    const raw = doc.text.slice(seg.span.start, seg.span.end);
    this.base = seg.span.start;
    this.identical = raw === seg.text;
    if (this.identical) return;
    let cursor = 0;
    for (const t of tokenize(seg.text)) {
      let at = raw.indexOf(t.text, cursor);
      if (at < 0) {
        // the parser changed the word (folded spaces inside it, replaced characters): fall back to its first letter
        at = raw.indexOf(t.text.charAt(0), cursor);
        if (at < 0) continue;
        this.starts.set(t.start, this.base + at);
        this.ends.set(t.end, this.base + at + 1);
        cursor = at + 1;
        continue;
      }
      this.starts.set(t.start, this.base + at);
      this.ends.set(t.end, this.base + at + t.text.length);
      cursor = at + t.text.length;
    }
  }

  /** The document span of `[start, end)` in the segment text (both at word boundaries); undefined when it cannot be mapped. */
  span(start: number, end: number): Span | undefined {
    if (this.identical) return { start: this.base + start, end: this.base + end };
    const s = this.starts.get(start);
    const e = this.ends.get(end);
    if (s === undefined || e === undefined || e < s) return undefined;
    return { start: s, end: e };
  }
}
