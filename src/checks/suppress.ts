/**
 * Suppression files: a reviewer keeps one beside the documents
 * (conventionally `paralign-suppress.txt`) to silence flags that are not
 * problems. Suppressed flags are counted, not shown.
 *
 * Text format, one flag per line:
 *
 *     # comment lines and blank lines are ignored
 *     <flag id> <reason>
 *     3fa2b9c01d  "the sector" is the Commission's wording in this paragraph
 *
 * The id is the flag's 10 hex digits (stable across reruns); the reason is
 * free text (required, so that the file documents itself). The same data as
 * JSON is accepted too: `{"version": 1, "suppress": [{"id": "…", "reason": "…"}]}`.
 * A malformed line is an E_FORMAT error naming the file and the line.
 */
import { ParalignError } from '../errors.js';

/** One suppressed flag id with the reviewer's reason. */
export interface Suppression {
  id: string;
  reason: string;
  /** 1-based line in the suppression file, when read from one. */
  line?: number;
}

const ID = /^[0-9a-f]{10}$/;

/** Parse a suppression file (text or JSON format, see the module comment). */
export function parseSuppressions(text: string, options: { file?: string } = {}): Suppression[] {
  const file = options.file ?? 'suppression file';
  const body = text.replace(/^\uFEFF/, '');
  if (body.trimStart().startsWith('{')) return parseJson(body, file);
  const out: Suppression[] = [];
  body.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const m = /^(\S+)(?:\s+(.*))?$/.exec(line);
    const id = m?.[1] ?? '';
    const reason = (m?.[2] ?? '').trim();
    if (!ID.test(id)) throw new ParalignError('E_FORMAT', `line ${i + 1}: expected a flag id of 10 hex digits, found ${JSON.stringify(id.slice(0, 40))}`, file);
    if (reason === '') throw new ParalignError('E_FORMAT', `line ${i + 1}: expected a reason after the flag id ${id}, found nothing`, file);
    out.push({ id, reason, line: i + 1 });
  });
  return out;
}

function lineAt(text: string, pos: number): number {
  return text.slice(0, pos).split('\n').length;
}

/** Offset of the first JSON syntax error in `text` (JSON.parse does not say where on every Node version). */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const lit = (w: string): void => {
    if (text.startsWith(w, i)) i += w.length;
    else fail();
  };
  const str = (): void => {
    if (text[i] !== '"') fail();
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text.charCodeAt(i) < 0x20) fail();
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        str();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail();
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail();
      }
    } else if (c === '"') str();
    else if (c === 't') lit('true');
    else if (c === 'f') lit('false');
    else if (c === 'n') lit('null');
    else {
      const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
      if (!m || m[0] === '') fail();
      i += m![0].length;
    }
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
  } catch (e) {
    if (typeof e === 'number') return e;
    throw e;
  }
  return i;
}

function parseJson(text: string, file: string): Suppression[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new ParalignError('E_FORMAT', `line ${lineAt(text, jsonErrorOffset(text))}: invalid JSON (${msg.split('\n')[0]})`, file);
  }
  const list = (data as { suppress?: unknown } | null)?.suppress;
  if (!Array.isArray(list)) throw new ParalignError('E_FORMAT', 'line 1: expected an object with a "suppress" array', file);
  return list.map((entry, i) => {
    const e = entry as { id?: unknown; reason?: unknown };
    const needle = typeof e?.id === 'string' ? text.indexOf(JSON.stringify(e.id)) : -1;
    const line = needle >= 0 ? lineAt(text, needle) : 1;
    if (typeof e?.id !== 'string' || !ID.test(e.id)) throw new ParalignError('E_FORMAT', `line ${line}: suppress[${i}].id: expected a flag id of 10 hex digits, found ${JSON.stringify(e?.id ?? null)}`, file);
    if (typeof e.reason !== 'string' || e.reason.trim() === '') throw new ParalignError('E_FORMAT', `line ${line}: suppress[${i}].reason: expected a non-empty string`, file);
    return { id: e.id, reason: e.reason.trim(), line };
  });
}

/** Write suppressions in the text format (e.g. to start a file from the current flags). */
export function formatSuppressions(list: readonly Suppression[]): string {
  return ['# paralign suppression file: <flag id> <reason>', ...list.map((s) => `${s.id} ${s.reason.replace(/\s+/g, ' ')}`)].join('\n') + '\n';
}
