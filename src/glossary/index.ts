/**
 * Reading glossaries back into a Termbase: TBX (paralign's own TBX-Basic and
 * other TBX-Basic files), CSV (paralign's termbase CSV, or any `source,target`
 * CSV whose header names the languages) and paralign's termbase JSON.
 *
 * XML safety: a DOCTYPE or entity declaration is refused (E_XML) before any
 * parsing, so external entities (XXE) and entity expansion (billion laughs)
 * cannot happen; the parser runs with entity processing off and only the five
 * predefined entities and character references are decoded.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ParalignError, describe, optionError } from '../errors.js';
import { LANGUAGES } from '../lang/index.js';
import { parseContext, parseCsv, CSV_COLUMNS } from '../formats/csv.js';
import { fromTermsJson } from '../terms/json.js';
import type { Rendering, Term, TermContext, Termbase, TermStatus } from '../types.js';

export { applyReview } from './review.js';
export type { ReviewOptions, ReviewResult } from './review.js';

/** Options of {@link readGlossary}. */
export interface ReadGlossaryOptions {
  /** File name, for messages and for format detection by extension. Default: none. */
  file?: string;
  /** 'tbx', 'csv', 'json', or 'auto' (by extension, else by content). Default 'auto'. */
  format?: 'auto' | 'tbx' | 'csv' | 'json';
  /** Source language (ISO 639-1). Default: from the file (TBX `xml:lang` of `tbx`, the CSV header). */
  srcLang?: string;
  /** Target language. Default: from the file (the first other language of a TBX file, the CSV header). */
  tgtLang?: string;
}

const STATUSES: readonly TermStatus[] = ['proposed', 'preferred', 'admitted', 'deprecated', 'forbidden'];

function checkOptions(o: unknown): ReadGlossaryOptions {
  if (o === undefined) return {};
  if (typeof o !== 'object' || o === null || Array.isArray(o)) optionError('options', 'an object', o);
  const opts = o as Record<string, unknown>;
  for (const k of Object.keys(opts)) if (!['file', 'format', 'srcLang', 'tgtLang'].includes(k)) optionError(k, 'one of file, format, srcLang, tgtLang', k);
  if (opts.file !== undefined && typeof opts.file !== 'string') optionError('file', 'a string', opts.file);
  if (opts.format !== undefined && !['auto', 'tbx', 'csv', 'json'].includes(opts.format as string)) optionError('format', "'auto', 'tbx', 'csv' or 'json'", opts.format);
  for (const k of ['srcLang', 'tgtLang']) {
    const v = opts[k];
    if (v !== undefined && (typeof v !== 'string' || !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(v))) optionError(k, 'a language code such as "de"', v);
  }
  return opts as ReadGlossaryOptions;
}

/**
 * Read a glossary (TBX, CSV or paralign JSON) into a Termbase. Malformed
 * files throw ParalignError 'E_GLOSSARY' (or 'E_XML' for XML that is not
 * well-formed or declares a DOCTYPE/entities), naming the line or element.
 */
export function readGlossary(text: string, options?: ReadGlossaryOptions): Termbase {
  const opts = checkOptions(options);
  if (typeof text !== 'string') optionError('text', 'a string', text);
  const file = opts.file;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new ParalignError('E_GLOSSARY', 'the glossary is empty', file);
  let format = opts.format ?? 'auto';
  if (format === 'auto') {
    const ext = /\.([a-z]+)$/i.exec(file ?? '')?.[1]?.toLowerCase();
    if (ext === 'tbx' || ext === 'xml') format = 'tbx';
    else if (ext === 'csv' || ext === 'tsv') format = 'csv';
    else if (ext === 'json') format = 'json';
    else {
      const first = body.trimStart().charAt(0);
      format = first === '<' ? 'tbx' : first === '{' ? 'json' : 'csv';
    }
  }
  if (format === 'tbx') return readTbx(body, opts);
  if (format === 'json') return fromTermsJson(body, file);
  return readCsv(body, opts);
}

// ---------------------------------------------------------------- TBX

const REPEATED = new Set(['conceptEntry', 'langSec', 'termSec', 'termNote', 'descrip', 'descripGrp', 'note', 'admin', 'p', 'termNoteGrp', 'transacGrp', 'xref', 'ref']);

type XNode = Record<string, unknown>;

