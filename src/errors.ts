/**
 * Coded errors. Library code throws `ParalignError` (never a bare Error) for
 * bad input and bad options; the CLI prints `error E_CODE: message` and exits
 * non-zero without a stack trace.
 */

/** Stable error codes. */
export type ErrorCode =
  | 'E_OPTION' // an option has the wrong type or value
  | 'E_EMPTY' // an input holds no text
  | 'E_BINARY' // an input is not text
  | 'E_ENCODING' // an input is not valid in the expected encoding
  | 'E_TOO_LARGE' // the inputs need more heap to align than the process may use
  | 'E_LANG_UNKNOWN' // a language code paralign has no data for, or that is not a code
  | 'E_LANG_SAME' // both sides are in the same language
  | 'E_XML' // malformed XML, or XML with a DOCTYPE/entities (refused)
  | 'E_GLOSSARY' // a glossary file that cannot be read
  | 'E_DICT' // a dictionary file that cannot be read
  | 'E_FORMAT' // an unknown output or input format
  | 'E_IO' // a file cannot be read or written
  | 'E_USAGE'; // wrong command-line usage

/** An error with a stable code, naming the file when one is concerned. */
export class ParalignError extends Error {
  readonly code: ErrorCode;
  readonly file: string | undefined;

  constructor(code: ErrorCode, message: string, file?: string) {
    super(file ? `${file}: ${message}` : message);
    this.name = 'ParalignError';
    this.code = code;
    this.file = file;
  }
}

/** Describe a value for "expected X, found Y" messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

/** Throw `E_OPTION` for option `name`: "expected X, found Y". */
export function optionError(name: string, expected: string, found: unknown): never {
  throw new ParalignError('E_OPTION', `option ${name}: expected ${expected}, found ${describe(found)}`);
}

/** True when `e` is a ParalignError (also across bundle copies). */
export function isParalignError(e: unknown): e is ParalignError {
  return e instanceof ParalignError || (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'ParalignError');
}
