/**
 * Reading input files for commands: bytes through the io object, decoded
 * with `decodeText` (BOM, UTF-8 with Latin-1 fallback, binary refused), and
 * the language resolved from the option or detected from the text.
 */
import { ParalignError } from '../errors.js';
import { decodeText } from '../io/decode.js';
import { detectLanguage } from '../document/detect.js';
import { getLanguage, LANGUAGES } from '../lang/index.js';
import type { Warning } from '../types.js';
import type { CliIo } from './types.js';

/** The encodings `--encoding` accepts. */
export const ENCODINGS = ['auto', 'utf-8', 'latin1'] as const;
export type EncodingOption = (typeof ENCODINGS)[number];

/** A decoded input file. */
export interface InputText {
  file: string;
  text: string;
  warnings: Warning[];
}

/** Read and decode one input file (`-` is standard input). */
export async function readText(io: CliIo, file: string, encoding: EncodingOption = 'auto'): Promise<InputText> {
  const bytes = await io.readFile(file);
  const name = file === '-' ? '(stdin)' : file;
  const decoded = decodeText(bytes, { file: name, encoding });
  return { file: name, text: decoded.text, warnings: decoded.warnings };
}

/**
 * The language of an input: the option when given (checked: E_LANG_UNKNOWN
 * for a code paralign has no data for), else detected from the text
 * (E_LANG_UNKNOWN when the text is too short to tell).
 */
export function resolveLanguage(option: string | undefined, input: InputText, which: 'src' | 'tgt'): string {
  const flag = which === 'src' ? '--src-lang' : '--tgt-lang';
  if (option !== undefined) return checkLanguageOption(option, flag);
  const found = detectLanguage(input.text);
  if (found.lang === undefined) {
    throw new ParalignError('E_LANG_UNKNOWN', `cannot tell the language: too little text (${found.letters} letters); pass ${flag}`, input.file);
  }
  return found.lang;
}

/** Check a language option (`--src-lang xx`): the code, or E_LANG_UNKNOWN naming the option. */
export function checkLanguageOption(value: string, flag: string): string {
  if (!LANGUAGES.has(value)) {
    throw new ParalignError('E_LANG_UNKNOWN', `${flag}: expected one of ${[...LANGUAGES.keys()].join(', ')}, found ${JSON.stringify(value)}`);
  }
  return getLanguage(value).code;
}