/** Line of the offset `at` in `text` (1-based). */
function lineAt(text: string, at: number): number {
  let line = 1;
  for (let i = 0; i < at && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function decodeEntities(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (m, e: string) => {
    switch (e) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default: {
        const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
      }
    }
  });
}

/** All text inside a parsed node (own text and children's), spaces folded. */
function textOf(node: unknown): string {
  if (node === undefined || node === null) return '';
  // line breaks with their indentation fold to one space (pretty-printed files); other spaces stay
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean') return decodeEntities(String(node)).replace(/[ \t]*[\r\n]+[ \t\r\n]*/g, ' ').trim();
  if (Array.isArray(node)) return node.map(textOf).filter((s) => s !== '').join(' ');
  const parts: string[] = [];
  for (const [k, v] of Object.entries(node as XNode)) {
    if (k.startsWith('@')) continue;
    parts.push(textOf(v));
  }
  return parts.filter((s) => s !== '').join(' ').trim();
}

function attr(node: unknown, name: string): string | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const v = (node as XNode)['@' + name];
  return v === undefined ? undefined : decodeEntities(String(v));
}

function children(node: unknown, name: string): XNode[] {
  if (typeof node !== 'object' || node === null) return [];
  const v = (node as XNode)[name];
  if (v === undefined) return [];
  const list = Array.isArray(v) ? v : [v];
  return list.map((x) => (typeof x === 'object' && x !== null ? (x as XNode) : ({ '#text': x } as XNode)));
}

const TBX_STATUS: Record<string, TermStatus> = {
  'preferredTerm-admn-sts': 'preferred',
  'admittedTerm-admn-sts': 'admitted',
  'deprecatedTerm-admn-sts': 'deprecated',
  'supersededTerm-admn-sts': 'deprecated',
  'legalTerm-admn-sts': 'preferred',
  'regulatedTerm-admn-sts': 'preferred',
  'standardizedTerm-admn-sts': 'preferred',
};

/** paralign's `key: value` notes, and the rest as free text. */
function splitNotes(nodes: XNode[], keys: readonly string[]): { values: Map<string, string>; free: string[] } {
  const values = new Map<string, string>();
  const free: string[] = [];
  for (const n of nodes) {
    const t = textOf(n);
    const m = /^([a-z]+):\s*(.*)$/s.exec(t);
    if (m && keys.includes(m[1]!) && !values.has(m[1]!)) values.set(m[1]!, m[2]!);
    else if (t !== '') free.push(t);
  }
  return { values, free };
}

interface SecInfo {
  term: string;
  status: TermStatus | undefined;
  count: number | undefined;
  variants: string[];
  pos: string | undefined;
  contexts: TermContext[];
  note: string | undefined;
}

function parseReference(s: string): TermContext | undefined {
  const link = /(?:^|;\s*)link\s+([^;\s]+)/.exec(s)?.[1];
  if (!link) return undefined;
  const c: TermContext = { link };
  const label = /(?:^|;\s*)label\s+([^;]+?)\s*(?:;|$)/.exec(s)?.[1];
  if (label !== undefined) c.label = label;
  const span = (k: string): { start: number; end: number } | undefined => {
    const m = new RegExp(`(?:^|;\\s*)${k}\\s+(\\d+)-(\\d+)`).exec(s);
    return m ? { start: Number(m[1]), end: Number(m[2]) } : undefined;
  };
  const src = span('src');
  const tgt = span('tgt');
  if (src) c.src = src;
  if (tgt) c.tgt = tgt;
  return c;
}

