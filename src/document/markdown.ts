/**
 * `markdown` format: the Markdown-like text that PDF converters make of Council documents.
 * Page furniture becomes labelled header blocks, the From/To/Subject table becomes fields,
 * numbered paragraphs, lettered items and footnote definitions get structural labels that do
 * not depend on the language, and `---` page rules disappear.
 */
import { LANGUAGES } from '../lang/index.js';
import { monthForms } from '../lang/months.js';
import type { FieldLabel, LanguageData } from '../lang/types.js';
import type { BlockKind } from '../types.js';
import { isDateNumber, type DocumentBuilder, type Piece } from './build.js';
import { physicalLines, type PhysicalLine } from './lines.js';

const RULE_RE = /^([-*_])(?:[ \t]*\1){2,}$/;
const HEADING_RE = /^(#{1,6})[ \t]+/;
const FOOTNOTE_RE = /^(?:<sup>\s*([^<>\s]{1,8})\s*<\/sup>|\[\^([^\]\s]{1,12})\]:)[ \t\u00a0]*/i;
const NUMBERED_RE = /^(\d{1,3})[.)][ \t\u00a0]+(?=\S)/;
const LETTERED_RE = /^[-*+•][ \t]+(?:\(([a-z]{1,2}|[ivx]{1,5})\)|([a-z]{1,2}|[ivx]{1,5})[.)])[ \t\u00a0]+(?=\S)/;
const BARE_LETTERED_RE = /^(?:\(([a-z]{1,2}|[ivx]{1,5})\)|([a-z])\))[ \t\u00a0]+(?=\S)/;
const BULLET_RE = /^[-*+•][ \t]+(?=\S)/;
const FIELD_TAB_RE = /^([^\t|:][^\t|]{0,40}?)[ \u00a0]*:[ \u00a0]*\t[ \t]*/;
const FIELD_SPACE_RE = /^([^\t|:][^\t|]{0,40}?)[ \u00a0]*:[ \t\u00a0]+(?=\S)/;
/** A table row `| From: | Presidency |` (the name cell may lack the colon). */
const FIELD_PIPE_RE = /^\|[ \t]*([^|\t]{1,40}?)[ \t]*:?[ \t]*\|[ \t]*/;
/** A table separator row `|---|:---|`. */
const TABLE_RULE_RE = /^\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-{3,}:?[ \t]*)?$/;

const ORIGIN_RE = /^\(OR\.\s*[a-z]{2}(?:\s*[,/]\s*[a-z]{2})*\)$/i;
const DOCNO_RE = /^(?:ST\s+)?\d{3,6}\/\d{2}(?:\s+(?:ADD|COR|REV|AMD|EXT|DCL)(?:\s*\d+)?)*(?:\s+[A-Z]{1,3})?$/;
const LIMITE_RE = /^(?:LIMITE|PUBLIC|RESTREINT UE\/EU RESTRICTED|CONFIDENTIEL UE\/EU CONFIDENTIAL|SECRET UE\/EU SECRET)$/;
const CODES_RE = /^[A-Z][A-Z0-9]{1,11}(?:[ -][A-Z0-9]{1,11})*[ \t]+\d{1,5}$/;
const YEAR_RE = /\b(?:1[89]|20)\d{2}\b/;
/** First row of a Council page footer: document number, drafter's initials, page number (`12326/19 JV/mr 2`). */
const FOOTER_ROW1 = String.raw`(?:ST\s+)?\d{3,6}\/\d{2}(?:\s+(?:ADD|COR|REV|AMD)\s*\d*)*\s+[A-Za-z]{1,4}\/[a-z]{1,4}\s+\d{1,3}`;
/** Second row: optional annex mark, the directorate (with its unit, or followed by the classification), the language (`JAI.1 LIMITE EN`, `ANLAGE GIP.2 DE`). */
const EU_LANGS = 'BG|CS|DA|DE|EL|EN|ES|ET|FI|FR|GA|HR|HU|IT|LT|LV|MT|NL|PL|PT|RO|SK|SL|SV';
const FOOTER_ROW2 = String.raw`(?:(?:ANNEX|ANNEXE|ANLAGE|ANHANG)(?:\s+[IVX\d]{1,4})?\s+)?[A-Z]{2,6}(?:(?:\.[0-9A-Z]{1,2}){1,3}\s+(?:(?:LIMITE|PUBLIC)\s+)?|\s+(?:LIMITE|PUBLIC)\s+)(?:${EU_LANGS})`;
const FOOTER_RE = new RegExp(`^(?:${FOOTER_ROW1}|${FOOTER_ROW2}|${FOOTER_ROW1}\\s+${FOOTER_ROW2})$`);

