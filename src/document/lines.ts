/**
 * Physical lines of a text (LF, CRLF or CR line ends) and the `lines` format: one segment per
 * non-blank line, the hunalign/vecalign convention.
 */
import type { Block, Segment } from '../types.js';
import type { DocumentBuilder } from './build.js';
import { isSpace } from './inline.js';

/** One physical line: `text.slice(start, end)` without its line end; `first`/`last` bound its non-whitespace content. */
export interface PhysicalLine {
  /** 0-based line number. */
  n: number;
  start: number;
  end: number;
  /** Offset of the first non-whitespace character (`end` when blank). */
  first: number;
  /** Offset after the last non-whitespace character (`first` when blank). */
  last: number;
}

/** The physical lines of `text`, in order. Linear time. A final line end does not start an extra line. */
export function* physicalLines(text: string): Generator<PhysicalLine> {
  const n = text.length;
  let start = 0;
  let no = 0;
  while (start < n) {
    let end = start;
    let c = 0;
    while (end < n) {
      c = text.charCodeAt(end);
      if (c === 0x0a || c === 0x0d) break;
      end++;
    }
    let first = start;
    while (first < end && isSpace(text.charCodeAt(first))) first++;
    let last = end;
    while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
    yield { n: no++, start, end, first, last };
    if (end >= n) break;
    start = end + (c === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
  }
}

/** True for a line that holds only `<p>` (a paragraph mark of sentence-per-line corpora). */
export function isParagraphMark(text: string, line: PhysicalLine): boolean {
  return line.last - line.first === 3 && text.startsWith('<p>', line.first);
}

/** The `markers` of every `lines` segment (that format has no footnote markers): one shared, frozen empty array instead of one per line. */
const NO_MARKERS = Object.freeze([]) as unknown as Segment['markers'];

/**
 * `lines` format: every non-blank line is one segment (text = the trimmed line, nothing else
 * cleaned, `Segment.line` = the physical line number). A blank line or a `<p>` line starts a new
 * paragraph block, so a file without either is one block.
 */
export function parseLines(b: DocumentBuilder): void {
  const { text, blocks, segments } = b;
  let block: Block | undefined;
  for (const line of physicalLines(text)) {
    if (line.first === line.last || isParagraphMark(text, line)) {
      block = undefined;
      continue;
    }
    if (block === undefined) {
      block = { index: blocks.length, kind: 'paragraph', span: { start: line.first, end: line.last }, segments: [] };
      blocks.push(block);
    }
    const seg: Segment = {
      index: segments.length,
      block: block.index,
      ordinal: block.segments.length + 1,
      span: { start: line.first, end: line.last },
      text: text.slice(line.first, line.last),
      markers: NO_MARKERS,
      line: line.n,
    };
    segments.push(seg);
    block.segments.push(seg.index);
    block.span.end = line.last;
  }
}
