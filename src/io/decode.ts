/**
 * Turning the bytes of an input file into text: BOM handling, UTF-8 validation with a
 * Latin-1 (Windows-1252) fallback, and refusing files that are not text at all.
 */
import { ParalignError, optionError } from '../errors.js';
import type { Warning } from '../types.js';

/** The encodings `decodeText` can report. */
export type TextEncodingName = 'utf-8' | 'latin1' | 'utf-16le' | 'utf-16be';

/** Options of `decodeText`. */
export interface DecodeOptions {
  /** File name, used in messages and warnings. Default: none (messages say "input"). */
  file?: string;
  /**
   * Expected encoding. `'auto'` (default): UTF-8, falling back to Windows-1252/Latin-1 with a
   * `W_LATIN1` warning when the bytes are not valid UTF-8. `'utf-8'`: invalid UTF-8 throws
   * `E_ENCODING`. `'latin1'`: read every byte as Windows-1252 without checking.
   * A UTF-16 byte-order mark always wins (decoded with a `W_UTF16` warning).
   */
  encoding?: 'auto' | 'utf-8' | 'latin1';
}

/** What `decodeText` returns. */
export interface DecodedText {
  /** The text, BOM removed, line ends as in the file. */
  text: string;
  /** The encoding the bytes were read in. */
  encoding: TextEncodingName;
  warnings: Warning[];
}

/** How much of the start of a file is inspected for binary content. */
const SNIFF_BYTES = 64 * 1024;

/** Magic numbers of common non-text formats, with what to tell the user. */
const MAGIC: ReadonlyArray<{ bytes: number[]; what: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF; convert it to text first' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (a .docx, .xlsx or .odt file is one); save or convert it as plain text first' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'an empty ZIP archive; convert it to text first' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Microsoft Office file (.doc or .xls); save it as plain text first' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document; save it as plain text first' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image, not text' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image, not text' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image, not text' },
  { bytes: [0x1f, 0x8b], what: 'a gzip-compressed file; decompress it first' },
  { bytes: [0x42, 0x5a, 0x68], what: 'a bzip2-compressed file; decompress it first' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'an xz-compressed file; decompress it first' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'an executable program, not text' },
];

/** Windows-1252 code points of the bytes 0x80–0x9F (the rest of the encoding is Latin-1). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Decode Windows-1252 (Node's TextDecoder treats the label as ISO-8859-1, which turns `€`
 * and curly quotes into C1 control characters). Linear time.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = 0x8000;
  for (let at = 0; at < bytes.length; at += chunk) {
    const slice = bytes.subarray(at, Math.min(bytes.length, at + chunk));
    const units = new Uint16Array(slice.length);
    for (let k = 0; k < slice.length; k++) {
      const b = slice[k]!;
      units[k] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode(...units));
  }
  return parts.join('');
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

/**
 * Offset of the first byte that makes `bytes` invalid UTF-8 (overlong forms, surrogates and
 * code points above U+10FFFF included), or -1 when the bytes are valid. Linear time.
 */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  const n = bytes.length;
  let i = from;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
      cp = b & 0x0f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
      cp = b & 0x07;
    } else {
      return i;
    }
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Describe what non-text bytes look like, or undefined when they look like text. */
function sniffBinary(bytes: Uint8Array): string | undefined {
  for (const m of MAGIC) if (startsWith(bytes, m.bytes)) return m.what;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let nul = 0;
  let nulEven = 0;
  let nulOdd = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) {
      nul++;
      if (i % 2 === 0) nulEven++;
      else nulOdd++;
    } else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) {
      control++;
    } else if (b === 0x7f) {
      control++;
    }
  }
  if (nul > 0) {
    // Text in UTF-16 without a byte-order mark has a NUL in every other byte.
    if (n >= 4 && nul >= n / 4 && (nulEven === 0 || nulOdd === 0)) {
      return 'UTF-16 text without a byte-order mark; save it as UTF-8';
    }
    return `binary data (NUL bytes, the first at offset ${bytes.indexOf(0)}), not text`;
  }
  if (n > 0 && control / n > 0.1) return `binary data (${Math.round((100 * control) / n)}% control characters), not text`;
  return undefined;
}

/**
 * Decode the bytes of a text file.
 *
 * - A UTF-8 BOM is removed; a UTF-16 LE/BE BOM is honoured (decoded, warning `W_UTF16`).
 * - Empty or whitespace-only input throws `E_EMPTY`; binary input (NUL bytes, many control
 *   characters, or the magic number of a PDF, ZIP/Office, image or compressed file) throws
 *   `E_BINARY` saying what it looks like.
 * - Invalid UTF-8 is read as Windows-1252/Latin-1 with warning `W_LATIN1` (encoding `'auto'`)
 *   or throws `E_ENCODING` naming the offset of the first bad byte (encoding `'utf-8'`).
 * - Line ends are left as they are (LF, CRLF or CR).
 *
 * Linear in the input size.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  if (!(bytes instanceof Uint8Array)) optionError('bytes', 'a Uint8Array', bytes);
  if (typeof options !== 'object' || options === null) optionError('options', 'an object', options);
  const { file } = options;
  if (file !== undefined && typeof file !== 'string') optionError('file', 'a string', file);
  const encoding = options.encoding ?? 'auto';
  if (encoding !== 'auto' && encoding !== 'utf-8' && encoding !== 'latin1') {
    optionError('encoding', "'auto', 'utf-8' or 'latin1'", encoding);
  }
  const warnings: Warning[] = [];
  const warn = (code: string, message: string): void => {
    warnings.push(file === undefined ? { code, message } : { code, message: `${file}: ${message}`, file });
  };

  const empty = (what: string): ParalignError => new ParalignError('E_EMPTY', `${file === undefined ? 'the input' : 'the file'} is empty${what}`, file);
  if (bytes.length === 0) throw empty('');

  let text: string;
  let used: TextEncodingName;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    used = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    text = new TextDecoder(used).decode(bytes.subarray(2));
    warn('W_UTF16', `read as ${used === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'} (byte-order mark); UTF-8 is preferred`);
  } else {
    const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
    const binary = sniffBinary(body);
    if (binary !== undefined) throw new ParalignError('E_BINARY', `${file === undefined ? 'the input' : 'the file'} looks like ${binary}`, file);
    if (encoding === 'latin1') {
      used = 'latin1';
      text = decodeWindows1252(body);
    } else {
      const bad = firstInvalidUtf8(body);
      if (bad < 0) {
        used = 'utf-8';
        text = new TextDecoder('utf-8').decode(body);
      } else {
        const offset = bad + (body === bytes ? 0 : 3);
        if (encoding === 'utf-8') {
          throw new ParalignError('E_ENCODING', `${file === undefined ? 'the input is' : 'the file is'} not valid UTF-8: first bad byte 0x${bytes[offset]!.toString(16).padStart(2, '0')} at offset ${offset}`, file);
        }
        used = 'latin1';
        text = decodeWindows1252(body);
        warn('W_LATIN1', `not valid UTF-8 (first bad byte at offset ${offset}); read as Latin-1 (Windows-1252)`);
      }
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length === 0) throw empty('');
  if (/^\s*$/.test(text)) throw empty(' (whitespace only)');
  return { text, encoding: used, warnings };
}