/** Whether a (trimmed) line is a row of a Council page footer, written plainly or as a table row (`| 12326/19 | JV/mr | 2 |`). */
export function isPageFooter(line: string): boolean {
  const t = line.includes('|') ? line.replace(/\|/g, ' ').trim() : line;
  return t.length <= 80 && FOOTER_RE.test(t.replace(/[ \t\u00a0]+/g, ' '));
}
const NUMERIC_DATE_RE = /\b\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})\b/;

/** Month names of every language, for recognising the date line whatever the document's language. */
const ALL_MONTHS = new Set([...LANGUAGES.values()].flatMap((l) => monthForms(l)));

type HeaderLabel = 'date' | 'origin' | 'docno' | 'limite' | 'codes';

/** Which piece of Council page furniture a (trimmed) line is, if any. */
export function headerLabel(line: string): HeaderLabel | undefined {
  if (ORIGIN_RE.test(line)) return 'origin';
  if (DOCNO_RE.test(line)) return 'docno';
  if (LIMITE_RE.test(line)) return 'limite';
  if (CODES_RE.test(line)) return 'codes';
  // no sentence end, except a year abbreviation after the year (Polish `15 listopada 2019 r.`)
  if (line.length <= 80 && YEAR_RE.test(line) && (!/[.;:!?]$/.test(line) || /\d{4}\s+\p{L}{1,2}\.$/u.test(line))) {
    if (NUMERIC_DATE_RE.test(line)) return 'date';
    for (const w of line.toLowerCase().split(/[^\p{L}]+/u)) if (ALL_MONTHS.has(w)) return 'date';
  }
  return undefined;
}

/** The language-independent label of a From/To/Subject table row name, if it is one. */
export function fieldLabel(name: string, data: LanguageData): FieldLabel | undefined {
  const key = name.trim().toLowerCase();
  const find = (d: LanguageData): FieldLabel | undefined => {
    for (const [label, names] of Object.entries(d.fieldNames) as Array<[FieldLabel, string[]]>) {
      if (names.some((n) => n.toLowerCase() === key)) return label;
    }
    return undefined;
  };
  const own = find(data);
  if (own !== undefined) return own;
  for (const other of LANGUAGES.values()) {
    if (other === data) continue;
    const l = find(other);
    if (l !== undefined) return l;
  }
  return undefined;
}

/** A block being collected. */
interface Open {
  kind: BlockKind;
  label: string | undefined;
  start: number;
  end: number;
  pieces: Piece[];
  /** Whether following non-blank lines continue it. */
  joinable: boolean;
}

