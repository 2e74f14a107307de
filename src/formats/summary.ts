/**
 * A short human-readable summary of an alignment: link counts by type at
 * paragraph and sentence level, and the least confident sentence links.
 * Printed by `paralign align` on stderr and by the demo.
 */
import type { Alignment, Document, Link } from '../types.js';
import { checkAlignment, checkOptions, numberOption, sideText } from './common.js';

/** Options of {@link summarizeAlignment}. */
export interface SummaryOptions {
  /** How many of the least confident sentence links to list (0 to 100). Default 5. */
  lowest?: number;
  /** Cut quoted sentences to this many characters (10 to 500). Default 60. */
  width?: number;
}

/** Counts of links by type, most frequent first, then by type: `[['1-1', 40], ['2-1', 2]]`. */
export function countByType(links: readonly Link[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const l of links) counts.set(l.type, (counts.get(l.type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** The `lowest` sentence links with the least confidence, least first (document order among equals). */
export function lowestConfidence<L extends Link>(links: readonly L[], lowest: number): L[] {
  return links
    .map((l, i) => [l, i] as const)
    .sort((a, b) => a[0].confidence - b[0].confidence || a[1] - b[1])
    .slice(0, lowest)
    .map(([l]) => l);
}

function cut(text: string, width: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= width ? t : t.slice(0, width - 1).trimEnd() + '…';
}

function describeDoc(d: Document): string {
  return `${d.file ?? '(text)'} (${d.lang}, ${d.format}, ${d.blocks.length} blocks, ${d.segments.length} sentences)`;
}

function counts(links: readonly Link[]): string {
  const parts = countByType(links).map(([t, n]) => `${t} ${n}`);
  return `${links.length}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}

/**
 * A summary in a few lines of plain text (each ending in a newline):
 * the two documents, paragraph and sentence link counts by type, and the
 * least confident sentence links with their text.
 */
export function summarizeAlignment(alignment: Alignment, options?: SummaryOptions): string {
  const a = checkAlignment(alignment);
  const o = checkOptions(options);
  const lowest = Math.floor(numberOption('lowest', o.lowest, 5, 0, 100));
  const width = Math.floor(numberOption('width', o.width, 60, 10, 500));
  const lines = [
    `source: ${describeDoc(a.source)}`,
    `target: ${describeDoc(a.target)}`,
    `paragraph links: ${counts(a.paragraphs)}`,
    `sentence links: ${counts(a.sentences)}`,
  ];
  const low = lowestConfidence(a.sentences, lowest);
  if (low.length > 0) {
    lines.push('lowest confidence:');
    for (const l of low) {
      const src = l.src.length > 0 ? `"${cut(sideText(a.source, l.src), width)}"` : '—';
      const tgt = l.tgt.length > 0 ? `"${cut(sideText(a.target, l.tgt), width)}"` : '—';
      lines.push(`  ${l.confidence.toFixed(2)}  ${l.id}  ${l.type}  ${src} → ${tgt}`);
    }
  }
  return lines.map((l) => l + '\n').join('');
}
