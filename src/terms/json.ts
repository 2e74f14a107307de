/**
 * Termbase ↔ JSON. The document is
 * `{ "format": "paralign-termbase", "version": 1, "srcLang": "de", "tgtLang": "en", "terms": Term[] }`
 * with `Term` exactly as in src/types.ts (contexts with their spans).
 */
import { ParalignError, optionError } from '../errors.js';
import type { Term, Termbase } from '../types.js';

/** The `format` field of a termbase JSON document. */
export const TERMBASE_JSON_FORMAT = 'paralign-termbase';
/** The current version of the termbase JSON document. */
export const TERMBASE_JSON_VERSION = 1;

/** Options of {@link toTermsJson}. */
export interface TermsJsonOptions {
  /** Indent with two spaces. Default true. */
  pretty?: boolean;
}

/** Serialise a termbase as a versioned JSON document. */
export function toTermsJson(termbase: Termbase, options?: TermsJsonOptions): string {
  if (options !== undefined && (typeof options !== 'object' || options === null)) optionError('options', 'an object', options);
  const pretty = options?.pretty ?? true;
  if (typeof pretty !== 'boolean') optionError('pretty', 'a boolean', pretty);
  const doc = { format: TERMBASE_JSON_FORMAT, version: TERMBASE_JSON_VERSION, srcLang: termbase.srcLang, tgtLang: termbase.tgtLang, terms: termbase.terms };
  return JSON.stringify(doc, null, pretty ? 2 : undefined) + '\n';
}

/** Read a termbase JSON document; E_GLOSSARY when it is not one. */
export function fromTermsJson(text: string, file?: string): Termbase {
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new ParalignError('E_GLOSSARY', `not valid JSON: ${(e as Error).message}`, file);
  }
  const d = doc as { format?: unknown; version?: unknown; srcLang?: unknown; tgtLang?: unknown; terms?: unknown };
  if (typeof d !== 'object' || d === null || d.format !== TERMBASE_JSON_FORMAT) {
    throw new ParalignError('E_GLOSSARY', `expected a JSON document with "format": "${TERMBASE_JSON_FORMAT}"`, file);
  }
  if (d.version !== TERMBASE_JSON_VERSION) throw new ParalignError('E_GLOSSARY', `termbase JSON version ${String(d.version)} is not supported (expected ${TERMBASE_JSON_VERSION})`, file);
  if (typeof d.srcLang !== 'string' || typeof d.tgtLang !== 'string' || !Array.isArray(d.terms)) {
    throw new ParalignError('E_GLOSSARY', 'expected srcLang, tgtLang (strings) and terms (an array)', file);
  }
  d.terms.forEach((t: unknown, i: number) => {
    const x = t as Partial<Term>;
    if (typeof x !== 'object' || x === null || typeof x.id !== 'string' || typeof x.source !== 'string' || !Array.isArray(x.renderings)) {
      throw new ParalignError('E_GLOSSARY', `terms[${i}]: expected an object with id, source and renderings`, file);
    }
  });
  return { srcLang: d.srcLang, tgtLang: d.tgtLang, terms: d.terms as Term[] };
}
