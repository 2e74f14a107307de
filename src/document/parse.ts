/**
 * Reading a text into a typed Document: blocks (header furniture, headings, fields, paragraphs,
 * items, footnotes) and segments (sentences), with offsets into the original text.
 */
import { ParalignError, optionError } from '../errors.js';
import { getLanguage } from '../lang/index.js';
import type { Document, DocumentFormat, LangCode } from '../types.js';
import { DocumentBuilder } from './build.js';
import { detectFormat } from './format.js';
import { parseLines } from './lines.js';
import { parseMarkdown } from './markdown.js';
import { parsePlain } from './plain.js';

/** Options of `parseDocument`. */
export interface ParseOptions {
  /** Language of the text, an ISO 639-1 code paralign has data for (`de`, `en`, `fr`). Required. */
  lang: LangCode;
  /**
   * Input format. `'markdown'`: Council-style Markdown converted from PDF (page furniture,
   * From/To/Subject table, numbered paragraphs, lettered items, footnotes). `'plain'`: paragraphs
   * separated by blank lines. `'lines'`: one sentence per line, `<p>` or a blank line between
   * paragraphs (hunalign/vecalign). `'auto'` (default): guessed by `detectFormat`.
   */
  format?: 'auto' | DocumentFormat;
  /** File name, kept in `Document.file` and used in warnings. Default: none. */
  file?: string;
}

const FORMATS = ['auto', 'markdown', 'plain', 'lines'] as const;

/**
 * Parse `text` into a Document.
 *
 * Blocks come in document order; a block without text is not created. Every piece of text that
 * is not furniture (page rules, list marks, paragraph numbers, field names, footnote-definition
 * numbers) lies in exactly one segment. `Segment.text` is always
 * `cleanInline(text.slice(span.start, span.end), { format: doc.format }).text`.
 * Empty or whitespace-only text gives an empty Document with warning `W_EMPTY`.
 * Linear in the text length.
 */
export function parseDocument(text: string, options: ParseOptions): Document {
  if (typeof text !== 'string') throw new ParalignError('E_OPTION', `text: expected a string, found ${text === null ? 'null' : typeof text}`);
  if (typeof options !== 'object' || options === null || Array.isArray(options)) optionError('options', 'an object with at least { lang }', options);
  const data = getLanguage(options.lang);
  const format = options.format ?? 'auto';
  if (!(FORMATS as readonly unknown[]).includes(format)) optionError('format', "'auto', 'markdown', 'plain' or 'lines'", format);
  const file = options.file;
  if (file !== undefined && typeof file !== 'string') optionError('file', 'a string', file);

  const resolved: DocumentFormat = format === 'auto' ? detectFormat(text) : format;
  const b = new DocumentBuilder(text, resolved, data, file);
  if (resolved === 'markdown') parseMarkdown(b);
  else if (resolved === 'plain') parsePlain(b);
  else parseLines(b);
  if (b.segments.length === 0) b.warn('W_EMPTY', 'no text found: the document has no segments');
  return b.build(data.code);
}
