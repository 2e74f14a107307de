/**
 * JSON form of an alignment, versioned (`"paralign": "alignment/1"`) and
 * described by schema/alignment.schema.json (JSON Schema 2020-12).
 *
 * What it holds: both documents (language, file, format, text length,
 * blocks with kind/label/span/segment indices, segments with
 * span/clean text/footnote markers/line), the paragraph links and the
 * sentence links (id, type, source and target indices, confidence, labels;
 * sentence links also the index of their paragraph link), and the warnings.
 * Spans are `{ "start", "end" }` UTF-16 offsets, half-open, into the
 * original text of each document.
 *
 * What it leaves out by default: the original full texts (option
 * `includeText`; without them the segments' clean text is all the JSON
 * carries and spans point into the input files) and the learnt
 * word-translation table (option `includeLexicon`).
 */
import { ParalignError, describe } from '../errors.js';
import type { Alignment, Block, BlockKind, Document, DocumentFormat, Link, LinkType, Marker, Segment, SentenceLink, Span, TranslationTable, Warning } from '../types.js';
import { TOOL_NAME, VERSION } from '../version.js';
import { boolOption, checkAlignment, checkOptions, numberOption } from './common.js';

/** The format version written into every file and required by {@link fromJson}. */
export const ALIGNMENT_JSON_VERSION = 'alignment/1';

/** `$id` of schema/alignment.schema.json. */
export const ALIGNMENT_SCHEMA_ID = 'urn:paralign:schema:alignment:1';

/** Options of {@link toJson}. */
export interface JsonOptions {
  /** Embed each document's original text as `text`, so spans resolve from the JSON alone. Default false. */
  includeText?: boolean;
  /** Include the aligner's word-translation table as `lexicon`: `[source, target, p]` triples, sorted. Default false. */
  includeLexicon?: boolean;
  /** Spaces of indentation (0 to 8); 0 writes everything on one line. Short arrays and spans stay on one line. Default 2. */
  indent?: number;
}

/** A document as written in the JSON. */
export interface DocumentJson {
  lang: string;
  file?: string;
  format: DocumentFormat;
  /** Length of the original text in UTF-16 code units (the bound of every span). */
  length: number;
  /** The original text, with `includeText`. */
  text?: string;
  blocks: { index: number; kind: BlockKind; label?: string; span: Span; segments: number[] }[];
  segments: { index: number; block: number; ordinal: number; span: Span; text: string; markers: Marker[]; line?: number }[];
  warnings: Warning[];
}

/** The top-level JSON object. */
export interface AlignmentJson {
  paralign: typeof ALIGNMENT_JSON_VERSION;
  /** The writer: 'paralign 0.1.0'. */
  generator: string;
  source: DocumentJson;
  target: DocumentJson;
  paragraphs: Link[];
  sentences: SentenceLink[];
  warnings: Warning[];
  lexicon?: [string, string, number][];
}

function spanJson(s: Span): Span {
  return { start: s.start, end: s.end };
}

function warningJson(w: Warning): Warning {
  const out: Warning = { code: w.code, message: w.message };
  if (w.file !== undefined) out.file = w.file;
  return out;
}

function documentJson(d: Document, includeText: boolean): DocumentJson {
  const out: DocumentJson = { lang: d.lang, format: d.format, length: d.text.length, blocks: [], segments: [], warnings: (d.warnings ?? []).map(warningJson) };
  if (d.file !== undefined) out.file = d.file;
  if (includeText) out.text = d.text;
  out.blocks = d.blocks.map((b) => ({
    index: b.index,
    kind: b.kind,
    ...(b.label !== undefined ? { label: b.label } : {}),
    span: spanJson(b.span),
    segments: [...b.segments],
  }));
  out.segments = d.segments.map((s) => {
    const j: DocumentJson['segments'][number] = {
      index: s.index,
      block: s.block,
      ordinal: s.ordinal,
      span: spanJson(s.span),
      text: s.text,
      markers: s.markers.map((m) => ({ label: m.label, span: spanJson(m.span), at: m.at })),
    };
    if (s.line !== undefined) j.line = s.line;
    return j;
  });
  // Key order for readers: lang, file, format, length, text, then the lists.
  const ordered: DocumentJson = { lang: out.lang, ...(out.file !== undefined ? { file: out.file } : {}), format: out.format, length: out.length, ...(out.text !== undefined ? { text: out.text } : {}), blocks: out.blocks, segments: out.segments, warnings: out.warnings };
  return ordered;
}

