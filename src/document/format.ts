/**
 * Guessing the input format: Council-style Markdown, one sentence per line, or plain paragraphs.
 */
import { LANGUAGES } from '../lang/index.js';
import type { DocumentFormat } from '../types.js';
import { isParagraphMark, physicalLines } from './lines.js';

/** Fewer non-blank lines than this are never read as `lines` by `detectFormat`. */
export const MIN_LINES = 8;
/** Share of non-blank lines that must look like single sentences for `lines`. */
export const SENTENCE_LINE_SHARE = 0.8;

const SUP_RE = /<sup>\s*[^<>\s]{1,8}\s*<\/sup>/i;
const RULE_RE = /^([-*_])(?:[ \t]*\1){2,}$/;
const HEADING_RE = /^#{1,6}[ \t]+\S/;
const BOLD_LINE_RE = /^(\*\*|__)\S(?:.*\S)?\1$/;
const NUMBERED_RE = /^\d{1,3}\.[ \t]+\S/;
const LETTERED_RE = /^[-*+•][ \t]+(?:\([a-z]{1,2}\)|[a-z]{1,2}[.)])[ \t]+\S/;
const FIELD_RE = /^([^\t|:][^\t|]{0,40}?)[ \u00a0]*:[ \u00a0]*\t/;
const FIELD_PIPE_RE = /^\|[ \t]*([^|\t]{1,40}?)[ \t]*:?[ \t]*\|/;
/** A sentence end inside a line: punctuation after a word of 4+ letters, space, then a capitalised word. */
const INNER_END_RE = /\p{L}{4,}[.!?…]["'”’»)]*\s+["'“„«(]?\p{Lu}\p{Ll}/u;

/** Field names of every language, lower case, for recognising the From/To/Subject table. */
const FIELD_NAMES = new Set([...LANGUAGES.values()].flatMap((l) => Object.values(l.fieldNames).flat().map((n) => n.toLowerCase())));

/**
 * Guess the format of `text` (what `parseDocument` does with `format: 'auto'`):
 * - `lines` when any line is exactly `<p>`;
 * - `markdown` when the text shows its marks: `<sup>N</sup>`, `---` page rules, whole-line
 *   `**bold**` titles, `#` headings, a From/To/Subject table row (`Subject:` + tab, or
 *   `| Subject: | … |`), or numbered
 *   paragraphs `1.` together with lettered items `- a.`/`- (a)`;
 * - `lines` when there is no blank line between text lines, at least `MIN_LINES` lines, and
 *   most lines (`SENTENCE_LINE_SHARE`) look like single sentences;
 * - `plain` otherwise.
 * Linear in the text length.
 */
export function detectFormat(text: string): DocumentFormat {
  let nonBlank = 0;
  let single = 0;
  let tested = 0;
  let innerBlank = false;
  let pendingBlank = false;
  let numbered = 0;
  let lettered = 0;
  let markdown = SUP_RE.test(text);
  for (const line of physicalLines(text)) {
    if (line.first === line.last) {
      if (nonBlank > 0) pendingBlank = true;
      continue;
    }
    if (isParagraphMark(text, line)) return 'lines';
    if (pendingBlank) innerBlank = true;
    pendingBlank = false;
    nonBlank++;
    if (markdown) continue;
    const t = text.slice(line.first, line.last);
    // the sentence test is the costly one: look at every line of the first 2000, then every tenth
    if (nonBlank <= 2000 || nonBlank % 10 === 0) {
      tested++;
      if (t.length <= 1000 && !INNER_END_RE.test(t)) single++;
    }
    if (RULE_RE.test(t) || HEADING_RE.test(t) || BOLD_LINE_RE.test(t)) markdown = true;
    else if (NUMBERED_RE.test(t)) numbered++;
    else if (LETTERED_RE.test(t)) lettered++;
    else {
      const f = FIELD_RE.exec(t) ?? FIELD_PIPE_RE.exec(t);
      if (f && FIELD_NAMES.has(f[1]!.trim().toLowerCase())) markdown = true;
    }
  }
  if (markdown || (numbered > 0 && lettered > 0)) return 'markdown';
  if (!innerBlank && nonBlank >= MIN_LINES && single >= SENTENCE_LINE_SHARE * tested) return 'lines';
  return 'plain';
}