function readTermSec(sec: XNode, where: string, file: string | undefined): SecInfo {
  const term = textOf(children(sec, 'term')[0]);
  if (term === '') throw new ParalignError('E_GLOSSARY', `${where}: termSec without a term`, file);
  let status: TermStatus | undefined;
  let tbxPos: string | undefined;
  for (const tn of [...children(sec, 'termNote'), ...children(sec, 'termNoteGrp').flatMap((g) => children(g, 'termNote'))]) {
    const type = attr(tn, 'type');
    const v = textOf(tn);
    if (type === 'administrativeStatus') status = TBX_STATUS[v] ?? status;
    if (type === 'partOfSpeech') tbxPos = v;
  }
  const { values, free } = splitNotes(children(sec, 'note'), ['count', 'variants', 'status', 'pos']);
  const noteStatus = values.get('status');
  if (noteStatus !== undefined && (STATUSES as readonly string[]).includes(noteStatus)) status = noteStatus as TermStatus;
  const countText = values.get('count');
  const count = countText !== undefined && /^\d+$/.test(countText) ? Number(countText) : undefined;
  const variants = values.get('variants')?.split(' | ').map((v) => v.trim()).filter((v) => v !== '') ?? [];
  const contexts: TermContext[] = [];
  for (const g of children(sec, 'descripGrp')) {
    const d = children(g, 'descrip').find((x) => attr(x, 'type') === 'context');
    if (!d) continue;
    const source = children(g, 'admin').find((x) => attr(x, 'type') === 'source');
    const ref = source ? parseReference(textOf(source)) : undefined;
    if (ref) contexts.push(ref);
  }
  return { term, status, count, variants, pos: values.get('pos') ?? tbxPos, contexts, note: free.length > 0 ? free.join('\n') : undefined };
}

function readTbx(text: string, opts: ReadGlossaryOptions): Termbase {
  const file = opts.file;
  const decl = /<!(DOCTYPE|ENTITY)/i.exec(text);
  if (decl) {
    throw new ParalignError('E_XML', `line ${lineAt(text, decl.index)}: a ${decl[1]!.toUpperCase()} declaration is refused (no DTDs or entities in glossaries)`, file);
  }
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (valid !== true) {
    throw new ParalignError('E_XML', `line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`, file);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    processEntities: false,
    htmlEntities: false,
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => REPEATED.has(name),
  });
  const doc = parser.parse(text) as XNode;
  const tbx = doc.tbx as XNode | undefined;
  if (!tbx || typeof tbx !== 'object') throw new ParalignError('E_GLOSSARY', 'expected a <tbx> root element (TBX 2019)', file);
  const body = (tbx.text as XNode | undefined)?.body as XNode | undefined;
  const entries = children(body, 'conceptEntry');
  // languages present, most frequent first
  const langCount = new Map<string, number>();
  for (const e of entries) for (const ls of children(e, 'langSec')) {
    const l = attr(ls, 'lang');
    if (l) langCount.set(l, (langCount.get(l) ?? 0) + 1);
  }
  const rootLang = attr(tbx, 'lang');
  // paralign states the pair in the header: <p>languages: de en</p>
  const declared = children((((tbx.tbxHeader as XNode | undefined)?.fileDesc as XNode | undefined)?.sourceDesc as XNode | undefined), 'p')
    .map((p) => /^languages:\s*(\S+)\s+(\S+)$/.exec(textOf(p)))
    .find((m) => m !== null);
  const srcLang = opts.srcLang ?? declared?.[1] ?? (rootLang && langCount.has(rootLang) ? rootLang : [...langCount.keys()][0] ?? rootLang ?? '');
  const others = [...langCount.entries()].filter(([l]) => l !== srcLang).sort((a, b) => b[1] - a[1]);
  const tgtLang = opts.tgtLang ?? declared?.[2] ?? others[0]?.[0] ?? '';
  if (!srcLang) throw new ParalignError('E_GLOSSARY', 'cannot tell the source language: no xml:lang on <tbx> or any <langSec>', file);

  const terms: Term[] = [];
  entries.forEach((e, i) => {
    const id = attr(e, 'id') ?? `c${i + 1}`;
    const where = `conceptEntry ${id}`;
    const langSecs = children(e, 'langSec');
    for (const ls of langSecs) if (!attr(ls, 'lang')) throw new ParalignError('E_GLOSSARY', `${where}: langSec without xml:lang`, file);
    const srcSecs = langSecs.filter((ls) => attr(ls, 'lang') === srcLang).flatMap((ls) => children(ls, 'termSec')).map((s) => readTermSec(s, where, file));
    if (srcSecs.length === 0) return; // a concept without a source term: nothing to look up
    const tgtSecs = langSecs.filter((ls) => attr(ls, 'lang') === tgtLang).flatMap((ls) => children(ls, 'termSec')).map((s) => readTermSec(s, where, file));
    const main = srcSecs.find((s) => s.status === 'preferred') ?? srcSecs[0]!;
    const { values, free } = splitNotes(children(e, 'note'), ['frequency', 'score', 'confidence']);
    const definitions = [...children(e, 'descrip'), ...langSecs.flatMap((ls) => children(ls, 'descrip')), ...langSecs.flatMap((ls) => children(ls, 'descripGrp').flatMap((g) => children(g, 'descrip')))]
      .filter((d) => attr(d, 'type') === 'definition')
      .map((d) => `definition: ${textOf(d)}`);
    const num = (k: string): number => {
      const v = values.get(k);
      return v !== undefined && Number.isFinite(Number(v)) ? Number(v) : 0;
    };
    const status = main.status ?? 'admitted';
    const renderings: Rendering[] = tgtSecs.map((s) => {
      const r: Rendering = { term: s.term, variants: [s.term, ...s.variants.filter((v) => v !== s.term)], count: s.count ?? s.contexts.length, contexts: s.contexts };
      const rs = s.status ?? 'admitted';
      if (rs !== status) r.status = rs;
      if (s.note !== undefined) r.note = s.note;
      return r;
    });
    const noteParts = [...free, ...definitions, ...srcSecs.filter((s) => s !== main).map((s) => `synonym: ${s.term}${s.status ? ` (${s.status})` : ''}`)];
    const t: Term = {
      id,
      source: main.term,
      sourceVariants: [main.term, ...main.variants.filter((v) => v !== main.term)],
      frequency: values.has('frequency') ? num('frequency') : (main.count ?? 0),
      score: num('score'),
      confidence: num('confidence'),
      renderings,
      status,
    };
    if (main.pos !== undefined) t.pos = main.pos;
    if (noteParts.length > 0) t.note = noteParts.join('\n');
    terms.push(t);
  });
  return { srcLang, tgtLang, terms };
}

