/**
 * Termbase ↔ CSV (RFC 4180: comma-separated, CRLF line ends, fields with a
 * comma, quote or line break quoted, quotes doubled; UTF-8, optional BOM for
 * Excel).
 *
 * One row per rendering (a term without renderings gets one row with an empty
 * target). Columns, in this order:
 *
 * `id, <src>, <tgt>, status, count, frequency, score, confidence, pos,
 * source_variants, target_variants, links, note, rendering_note, term_status`
 *
 * where `<src>`/`<tgt>` are the language codes (`de`, `en`), `status` is the
 * rendering's status and `term_status` the entry's, variant lists are joined by ` | `, `links` lists the
 * contexts as `p13.s1@13[120-127>98-106]` joined by spaces (sentence link,
 * paragraph label, source span `>` target span). `readGlossary` reads this
 * back, and also any two-column `source,target` CSV whose header names the
 * languages.
 */
import { optionError } from '../errors.js';
import type { TermContext, Termbase } from '../types.js';

/** Options of {@link toTermsCsv}. */
export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, so that Excel reads the file as UTF-8. Default false. */
  bom?: boolean;
  /** Field separator: ',' (RFC 4180) or ';' (spreadsheets in locales with a decimal comma) or '\t'. Default ','. */
  separator?: ',' | ';' | '\t';
}

/** The fixed columns after the two language columns. */
export const CSV_COLUMNS = ['status', 'count', 'frequency', 'score', 'confidence', 'pos', 'source_variants', 'target_variants', 'links', 'note', 'rendering_note', 'term_status'] as const;

/** Quote one field when needed (RFC 4180). */
export function csvField(value: string, separator = ','): string {
  if (value.includes('"') || value.includes(separator) || /[\r\n]/.test(value) || /^\s|\s$/.test(value)) {
    return '"' + value.replace(/"/g, '""') + '"';
  }
  return value;
}

/** One context as `link@label[src>tgt]`. */
export function formatContext(c: TermContext): string {
  let s = c.link;
  if (c.label !== undefined) s += '@' + c.label;
  const span = (x: { start: number; end: number } | undefined): string => (x ? `${x.start}-${x.end}` : '');
  if (c.src || c.tgt) s += `[${span(c.src)}>${span(c.tgt)}]`;
  return s;
}

/** Parse `link@label[src>tgt]` back; undefined when it is not one. */
export function parseContext(s: string): TermContext | undefined {
  const m = /^([^@[\s]+)(?:@([^[\s]+))?(?:\[(?:(\d+)-(\d+))?>(?:(\d+)-(\d+))?\])?$/u.exec(s);
  if (!m) return undefined;
  const c: TermContext = { link: m[1]! };
  if (m[2] !== undefined) c.label = m[2];
  if (m[3] !== undefined) c.src = { start: Number(m[3]), end: Number(m[4]) };
  if (m[5] !== undefined) c.tgt = { start: Number(m[5]), end: Number(m[6]) };
  return c;
}

/** Serialise a termbase as CSV, one row per rendering. Strict with options (E_OPTION). */
export function toTermsCsv(termbase: Termbase, options?: CsvOptions): string {
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) optionError('options', 'an object', options);
  const opts = options ?? {};
  for (const k of Object.keys(opts)) if (k !== 'bom' && k !== 'separator') optionError(k, 'one of bom, separator', k);
  if (opts.bom !== undefined && typeof opts.bom !== 'boolean') optionError('bom', 'a boolean', opts.bom);
  const sep = opts.separator ?? ',';
  if (sep !== ',' && sep !== ';' && sep !== '\t') optionError('separator', "',', ';' or a tab", sep);
  const row = (fields: readonly string[]): string => fields.map((f) => csvField(f, sep)).join(sep) + '\r\n';
  let out = opts.bom ? '\uFEFF' : '';
  out += row(['id', termbase.srcLang, termbase.tgtLang, ...CSV_COLUMNS]);
  for (const t of termbase.terms) {
    const common = (status: string, count: string, target: string, tvars: string, links: string, rnote: string): string[] => [
      t.id,
      t.source,
      target,
      status,
      count,
      String(t.frequency),
      String(t.score),
      String(t.confidence),
      t.pos ?? '',
      t.sourceVariants.filter((v) => v !== t.source).join(' | '),
      tvars,
      links,
      t.note ?? '',
      rnote,
      t.status,
    ];
    if (t.renderings.length === 0) {
      out += row(common(t.status, '0', '', '', '', ''));
      continue;
    }
    for (const r of t.renderings) {
      out += row(
        common(
          r.status ?? t.status,
          String(r.count),
          r.term,
          r.variants.filter((v) => v !== r.term).join(' | '),
          r.contexts.map(formatContext).join(' '),
          r.note ?? '',
        ),
      );
    }
  }
  return out;
}

/**
 * Parse CSV text (RFC 4180, also tolerating LF line ends) into rows of fields.
 * Returns rows with the 1-based line each starts on; throws via `fail` on an
 * unterminated quote.
 */
export function parseCsv(text: string, separator: string, fail: (line: number, message: string) => never): Array<{ line: number; fields: string[] }> {
  const rows: Array<{ line: number; fields: string[] }> = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < text.length) {
    const startLine = line;
    const fields: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        const openLine = line;
        i++;
        for (;;) {
          if (i >= text.length) fail(openLine, 'a quoted field is not closed');
          const ch = text[i]!;
          if (ch === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === '\n') line++;
          field += ch;
          i++;
        }
        // text after the closing quote up to the separator is kept (lenient)
        while (i < text.length && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
      } else {
        while (i < text.length && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
      }
      fields.push(field);
      if (i < text.length && text[i] === separator) {
        i++;
        continue;
      }
      break;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') {
      i++;
      line++;
    }
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: startLine, fields });
  }
  return rows;
}