function linkJson(l: Link): Link {
  return { id: l.id, type: l.type, src: [...l.src], tgt: [...l.tgt], confidence: l.confidence, labels: { src: [...l.labels.src], tgt: [...l.labels.tgt] } };
}

/** Write an alignment as JSON (see the module comment and schema/alignment.schema.json). Ends in a newline. */
export function toJson(alignment: Alignment, options?: JsonOptions): string {
  const a = checkAlignment(alignment);
  const o = checkOptions(options);
  const includeText = boolOption('includeText', o.includeText, false);
  const includeLexicon = boolOption('includeLexicon', o.includeLexicon, false);
  const indent = numberOption('indent', o.indent, 2, 0, 8);
  if (!Number.isInteger(indent)) numberOption('indent', NaN, 2, 0, 8);
  const out: AlignmentJson = {
    paralign: ALIGNMENT_JSON_VERSION,
    generator: `${TOOL_NAME} ${VERSION}`,
    source: documentJson(a.source, includeText),
    target: documentJson(a.target, includeText),
    paragraphs: a.paragraphs.map(linkJson),
    sentences: a.sentences.map((s) => ({ ...linkJson(s), paragraph: s.paragraph })),
    warnings: (a.warnings ?? []).map(warningJson),
  };
  if (includeLexicon) {
    const rows: [string, string, number][] = [];
    for (const [s, row] of a.lexicon ?? new Map()) for (const [t, p] of row) rows.push([s, t, p]);
    rows.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : y[2] - x[2] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0)));
    out.lexicon = rows;
  }
  return stringify(out, indent) + '\n';
}

/**
 * JSON.stringify with indentation, except that any array or object whose
 * one-line form fits in 120 characters stays on one line (spans, index
 * lists), and so does every small record in a list (a segment, a link: at
 * most 4 levels deep, no list longer than 32), so that a file has one line
 * per segment and per link: short, greppable, and readable in diffs. For
 * JSON values (plain objects, arrays, strings, numbers, booleans, null).
 */
export function stringify(value: unknown, indent: number): string {
  if (indent === 0) return JSON.stringify(value);
  const pad = (d: number): string => ' '.repeat(indent * d);
  const scalar = (v: unknown): string =>
    typeof v === 'number' ? (Number.isFinite(v) ? String(v) : 'null') : v === undefined ? 'null' : (JSON.stringify(v) ?? 'null');
  const keys = new Map<string, string>();
  const keyOf = (k: string): string => {
    let q = keys.get(k);
    if (q === undefined) keys.set(k, (q = JSON.stringify(k) + ': '));
    return q;
  };
  /** The one-line form; with a `limit`, undefined as soon as it would be longer. */
  const inline = (v: unknown, limit = Infinity): string | undefined => {
    if (v === null || typeof v !== 'object') {
      const t = scalar(v);
      return t.length <= limit ? t : undefined;
    }
    let out = '';
    if (Array.isArray(v)) {
      out = '[';
      for (let i = 0; i < v.length; i++) {
        const t = inline(v[i], limit - out.length - 3);
        if (t === undefined) return undefined;
        out += (i > 0 ? ', ' : '') + t;
      }
      out += ']';
    } else {
      out = '{';
      let first = true;
      for (const k in v as Record<string, unknown>) {
        const x = (v as Record<string, unknown>)[k];
        if (x === undefined) continue;
        const key = keyOf(k);
        const t = inline(x, limit - out.length - key.length - 3);
        if (t === undefined) return undefined;
        out += (first ? '' : ', ') + key + t;
        first = false;
      }
      out += '}';
    }
    return out.length <= limit ? out : undefined;
  };
  /** A small record: nesting depth at most `depth`, no array longer than 32. */
  const small = (v: unknown, depth: number): boolean => {
    if (v === null || typeof v !== 'object') return true;
    if (depth === 0) return false;
    if (Array.isArray(v)) {
      if (v.length > 32) return false;
      for (const x of v) if (!small(x, depth - 1)) return false;
      return true;
    }
    for (const k in v as Record<string, unknown>) if (!small((v as Record<string, unknown>)[k], depth - 1)) return false;
    return true;
  };
  // Pieces are pushed onto one array and joined once: joining nested joins
  // would flatten the same characters again at every level.
  const out: string[] = [];
  const write = (v: unknown, d: number, inList: boolean): void => {
    if (v === null || typeof v !== 'object') {
      out.push(scalar(v));
      return;
    }
    if (inList && !Array.isArray(v) && small(v, 4)) {
      out.push(inline(v)!);
      return;
    }
    const one = inline(v, 120);
    if (one !== undefined) {
      out.push(one);
      return;
    }
    if (Array.isArray(v)) {
      out.push('[');
      for (let i = 0; i < v.length; i++) {
        out.push(i > 0 ? ',\n' : '\n', pad(d + 1));
        write(v[i], d + 1, true);
      }
      out.push('\n', pad(d), ']');
      return;
    }
    out.push('{');
    let first = true;
    for (const k in v as Record<string, unknown>) {
      const x = (v as Record<string, unknown>)[k];
      if (x === undefined) continue;
      out.push(first ? '\n' : ',\n', pad(d + 1), keyOf(k));
      first = false;
      write(x, d + 1, false);
    }
    out.push('\n', pad(d), '}');
  };
  write(value, 0, false);
  return out.join('');
}

