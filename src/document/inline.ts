/**
 * Inline cleaning: from the raw text of a segment (markup included) to its clean text, with
 * footnote markers kept aside and a map from every clean character back to the original.
 *
 * The one rule: `Segment.text === cleanInline(doc.text.slice(seg.span.start, seg.span.end),
 * { format: doc.format }).text` for every segment of every document `parseDocument` returns.
 */
import { optionError } from '../errors.js';
import type { Document, DocumentFormat, Marker, Segment, Span } from '../types.js';

/** Options of `cleanInline`. */
export interface CleanOptions {
  /**
   * How much markup to remove. `'markdown'` (default): footnote markers `<sup>N</sup>` and
   * `[^N]` become markers, link residue `[text](url)` becomes its text, backslash escapes
   * become the character, `**`/`*` emphasis marks and a few HTML entities are resolved, and
   * whitespace runs fold to one space. `'plain'`: whitespace folding only. `'lines'`: trim only.
   */
  format?: DocumentFormat;
  /** Added to the marker spans, so that they point into the text the raw string was cut from. Default 0. */
  offset?: number;
}

/** What `cleanInline` returns. */
export interface CleanText {
  /** The clean text: trimmed, markup resolved, whitespace folded (depending on the format). */
  text: string;
  /** Footnote markers, `span` in raw coordinates (plus `offset`), `at` in `text`. */
  markers: Marker[];
}

/**
 * The result of cleaning a range of a longer text, with offsets: clean character `i` comes from
 * `source.slice(start[i], end[i])` (a folded space from the whole whitespace run, an escaped
 * character from its backslash on).
 */
export interface MappedText extends CleanText {
  start: Int32Array;
  end: Int32Array;
  /** Clean-text ranges inside which a sentence must not be split (link texts, emphasis). */
  protect: Span[];
  /** Raw offset of the first and after the last non-whitespace character of the range (markup included). */
  rawStart: number;
  rawEnd: number;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '\u2013', mdash: '\u2014', shy: '\u00ad',
};

/** ASCII punctuation that a backslash escapes (CommonMark). */
const ESCAPABLE = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');

/** Whitespace as paralign folds and trims it (ASCII whitespace, no-break and typographic spaces, BOM). */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b || c === 0xa0 || c === 0x202f || c === 0x2007 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x1680 || c === 0x205f;
}

/** Spaces kept as they are when they stand alone (they carry typographic meaning). */
function isKeptSpace(c: number): boolean {
  return c === 0xa0 || c === 0x202f || c === 0x2007;
}

/** Markup found by the pre-scan: a footnote marker, the start or end of a protected range (link text, emphasis), or an entity to replace. */
interface Event {
  /** Raw start and end of the markup. */
  at: number;
  to: number;
  kind: 'marker' | 'open' | 'close' | 'replace';
  /** The marker label, or the replacement text. */
  text?: string;
}