// ---------------------------------------------------------------- CSV

/** A language code from a header cell: `de`, `German`, `source (de)`, `de-DE`. */
function langFromHeader(cell: string): string | undefined {
  const c = cell.trim().toLowerCase();
  const code = /(?:^|[\s(_-])([a-z]{2})(?:[-_][a-z]{2})?(?:$|[\s)])/.exec(c)?.[1] ?? (/^[a-z]{2}$/.test(c) ? c : undefined);
  if (code && LANGUAGES.has(code)) return code;
  for (const l of LANGUAGES.values()) if (c.includes(l.name.toLowerCase())) return l.code;
  return code;
}

function readCsv(text: string, opts: ReadGlossaryOptions): Termbase {
  const file = opts.file;
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = { ',': (firstLine.match(/,/g) ?? []).length, ';': (firstLine.match(/;/g) ?? []).length, '\t': (firstLine.match(/\t/g) ?? []).length };
  const sep = (Object.entries(counts).sort((a, b) => b[1] - a[1])[0]![1] > 0 ? Object.entries(counts).sort((a, b) => b[1] - a[1])[0]![0] : ',') as ',' | ';' | '\t';
  const fail = (line: number, message: string): never => {
    throw new ParalignError('E_GLOSSARY', `line ${line}: ${message}`, file);
  };
  const rows = parseCsv(text, sep, fail);
  const header = rows.shift();
  if (!header) fail(1, 'no header row');
  const h = header!.fields.map((f) => f.trim());
  const ours = h[0] === 'id' && h.length === 3 + CSV_COLUMNS.length && CSV_COLUMNS.every((c, i) => h[3 + i] === c);
  if (ours) return readOurCsv(rows, h, opts, fail);
  // a simple glossary: the first two columns are source and target, the header names the languages
  if (h.length < 2) fail(header!.line, `expected at least two columns (source, target), found ${h.length}`);
  const srcLang = opts.srcLang ?? langFromHeader(h[0]!);
  const tgtLang = opts.tgtLang ?? langFromHeader(h[1]!);
  if (!srcLang || !tgtLang) fail(header!.line, `the header must name the languages (such as "de,en"), found ${describe(firstLine)}`);
  const statusCol = h.findIndex((c) => c.toLowerCase() === 'status');
  const noteCol = h.findIndex((c) => /^(note|notes|comment|comments)$/i.test(c));
  const bySource = new Map<string, Term>();
  for (const r of rows) {
    if (r.fields.length < 2) fail(r.line, `expected at least 2 fields, found ${r.fields.length}`);
    const s = r.fields[0]!.trim();
    const t = r.fields[1]!.trim();
    if (s === '') fail(r.line, 'empty source term');
    let status: TermStatus = 'admitted';
    if (statusCol >= 0) {
      const v = (r.fields[statusCol] ?? '').trim().toLowerCase();
      if (v !== '') {
        if (!(STATUSES as readonly string[]).includes(v)) fail(r.line, `status: expected one of ${STATUSES.join(', ')}, found ${describe(v)}`);
        status = v as TermStatus;
      }
    }
    const note = noteCol >= 0 ? (r.fields[noteCol] ?? '').trim() : '';
    let term = bySource.get(s);
    if (!term) {
      term = { id: `c${bySource.size + 1}`, source: s, sourceVariants: [s], frequency: 0, score: 0, confidence: 0, renderings: [], status };
      bySource.set(s, term);
    }
    if (t === '') continue;
    const rendering: Rendering = { term: t, variants: [t], count: 0, contexts: [] };
    if (status !== term.status) rendering.status = status;
    if (note !== '') rendering.note = note;
    term.renderings.push(rendering);
  }
  return { srcLang: srcLang!, tgtLang: tgtLang!, terms: [...bySource.values()] };
}