/** Options of {@link fromJson}. */
export interface FromJsonOptions {
  /** File name for error messages. Default: none. */
  file?: string;
  /**
   * The source document's original text, for JSON written without
   * `includeText`; its length must match. Default: the text in the JSON,
   * else '' (with a W_NO_TEXT warning: spans then point into nothing).
   */
  sourceText?: string;
  /** The target document's original text (as `sourceText`). */
  targetText?: string;
}

const BLOCK_KINDS: readonly BlockKind[] = ['header', 'heading', 'field', 'paragraph', 'item', 'footnote'];
const FORMATS: readonly DocumentFormat[] = ['markdown', 'plain', 'lines'];

/** Reads a parsed JSON value with path-named E_FORMAT errors. */
class Reader {
  constructor(private readonly file: string | undefined) {}

  fail(path: string, expected: string, found: unknown): never {
    throw new ParalignError('E_FORMAT', `alignment JSON, ${path}: expected ${expected}, found ${describe(found)}`, this.file);
  }

  object(v: unknown, path: string): Record<string, unknown> {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) this.fail(path, 'an object', v);
    return v as Record<string, unknown>;
  }

  array(v: unknown, path: string): unknown[] {
    if (!Array.isArray(v)) this.fail(path, 'an array', v);
    return v;
  }

  string(v: unknown, path: string): string {
    if (typeof v !== 'string') this.fail(path, 'a string', v);
    return v;
  }

  optString(v: unknown, path: string): string | undefined {
    return v === undefined ? undefined : this.string(v, path);
  }

  int(v: unknown, path: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      this.fail(path, max < min ? 'nothing (there is no unit it could point to)' : max === Number.MAX_SAFE_INTEGER ? `an integer ≥ ${min}` : `an integer from ${min} to ${max}`, v);
    }
    return v;
  }

  ints(v: unknown, path: string, max: number): number[] {
    return this.array(v, path).map((x, i) => this.int(x, `${path}[${i}]`, 0, max));
  }

  strings(v: unknown, path: string): string[] {
    return this.array(v, path).map((x, i) => this.string(x, `${path}[${i}]`));
  }

  span(v: unknown, path: string, length: number): Span {
    const o = this.object(v, path);
    const start = this.int(o['start'], `${path}.start`, 0, length);
    const end = this.int(o['end'], `${path}.end`, start, length);
    return { start, end };
  }

  warnings(v: unknown, path: string): Warning[] {
    if (v === undefined) return [];
    return this.array(v, path).map((x, i) => {
      const o = this.object(x, `${path}[${i}]`);
      const w: Warning = { code: this.string(o['code'], `${path}[${i}].code`), message: this.string(o['message'], `${path}[${i}].message`) };
      const file = this.optString(o['file'], `${path}[${i}].file`);
      if (file !== undefined) w.file = file;
      return w;
    });
  }
}

