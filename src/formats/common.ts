/**
 * Helpers shared by the serialisers: option checks (strict: bad options
 * throw E_OPTION "expected X, found Y") and the text of a link side.
 */
import { optionError } from '../errors.js';
import type { Alignment, Document, Link, Segment } from '../types.js';

/** Check that `options` is an object (or undefined) and return it. */
export function checkOptions<T extends object>(options: T | undefined): T | Record<string, never> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) optionError('options', 'an object', options);
  return options;
}

/** A boolean option, or its default. */
export function boolOption(name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') optionError(name, 'true or false', value);
  return value;
}

/** A number option within [min, max], or its default. */
export function numberOption(name: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) optionError(name, `a number from ${min} to ${max}`, value);
  return value;
}

/** One of the allowed strings, or its default. */
export function enumOption<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) optionError(name, `one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`, value);
  return value as T;
}

/** Check the shape of an alignment just enough to serialise it; E_OPTION otherwise. */
export function checkAlignment(alignment: unknown): Alignment {
  const a = alignment as Partial<Alignment> | null;
  if (a === null || typeof a !== 'object') optionError('alignment', 'an Alignment', alignment);
  for (const side of ['source', 'target'] as const) {
    const d = a[side] as Partial<Document> | undefined;
    if (!d || typeof d !== 'object' || !Array.isArray(d.segments) || !Array.isArray(d.blocks) || typeof d.text !== 'string') {
      optionError(`alignment.${side}`, 'a Document with text, blocks and segments', d);
    }
  }
  if (!Array.isArray(a.paragraphs)) optionError('alignment.paragraphs', 'an array of links', a.paragraphs);
  if (!Array.isArray(a.sentences)) optionError('alignment.sentences', 'an array of sentence links', a.sentences);
  return a as Alignment;
}

/** The segments of one side of a link (unknown indices are skipped). */
export function sideSegments(doc: Document, indices: readonly number[]): Segment[] {
  const out: Segment[] = [];
  for (const i of indices) {
    const s = doc.segments[i];
    if (s) out.push(s);
  }
  return out;
}

/** The clean text of one side of a link: segment texts joined with a space. */
export function sideText(doc: Document, indices: readonly number[]): string {
  return sideSegments(doc, indices).map((s) => s.text).join(' ');
}

/** The paragraph labels of a link, source side first, else target side (`['7a']`). */
export function linkLabels(link: Link): string[] {
  return link.labels.src.length > 0 ? link.labels.src : link.labels.tgt;
}

/** A confidence as text with three decimals: '0.950'. */
export function formatConfidence(c: number): string {
  return Number.isFinite(c) ? c.toFixed(3) : '';
}