function readOurCsv(rows: Array<{ line: number; fields: string[] }>, h: string[], opts: ReadGlossaryOptions, fail: (line: number, message: string) => never): Termbase {
  const srcLang = opts.srcLang ?? h[1]!;
  const tgtLang = opts.tgtLang ?? h[2]!;
  const col = (name: string): number => h.indexOf(name);
  const byId = new Map<string, Term>();
  const intField = (r: { line: number; fields: string[] }, name: string): number => {
    const v = r.fields[col(name)]!.trim();
    if (!/^\d+$/.test(v)) fail(r.line, `${name}: expected a whole number, found ${describe(v)}`);
    return Number(v);
  };
  const numField = (r: { line: number; fields: string[] }, name: string): number => {
    const v = r.fields[col(name)]!.trim();
    if (v === '' || !Number.isFinite(Number(v))) fail(r.line, `${name}: expected a number, found ${describe(v)}`);
    return Number(v);
  };
  const list = (s: string): string[] => s.split(' | ').map((x) => x.trim()).filter((x) => x !== '');
  for (const r of rows) {
    if (r.fields.length !== h.length) fail(r.line, `expected ${h.length} fields, found ${r.fields.length}`);
    const f = (name: string): string => r.fields[col(name)]!;
    const id = f('id').trim();
    if (id === '') fail(r.line, 'empty id');
    const status = f('status').trim() as TermStatus;
    if (!STATUSES.includes(status)) fail(r.line, `status: expected one of ${STATUSES.join(', ')}, found ${describe(status)}`);
    const termStatus = f('term_status').trim() as TermStatus;
    if (!STATUSES.includes(termStatus)) fail(r.line, `term_status: expected one of ${STATUSES.join(', ')}, found ${describe(termStatus)}`);
    let term = byId.get(id);
    if (!term) {
      const source = r.fields[1]!;
      if (source.trim() === '') fail(r.line, 'empty source term');
      term = {
        id,
        source,
        sourceVariants: [source, ...list(f('source_variants')).filter((v) => v !== source)],
        frequency: intField(r, 'frequency'),
        score: numField(r, 'score'),
        confidence: numField(r, 'confidence'),
        renderings: [],
        status: termStatus,
      };
      if (f('pos') !== '') term.pos = f('pos');
      if (f('note') !== '') term.note = f('note');
      byId.set(id, term);
    }
    const target = r.fields[2]!;
    if (target === '') continue;
    const contexts: TermContext[] = [];
    for (const tok of f('links').split(/\s+/).filter((x) => x !== '')) {
      const c = parseContext(tok);
      if (!c) fail(r.line, `links: cannot read ${describe(tok)}`);
      contexts.push(c!);
    }
    const rendering: Rendering = { term: target, variants: [target, ...list(f('target_variants')).filter((v) => v !== target)], count: intField(r, 'count'), contexts };
    if (status !== term.status) rendering.status = status;
    if (f('rendering_note') !== '') rendering.note = f('rendering_note');
    term.renderings.push(rendering);
  }
  return { srcLang, tgtLang, terms: [...byId.values()] };
}