const SUP_RE = /<sup>\s*([^<>\s]{1,8})\s*<\/sup>/gi;
const FOOTREF_RE = /\[\^([^\]\s]{1,12})\](?!:)/g;
const LINK_RE = /(?<!\\)!?\[((?:\\.|[^\[\]\\\n])*)\]\(([^()\s]*(?:\s+"[^"\n]*")?)\)/g;
const STRONG_RE = /(?<!\\)(\*\*|__)(?=\S)([^\n]*?\S)\1/g;
const EM_RE = /(?<!\\)\*(?=[^\s*])([^*\n]*?[^\s*])\*/g;
const ENTITY_RE = /&(amp|lt|gt|quot|apos|nbsp|ndash|mdash|shy|#\d{1,7}|#x[0-9a-f]{1,6});/gi;

/**
 * Clean `source.slice(from, to)` and keep, for every clean character, where it came from.
 * Linear in `to - from`. Marker spans are absolute offsets into `source`.
 */
export function cleanRange(source: string, from: number, to: number, format: DocumentFormat = 'markdown'): MappedText {
  if (format === 'lines') return trimRange(source, from, to);
  const markdown = format === 'markdown';
  const events: Event[] = [];
  if (markdown) {
    const raw = source.slice(from, to);
    // raw offsets (relative to `from`) already taken by some markup
    const covered = new Uint8Array(to - from);
    const take = (a: number, b: number): void => {
      covered.fill(1, a - from, b - from);
    };
    const free = (a: number, b: number): boolean => {
      for (let k = a - from; k < b - from; k++) if (covered[k] !== 0) return false;
      return true;
    };
    for (const re of [SUP_RE, FOOTREF_RE]) {
      for (const m of raw.matchAll(re)) {
        const a = from + m.index;
        const b = a + m[0].length;
        if (!free(a, b)) continue;
        events.push({ at: a, to: b, kind: 'marker', text: m[1]! });
        take(a, b);
      }
    }
    for (const m of raw.matchAll(LINK_RE)) {
      const a = from + m.index;
      const inner = a + m[0].indexOf('[') + 1;
      const close = inner + m[1]!.length;
      const b = a + m[0].length;
      if (!free(a, inner) || !free(close, b)) continue;
      events.push({ at: a, to: inner, kind: 'open' }, { at: close, to: b, kind: 'close' });
      take(a, inner);
      take(close, b);
    }
    for (const re of [STRONG_RE, EM_RE]) {
      const len = re === STRONG_RE ? 2 : 1;
      for (const m of raw.matchAll(re)) {
        const a = from + m.index;
        const close = a + m[0].length - len;
        if (!free(a, a + len) || !free(close, close + len)) continue;
        events.push({ at: a, to: a + len, kind: 'open' }, { at: close, to: close + len, kind: 'close' });
        take(a, a + len);
        take(close, close + len);
      }
    }
    for (const m of raw.matchAll(ENTITY_RE)) {
      const a = from + m.index;
      const b = a + m[0].length;
      if (!free(a, b)) continue;
      const name = m[1]!.toLowerCase();
      let text: string | undefined = ENTITIES[name];
      if (name.startsWith('#')) {
        const cp = name.startsWith('#x') ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        text = cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : undefined;
      }
      if (text !== undefined) events.push({ at: a, to: b, kind: 'replace', text });
    }
    events.sort((x, y) => x.at - y.at);
  }

  const cap = Math.max(0, to - from) + 8;
  const start = new Int32Array(cap);
  const end = new Int32Array(cap);
  const parts: string[] = [];
  const markers: Marker[] = [];
  const protect: Span[] = [];
  const open: number[] = [];
  let len = 0; // clean length so far
  let pendingSpace = -1; // raw start of a whitespace run not yet emitted
  let pendingEnd = -1;
  let pendingKept = -1; // the single kept-space char of the run, or -1 when the run is longer/plain

  // No closures over the loop state below: this loop runs over whole 5 MB lines.
  let ev = 0;
  let nextEvent = events.length > 0 ? events[0]!.at : to;
  let i = from;
  while (i < to) {
    if (i >= nextEvent) {
      const e = events[ev++]!;
      nextEvent = ev < events.length ? events[ev]!.at : to;
      if (e.at < i || e.to > to) continue; // overlapped by an earlier event or cut by the range
      if (e.kind === 'marker') {
        markers.push({ label: e.text!, span: { start: e.at, end: e.to }, at: len });
        if (pendingSpace >= 0) {
          // the marker belongs to the text before the space: the space starts after it
          pendingSpace = e.to;
          pendingEnd = Math.max(pendingEnd, e.to);
        }
      } else if (e.kind === 'open') {
        open.push(len + (pendingSpace >= 0 && len > 0 ? 1 : 0));
      } else if (e.kind === 'close') {
        const o = open.pop();
        if (o !== undefined && len > o) protect.push({ start: o, end: len });
      } else if (e.text === '\u00a0') {
        if (pendingSpace < 0) {
          pendingSpace = e.at;
          pendingKept = 0xa0;
        } else {
          pendingKept = -1;
        }
        pendingEnd = e.to;
      } else {
        const text = e.text!;
        if (pendingSpace >= 0) {
          if (len > 0) {
            parts.push(pendingKept >= 0 ? String.fromCharCode(pendingKept) : ' ');
            start[len] = pendingSpace;
            end[len] = pendingEnd;
            len++;
          }
          pendingSpace = -1;
        }
        parts.push(text);
        for (let k = 0; k < text.length; k++) {
          start[len] = e.at;
          end[len] = e.to;
          len++;
        }
      }
      i = e.to;
      continue;
    }
    const c = source.charCodeAt(i);
    if (isSpace(c)) {
      if (pendingSpace < 0) {
        pendingSpace = i;
        pendingKept = isKeptSpace(c) ? c : -1;
      } else {
        pendingKept = -1;
      }
      pendingEnd = i + 1;
      i++;
      continue;
    }
    if (pendingSpace >= 0) {
      if (len > 0) {
        parts.push(pendingKept >= 0 ? String.fromCharCode(pendingKept) : ' ');
        start[len] = pendingSpace;
        end[len] = pendingEnd;
        len++;
      }
      pendingSpace = -1;
    }
    if (markdown && c === 0x5c /* \ */ && i + 1 < to && ESCAPABLE.has(source[i + 1]!)) {
      parts.push(source[i + 1]!);
      start[len] = i;
      end[len] = i + 2;
      len++;
      i += 2;
      continue;
    }
    // a run of characters copied as they are, up to the next space, backslash or markup
    const limit = nextEvent < to ? nextEvent : to;
    let j = i;
    while (j < limit) {
      const d = source.charCodeAt(j);
      if (d <= 0x20 || (d >= 0x7f && isSpace(d)) || (d === 0x5c && markdown && j > i)) break;
      if (d >= 0xd800 && d <= 0xdbff && j + 1 < to) {
        // a surrogate pair: both units map to the whole pair
        start[len] = j;
        end[len] = j + 2;
        len++;
        start[len] = j;
        end[len] = j + 2;
        len++;
        j += 2;
      } else {
        start[len] = j;
        end[len] = j + 1;
        len++;
        j++;
      }
    }
    if (j === i) {
      // a lone backslash that escapes nothing, or a control character: copied as it is
      start[len] = i;
      end[len] = i + 1;
      len++;
      j = i + 1;
    }
    parts.push(source.slice(i, j));
    i = j;
  }
  // a trailing whitespace run is dropped (trim); markers after the last character keep at = len
  return {
    text: parts.join(''),
    markers,
    start: start.subarray(0, len),
    end: end.subarray(0, len),
    protect,
    ...nonSpaceExtent(source, from, to),
  };
}

/** First and after-last non-whitespace offsets of `source.slice(from, to)` (both `from` when blank). */
function nonSpaceExtent(source: string, from: number, to: number): { rawStart: number; rawEnd: number } {
  let a = from;
  let b = to;
  while (a < b && isSpace(source.charCodeAt(a))) a++;
  while (b > a && isSpace(source.charCodeAt(b - 1))) b--;
  return a === b ? { rawStart: from, rawEnd: from } : { rawStart: a, rawEnd: b };
}

/** `'lines'` cleaning: the trimmed range, nothing else changed. */
function trimRange(source: string, from: number, to: number): MappedText {
  let a = from;
  let b = to;
  while (a < b && isSpace(source.charCodeAt(a))) a++;
  while (b > a && isSpace(source.charCodeAt(b - 1))) b--;
  const n = b - a;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    start[k] = a + k;
    end[k] = a + k + 1;
  }
  return { text: source.slice(a, b), markers: [], start, end, protect: [], rawStart: a, rawEnd: b };
}

/**
 * Clean the raw text of a segment. `Segment.text` is always
 * `cleanInline(doc.text.slice(seg.span.start, seg.span.end), { format: doc.format }).text`,
 * and `Segment.markers` is its `markers` with `offset: seg.span.start`.
 */
export function cleanInline(raw: string, options: CleanOptions = {}): CleanText {
  if (typeof raw !== 'string') optionError('raw', 'a string', raw);
  const format = options.format ?? 'markdown';
  if (format !== 'markdown' && format !== 'plain' && format !== 'lines') optionError('format', "'markdown', 'plain' or 'lines'", format);
  const offset = options.offset ?? 0;
  if (!Number.isInteger(offset)) optionError('offset', 'an integer', offset);
  const r = cleanRange(raw, 0, raw.length, format);
  const markers = offset === 0 ? r.markers : r.markers.map((m) => ({ ...m, span: { start: m.span.start + offset, end: m.span.end + offset } }));
  return { text: r.text, markers };
}

function checkOffset(segment: Segment, offset: number, name: string): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > segment.text.length) {
    optionError(name, `an integer from 0 to ${segment.text.length} (the length of segment ${segment.index})`, offset);
  }
}

