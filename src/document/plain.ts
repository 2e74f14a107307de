/**
 * `plain` format: paragraphs separated by blank lines, the lines of a paragraph joined, each
 * paragraph split into sentences.
 */
import { isDateNumber, type DocumentBuilder } from './build.js';
import { physicalLines, type PhysicalLine } from './lines.js';

/** A leading paragraph number, `12.` or `12)`. */
const NUMBER_RE = /^(\d{1,3})[.)][ \t\u00a0]+(?=\S)/;

/** Share of lines ending in sentence punctuation above which a text without blank lines is read as one paragraph per line. */
const UNWRAPPED_SHARE = 0.7;

/**
 * Parse plain text. A text with no blank line at all whose lines mostly end in sentence
 * punctuation (unwrapped text, one paragraph per line) is read as one paragraph per line;
 * otherwise blank lines separate paragraphs. A paragraph starting with `N.` or `N)` gets label
 * `N` (the number is not part of its first segment).
 */
export function parsePlain(b: DocumentBuilder): void {
  const text = b.text;
  const groups: PhysicalLine[][] = [];
  let cur: PhysicalLine[] | undefined;
  let nonBlank = 0;
  let ending = 0;
  for (const line of physicalLines(text)) {
    if (line.first === line.last) {
      cur = undefined;
      continue;
    }
    nonBlank++;
    if (/[.!?…:;"'”’»)]$/.test(text[line.last - 1]!)) ending++;
    if (cur === undefined) {
      cur = [];
      groups.push(cur);
    }
    cur.push(line);
  }
  const only = groups[0];
  if (groups.length === 1 && only !== undefined && nonBlank >= 2 && ending / nonBlank >= UNWRAPPED_SHARE) {
    groups.splice(0, 1, ...only.map((l) => [l]));
  }
  for (const group of groups) {
    const first = group[0]!;
    const last = group[group.length - 1]!;
    const m = isDateNumber(text, first.first, b.data) ? null : NUMBER_RE.exec(text.slice(first.first, Math.min(first.last, first.first + 12)));
    const from = m ? first.first + m[0].length : first.first;
    b.addBlock('paragraph', m ? m[1]! : undefined, { start: first.first, end: last.last }, [{ from, to: last.last, split: true }]);
  }
}