function readDocument(r: Reader, v: unknown, path: string, given: string | undefined, warnings: Warning[]): Document {
  const o = r.object(v, path);
  const lang = r.string(o['lang'], `${path}.lang`);
  const file = r.optString(o['file'], `${path}.file`);
  const format = r.string(o['format'], `${path}.format`);
  if (!(FORMATS as readonly string[]).includes(format)) r.fail(`${path}.format`, FORMATS.join(' | '), format);
  const length = r.int(o['length'], `${path}.length`);
  let text = r.optString(o['text'], `${path}.text`);
  if (text === undefined && given !== undefined) text = given;
  if (text === undefined) {
    text = '';
    warnings.push({ code: 'W_NO_TEXT', message: `${path}: the JSON carries no original text (written without includeText) and none was given; spans cannot be resolved`, ...(file !== undefined ? { file } : {}) });
  } else if (text.length !== length) {
    r.fail(`${path}.text`, `a text of length ${length}`, `a text of length ${text.length}`);
  }
  const blocksRaw = r.array(o['blocks'], `${path}.blocks`);
  const segsRaw = r.array(o['segments'], `${path}.segments`);
  const segments: Segment[] = segsRaw.map((x, i) => {
    const p = `${path}.segments[${i}]`;
    const s = r.object(x, p);
    r.int(s['index'], `${p}.index`, i, i);
    const seg: Segment = {
      index: i,
      block: r.int(s['block'], `${p}.block`, 0, blocksRaw.length - 1),
      ordinal: r.int(s['ordinal'], `${p}.ordinal`, 1),
      span: r.span(s['span'], `${p}.span`, length),
      text: r.string(s['text'], `${p}.text`),
      markers: r.array(s['markers'] ?? [], `${p}.markers`).map((m, j) => {
        const mo = r.object(m, `${p}.markers[${j}]`);
        return { label: r.string(mo['label'], `${p}.markers[${j}].label`), span: r.span(mo['span'], `${p}.markers[${j}].span`, length), at: r.int(mo['at'], `${p}.markers[${j}].at`) };
      }),
    };
    if (s['line'] !== undefined) seg.line = r.int(s['line'], `${p}.line`);
    return seg;
  });
  const blocks: Block[] = blocksRaw.map((x, i) => {
    const p = `${path}.blocks[${i}]`;
    const b = r.object(x, p);
    r.int(b['index'], `${p}.index`, i, i);
    const kind = r.string(b['kind'], `${p}.kind`);
    if (!(BLOCK_KINDS as readonly string[]).includes(kind)) r.fail(`${p}.kind`, BLOCK_KINDS.join(' | '), kind);
    const block: Block = { index: i, kind: kind as BlockKind, span: r.span(b['span'], `${p}.span`, length), segments: r.ints(b['segments'], `${p}.segments`, segments.length - 1) };
    const label = r.optString(b['label'], `${p}.label`);
    if (label !== undefined) block.label = label;
    return block;
  });
  const doc: Document = { lang, text, format: format as DocumentFormat, blocks, segments, warnings: r.warnings(o['warnings'], `${path}.warnings`) };
  if (file !== undefined) doc.file = file;
  return doc;
}

function readLink(r: Reader, v: unknown, path: string, srcMax: number, tgtMax: number): Link {
  const o = r.object(v, path);
  const src = r.ints(o['src'], `${path}.src`, srcMax);
  const tgt = r.ints(o['tgt'], `${path}.tgt`, tgtMax);
  const type = r.string(o['type'], `${path}.type`);
  if (type !== `${src.length}-${tgt.length}`) r.fail(`${path}.type`, `"${src.length}-${tgt.length}" (the sizes of src and tgt)`, type);
  const confidence = o['confidence'];
  if (typeof confidence !== 'number' || !(confidence >= 0 && confidence <= 1)) r.fail(`${path}.confidence`, 'a number from 0 to 1', confidence);
  const labels = r.object(o['labels'], `${path}.labels`);
  return {
    id: r.string(o['id'], `${path}.id`),
    src,
    tgt,
    type: type as LinkType,
    confidence,
    labels: { src: r.strings(labels['src'], `${path}.labels.src`), tgt: r.strings(labels['tgt'], `${path}.labels.tgt`) },
  };
}

