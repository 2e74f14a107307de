/**
 * Building flags: the context every check receives, stable flag ids, the
 * evidence on each side, and the mapping from an offset in a segment's clean
 * text back to the document's original text.
 */
import { createHash } from 'node:crypto';
import type { LanguageData } from '../lang/types.js';
import type { Translate } from '../i18n/index.js';
import type { Alignment, Document, Flag, FlagSide, Segment, Span, Termbase } from '../types.js';

/** What a check gets besides the alignment. */
export interface CheckContext {
  srcLang: LanguageData;
  tgtLang: LanguageData;
  /** The termbase the term checks use (given, or extracted from the alignment). */
  termbase?: Termbase;
  /** The approved glossary, when one is given. */
  glossary?: Termbase;
  /** Localise a message key. */
  t: Translate;
}

/** Everything a check says about one flag; `makeFlag` adds the id and the message. */
export interface FlagDraft extends Omit<Flag, 'id' | 'message'> {
  /**
   * What identifies the finding regardless of where it sits in the file:
   * texts, terms, labels and values — never offsets or indices, which shift
   * when the document is edited elsewhere.
   */
  idParts: string[];
}

/** Short stable id: the first 10 hex digits of the SHA-1 of type, key and evidence. */
export function flagId(type: string, key: string, idParts: readonly string[]): string {
  const h = createHash('sha1');
  h.update([type, key, ...idParts].map((p) => p.normalize('NFC')).join('\u0000'));
  return h.digest('hex').slice(0, 10);
}

/** Build a flag from a draft: id from the evidence, message localised. */
export function makeFlag(ctx: CheckContext, d: FlagDraft): Flag {
  const flag: Flag = {
    id: flagId(d.type, d.key, d.idParts),
    type: d.type,
    severity: d.severity,
    message: ctx.t(d.key, d.params),
    key: d.key,
    params: d.params,
    source: d.source,
    target: d.target,
    links: [...new Set(d.links)],
  };
  if (d.suggestion !== undefined) flag.suggestion = d.suggestion;
  return flag;
}

/**
 * Make the ids of a list of flags unique: a second flag with the same id (the
 * same finding twice in one document) gets the hash of its id and its
 * occurrence number, so ids stay stable as long as the order of equal findings does.
 */
export function uniqueIds(flags: Flag[]): Flag[] {
  const seen = new Map<string, number>();
  for (const f of flags) {
    const n = seen.get(f.id) ?? 0;
    seen.set(f.id, n + 1);
    if (n > 0) f.id = flagId(f.type, f.id, [String(n + 1)]);
  }
  return flags;
}

/** Evidence on one side: segments (deduplicated, sorted), spans (sorted) and labels (given, plus those of the segments' blocks). */
export function sideOf(doc: Document, segments: number[], spans: Span[], labels: string[] = []): FlagSide {
  const segs = [...new Set(segments)].sort((a, b) => a - b);
  const all = [...labels, ...labelsOfSegments(doc, segs)];
  return {
    segments: segs,
    spans: [...spans].sort((a, b) => a.start - b.start || a.end - b.end),
    labels: [...new Set(all.filter((l) => l !== ''))],
  };
}

/** The labels of the blocks of the given segments. */
export function labelsOfSegments(doc: Document, segments: number[]): string[] {
  const out: string[] = [];
  for (const s of segments) {
    const seg = doc.segments[s];
    const label = seg ? doc.blocks[seg.block]?.label : undefined;
    if (label && !out.includes(label)) out.push(label);
  }
  return out;
}

const offsetMaps = new WeakMap<Segment, Int32Array>();

/**
 * The offset in `doc.text` of offset `at` in `seg.text`. The clean text is
 * derived from the raw span with markup removed and spaces folded, so the
 * characters of the clean text are found in order in the raw text; a
 * character that cannot be found maps to the previous position.
 */
export function segmentOffset(doc: Document, seg: Segment, at: number): number {
  let map = offsetMaps.get(seg);
  if (!map) {
    map = buildOffsetMap(doc.text, seg);
    offsetMaps.set(seg, map);
  }
  const i = Math.max(0, Math.min(at, seg.text.length));
  return map[i] ?? seg.span.end;
}

function buildOffsetMap(text: string, seg: Segment): Int32Array {
  const clean = seg.text;
  const map = new Int32Array(clean.length + 1);
  const { start, end } = seg.span;
  const raw = text.slice(start, end);
  // Fast path: the clean text stands verbatim in the raw span.
  const at = raw.indexOf(clean);
  if (at >= 0) {
    for (let i = 0; i <= clean.length; i++) map[i] = start + at + i;
    return map;
  }
  let r = 0;
  let last = start;
  for (let i = 0; i < clean.length; i++) {
    const c = clean[i]!;
    if (/\s/.test(c)) {
      // Folded space: the next raw whitespace, or stay put (space inserted for removed markup).
      let k = r;
      while (k < raw.length && !/\s/.test(raw[k]!) && k - r < 8) k++;
      if (k < raw.length && /\s/.test(raw[k]!)) {
        map[i] = start + k;
        r = k + 1;
        while (r < raw.length && /\s/.test(raw[r]!)) r++;
      } else map[i] = start + r;
      last = map[i]!;
      continue;
    }
    const k = raw.indexOf(c, r);
    if (k < 0) {
      map[i] = last;
      continue;
    }
    map[i] = start + k;
    last = start + k;
    r = k + 1;
  }
  map[clean.length] = clean.length > 0 ? Math.min(end, last + 1) : start;
  return map;
}

/** The original text of a span. */
export function spanText(doc: Document, span: Span): string {
  return doc.text.slice(span.start, span.end);
}

/** Segment indices of the blocks listed. */
export function segmentsOfBlocks(doc: Document, blocks: number[]): number[] {
  return blocks.flatMap((b) => doc.blocks[b]?.segments ?? []);
}

/** The clean text of some segments, joined by spaces. */
export function textOfSegments(doc: Document, segments: number[]): string {
  return segments.map((s) => doc.segments[s]?.text ?? '').join(' ');
}

/** The block of a segment. */
export function blockOf(doc: Document, segment: number): number {
  return doc.segments[segment]?.block ?? -1;
}

/** For messages: `12` → `12`, a block without label → its kind and 1-based position. */
export function describeBlock(doc: Document, block: number): string {
  const b = doc.blocks[block];
  if (!b) return '?';
  return b.label ?? `${b.kind} ${b.index + 1}`;
}

/** The alignment's documents, for brevity. */
export type Docs = Pick<Alignment, 'source' | 'target'>;