/** Parse Council-style Markdown into the builder. Linear in the text length. */
export function parseMarkdown(b: DocumentBuilder): void {
  const text = b.text;
  const data = b.data;
  let cur: Open | undefined;
  let headerMode = true;
  let prevBlank = true;
  let lastNumber: number | undefined;
  let titles = 0;

  const close = (): void => {
    if (cur !== undefined) b.addBlock(cur.kind, cur.label, { start: cur.start, end: cur.end }, cur.pieces);
    cur = undefined;
  };
  const open = (kind: BlockKind, label: string | undefined, line: PhysicalLine, from: number, split: boolean, joinable: boolean): void => {
    close();
    cur = { kind, label, start: line.first, end: line.last, pieces: [{ from, to: line.last, split }], joinable };
  };
  const single = (kind: BlockKind, label: string | undefined, line: PhysicalLine, from: number, to = line.last): void => {
    close();
    b.addBlock(kind, label, { start: line.first, end: line.last }, [{ from, to, split: false }]);
  };

  for (const line of physicalLines(text)) {
    const t = text.slice(line.first, line.last);
    if (t === '' || t === '<p>') {
      if (cur?.label !== 'codes') close();
      prevBlank = true;
      continue;
    }
    const wasBlank = prevBlank;
    prevBlank = false;

    if (RULE_RE.test(t) || TABLE_RULE_RE.test(t)) {
      close();
      headerMode = false;
      prevBlank = true;
      continue;
    }
    // a page footer is page furniture like the rule: no block, and it ends the one before
    if (isPageFooter(t.trim())) {
      close();
      prevBlank = true;
      continue;
    }

    if (headerMode) {
      const h = headerLabel(t);
      if (h === 'codes' && cur?.label === 'codes') {
        cur.pieces.push({ from: line.first, to: line.last, split: false });
        cur.end = line.last;
        continue;
      }
      if (h === 'codes') {
        open('header', 'codes', line, line.first, false, false);
        continue;
      }
      if (h !== undefined) {
        single('header', h, line, line.first);
        continue;
      }
      if (t.length > 120) headerMode = false;
    }

    let m: RegExpExecArray | null;
    if ((m = HEADING_RE.exec(t))) {
      let to = line.last;
      const closing = /[ \t]+#+$/.exec(t);
      if (closing && closing.index >= m[0].length) to = line.first + closing.index;
      single('heading', undefined, line, line.first + m[0].length, to);
      headerMode = false;
      continue;
    }
    if (isBoldLine(t)) {
      single('heading', `title${++titles}`, line, line.first);
      headerMode = false;
      continue;
    }
    if ((m = FIELD_TAB_RE.exec(t))) {
      open('field', fieldLabel(m[1]!, data), line, line.first + m[0].length, false, true);
      headerMode = false;
      continue;
    }
    if ((m = FIELD_SPACE_RE.exec(t)) && t.length <= 300) {
      const label = fieldLabel(m[1]!, data);
      if (label !== undefined) {
        open('field', label, line, line.first + m[0].length, false, true);
        headerMode = false;
        continue;
      }
    }
    if ((m = FIELD_PIPE_RE.exec(t))) {
      const label = fieldLabel(m[1]!, data);
      if (label !== undefined) {
        // the value is the second cell: up to the next unescaped pipe
        const from = line.first + m[0].length;
        let to = from;
        while (to < line.last && !(text[to] === '|' && text[to - 1] !== '\\')) to++;
        close();
        b.addBlock('field', label, { start: line.first, end: line.last }, [{ from, to, split: false }]);
        headerMode = false;
        continue;
      }
    }
    if ((m = FOOTNOTE_RE.exec(t))) {
      open('footnote', `fn${m[1] ?? m[2]!}`, line, line.first + m[0].length, true, true);
      headerMode = false;
      continue;
    }
    if ((m = NUMBERED_RE.exec(t)) && !isDateNumber(text, line.first, data)) {
      const n = Number(m[1]);
      const continuing = cur !== undefined && cur.joinable && !wasBlank && (cur.kind === 'paragraph' || cur.kind === 'item' || cur.kind === 'footnote');
      const plausible = !continuing || (lastNumber === undefined ? n <= 3 : n > lastNumber && n <= lastNumber + 3);
      if (plausible) {
        open('paragraph', String(n), line, line.first + m[0].length, true, true);
        lastNumber = n;
        headerMode = false;
        continue;
      }
    }
    if ((m = LETTERED_RE.exec(t) ?? BARE_LETTERED_RE.exec(t))) {
      const letter = (m[1] ?? m[2]!).toLowerCase();
      open('item', lastNumber === undefined ? letter : `${lastNumber}${letter}`, line, line.first + m[0].length, true, true);
      headerMode = false;
      continue;
    }
    if ((m = BULLET_RE.exec(t))) {
      open('item', undefined, line, line.first + m[0].length, true, true);
      headerMode = false;
      continue;
    }
    if (cur !== undefined && cur.joinable && !wasBlank) {
      const last = cur.pieces[cur.pieces.length - 1]!;
      last.to = line.last;
      cur.end = line.last;
      continue;
    }
    open('paragraph', undefined, line, line.first, true, true);
  }
  close();
}

/** A whole line in bold: `**DRAFT COUNCIL CONCLUSIONS**` (or `__…__`). */
function isBoldLine(t: string): boolean {
  if (t.length < 5) return false;
  const mark = t.slice(0, 2);
  if (mark !== '**' && mark !== '__') return false;
  return t.endsWith(mark) && t.indexOf(mark, 2) === t.length - 2 && !/\s/.test(t[2]!) && !/\s/.test(t[t.length - 3]!);
}