/**
 * Map an offset in `segment.text` to an offset in `doc.text`: the position where the clean
 * character at `offset` starts in the original; `offset === segment.text.length` maps to the
 * end of the last character (markers after it excluded).
 */
export function textOffsetToSource(doc: Document, segment: Segment, offset: number): number {
  checkOffset(segment, offset, 'offset');
  const r = cleanRange(doc.text, segment.span.start, segment.span.end, doc.format);
  if (offset < r.text.length) return r.start[offset]!;
  return r.text.length > 0 ? r.end[r.text.length - 1]! : segment.span.start;
}

/**
 * Map a span of `segment.text` (half-open) to the smallest span of `doc.text` that holds its
 * characters, for highlighting. An empty span maps to an empty span at its start.
 */
export function textSpanToSource(doc: Document, segment: Segment, span: Span): Span {
  checkOffset(segment, span.start, 'span.start');
  checkOffset(segment, span.end, 'span.end');
  if (span.end < span.start) optionError('span', 'start <= end', `${span.start} > ${span.end}`);
  const r = cleanRange(doc.text, segment.span.start, segment.span.end, doc.format);
  if (span.end === span.start) {
    const at = span.start < r.text.length ? r.start[span.start]! : r.text.length > 0 ? r.end[r.text.length - 1]! : segment.span.start;
    return { start: at, end: at };
  }
  return { start: r.start[span.start]!, end: r.end[span.end - 1]! };
}
