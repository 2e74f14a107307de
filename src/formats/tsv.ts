/**
 * Tab-separated values: one row per sentence link, for spreadsheets, review
 * and scripts.
 *
 * Columns: `source`, `target`, `confidence` (three decimals), `type`
 * (`2-1`), `source_label`, `target_label` (the paragraph labels of each
 * side, joined with a space), `id` (the link id, `p7a.s2`). A side made of
 * several segments is their texts joined with a space; an empty side (1-0,
 * 0-1) is an empty cell.
 *
 * Text is made safe for the format by replacing every tab, line feed and
 * carriage return (and other C0 control characters) with a single space, so
 * that a row is always one line of exactly seven fields; no quoting is used.
 * Lines end in LF.
 */
import type { Alignment } from '../types.js';
import { boolOption, checkAlignment, checkOptions, formatConfidence, numberOption, sideText } from './common.js';

/** Options of {@link toTsv}. */
export interface TsvOptions {
  /** Write a first row with the column names. Default true. */
  header?: boolean;
  /** Write 1-0 and 0-1 links (with an empty cell on the missing side). Default true: for review, omissions matter. */
  includeUnpaired?: boolean;
  /** Leave out links whose confidence is below this, in [0, 1]. Default 0. */
  minConfidence?: number;
}

/** The column names, in order. */
export const TSV_COLUMNS = ['source', 'target', 'confidence', 'type', 'source_label', 'target_label', 'id'] as const;

/** Make a cell safe: tabs, line breaks and other control characters become one space each. */
export function tsvCell(text: string): string {
  return text.replace(/\r\n|[\u0000-\u001F\u007F]/g, ' ');
}

/** Write the sentence links of an alignment as TSV (see the module comment). Ends in a newline when not empty. */
export function toTsv(alignment: Alignment, options?: TsvOptions): string {
  const a = checkAlignment(alignment);
  const o = checkOptions(options);
  const header = boolOption('header', o.header, true);
  const includeUnpaired = boolOption('includeUnpaired', o.includeUnpaired, true);
  const minConfidence = numberOption('minConfidence', o.minConfidence, 0, 0, 1);
  const rows: string[] = [];
  if (header) rows.push(TSV_COLUMNS.join('\t'));
  for (const link of a.sentences) {
    if (!includeUnpaired && (link.src.length === 0 || link.tgt.length === 0)) continue;
    if (link.confidence < minConfidence) continue;
    rows.push(
      [
        sideText(a.source, link.src),
        sideText(a.target, link.tgt),
        formatConfidence(link.confidence),
        link.type,
        link.labels.src.join(' '),
        link.labels.tgt.join(' '),
        link.id,
      ].map(tsvCell).join('\t'),
    );
  }
  return rows.length > 0 ? rows.join('\n') + '\n' : '';
}