/** Check that every unit index in 0..count-1 appears in exactly one link. */
function checkCoverage(r: Reader, links: readonly Link[], side: 'src' | 'tgt', count: number, what: string): void {
  const seen = new Int32Array(count).fill(-1);
  links.forEach((l, li) => {
    for (const i of l[side]) {
      if (seen[i] !== -1) r.fail(`${what}[${li}].${side}`, `each ${side === 'src' ? 'source' : 'target'} unit in one link only`, `unit ${i} again (already in link ${links[seen[i]!]?.id})`);
      seen[i] = li;
    }
  });
  const missing = seen.indexOf(-1);
  if (missing !== -1) r.fail(what, `every ${side === 'src' ? 'source' : 'target'} unit in a link`, `unit ${missing} in none`);
}

/**
 * Read an alignment written by {@link toJson}. Checks the version
 * (`alignment/1`), the shape, index ranges, and that every block and every
 * segment of both documents is in exactly one link; any problem is
 * ParalignError E_FORMAT naming the path in the JSON (`sentences[3].src[0]`).
 */
export function fromJson(text: string, options?: FromJsonOptions): Alignment {
  const o = checkOptions(options);
  if (typeof text !== 'string') throw new ParalignError('E_OPTION', `text: expected a string, found ${describe(text)}`);
  const file = o.file;
  const r: Reader = new Reader(file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ParalignError('E_FORMAT', `not valid JSON: ${e instanceof Error ? e.message : String(e)}`, file);
  }
  const root = r.object(parsed, '(root)');
  if (root['paralign'] !== ALIGNMENT_JSON_VERSION) {
    throw new ParalignError('E_FORMAT', `not a paralign alignment of a version this reader knows: expected "paralign": "${ALIGNMENT_JSON_VERSION}", found ${describe(root['paralign'])}`, file);
  }
  const warnings: Warning[] = r.warnings(root['warnings'], 'warnings');
  const source = readDocument(r, root['source'], 'source', o.sourceText, warnings);
  const target = readDocument(r, root['target'], 'target', o.targetText, warnings);
  const paragraphs = r.array(root['paragraphs'], 'paragraphs').map((x, i) => readLink(r, x, `paragraphs[${i}]`, source.blocks.length - 1, target.blocks.length - 1));
  const sentences: SentenceLink[] = r.array(root['sentences'], 'sentences').map((x, i) => {
    const link = readLink(r, x, `sentences[${i}]`, source.segments.length - 1, target.segments.length - 1);
    const paragraph = r.int(r.object(x, `sentences[${i}]`)['paragraph'], `sentences[${i}].paragraph`, 0, paragraphs.length - 1);
    return { ...link, paragraph };
  });
  checkCoverage(r, paragraphs, 'src', source.blocks.length, 'paragraphs');
  checkCoverage(r, paragraphs, 'tgt', target.blocks.length, 'paragraphs');
  checkCoverage(r, sentences, 'src', source.segments.length, 'sentences');
  checkCoverage(r, sentences, 'tgt', target.segments.length, 'sentences');
  const lexicon: TranslationTable = new Map();
  if (root['lexicon'] !== undefined) {
    r.array(root['lexicon'], 'lexicon').forEach((x, i) => {
      const row = r.array(x, `lexicon[${i}]`);
      const s = r.string(row[0], `lexicon[${i}][0]`);
      const t = r.string(row[1], `lexicon[${i}][1]`);
      const p = row[2];
      if (typeof p !== 'number' || !(p >= 0 && p <= 1)) r.fail(`lexicon[${i}][2]`, 'a probability from 0 to 1', p);
      let m = lexicon.get(s);
      if (!m) lexicon.set(s, (m = new Map()));
      m.set(t, p);
    });
  }
  return { source, target, paragraphs, sentences, lexicon, warnings };
}
