/**
 * The front half shared by every command that takes two files
 * (`paralign align|terms|check <src> <tgt>`): check the input options, read
 * and decode both files, resolve the languages, read the dictionary, parse
 * and align (with the progress bar). Commands add their own back half.
 *
 *   const parsed = parseCommandArgs('terms', args, { ...PAIR_OPTIONS, ...mine }, PAIR_POSITIONALS);
 *   const inputs = pairInputs('terms', parsed);          // throws before reading anything
 *   const { alignment, warnings } = await alignPair(io, inputs);
 *   printWarnings(io, warnings);
 */
import path from 'node:path';
import { readDictionary } from '../align/dictionary.js';
import { align } from '../align/index.js';
import { checkHeap } from '../align/limits.js';
import { checkLanguages } from '../document/detect.js';
import { parseDocument } from '../document/parse.js';
import type { Alignment, TranslationTable, Warning } from '../types.js';
import { checkLanguageOption, ENCODINGS, readText, resolveLanguage, type EncodingOption } from './input.js';
import { oneOf, usageError, type OptionTable, type ParsedArgs, type PositionalSpec } from './options.js';
import { progressBar } from './progress.js';
import type { CliIo } from './types.js';

/** How the input files can be read (`--input-format`). */
export const INPUT_FORMATS = ['auto', 'markdown', 'plain', 'lines'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** Options of every two-file command, besides the common ones. */
export const PAIR_OPTIONS: Readonly<OptionTable> = Object.freeze({
  'input-format': { type: 'string' },
  encoding: { type: 'string' },
});

/** The positional arguments of every two-file command. */
export const PAIR_POSITIONALS: PositionalSpec = { names: ['src', 'tgt'] };

/** Help text for {@link PAIR_OPTIONS}. */
export const PAIR_USAGE = `      --input-format NAME    how to read the inputs: auto (default), markdown, plain, lines
                             (lines = one sentence per line)
      --encoding NAME        auto (default: UTF-8, else Latin-1 with a warning), utf-8, latin1`;

/** The checked inputs of a two-file command. */
export interface PairInputs {
  srcFile: string;
  tgtFile: string;
  srcLang: string | undefined;
  tgtLang: string | undefined;
  dict: string | undefined;
  inputFormat: InputFormat;
  encoding: EncodingOption;
  /** No progress bar. */
  quiet: boolean;
}

/**
 * Check the input options of a two-file command before anything is read:
 * E_FORMAT for an unknown --input-format, E_OPTION for an unknown
 * --encoding, E_LANG_UNKNOWN for an unknown language, E_USAGE for `-` twice
 * or an --out that would overwrite an input.
 */
export function pairInputs(command: string, parsed: ParsedArgs): PairInputs {
  const { common, options, positionals } = parsed;
  const inputFormat = oneOf('input-format', (options['input-format'] as string | undefined) ?? 'auto', INPUT_FORMATS, 'E_FORMAT');
  const encoding = oneOf('encoding', (options['encoding'] as string | undefined) ?? 'auto', ENCODINGS);
  if (common.srcLang !== undefined) checkLanguageOption(common.srcLang, '--src-lang');
  if (common.tgtLang !== undefined) checkLanguageOption(common.tgtLang, '--tgt-lang');
  const [srcFile, tgtFile] = positionals;
  if (srcFile === undefined || tgtFile === undefined) throw usageError(command, 'missing arguments: <src> <tgt>');
  if (srcFile === '-' && tgtFile === '-') throw usageError(command, 'only one of <src> and <tgt> can be standard input (-)');
  for (const input of [srcFile, tgtFile, common.dict]) {
    if (common.out !== undefined && common.out !== '-' && input !== undefined && input !== '-' && path.resolve(common.out) === path.resolve(input)) {
      throw usageError(command, `--out ${common.out} is also an input file; refusing to overwrite it`);
    }
  }
  return { srcFile, tgtFile, srcLang: common.srcLang, tgtLang: common.tgtLang, dict: common.dict, inputFormat, encoding, quiet: common.quiet };
}

/** What {@link alignPair} returns: the alignment and every warning met on the way (not yet printed). */
export interface AlignedPair {
  alignment: Alignment;
  warnings: Warning[];
}

/** Read, decode, parse and align the two inputs; a progress bar shows on a terminal for large inputs. */
export async function alignPair(io: CliIo, inputs: PairInputs): Promise<AlignedPair> {
  const warnings: Warning[] = [];
  const src = await readText(io, inputs.srcFile, inputs.encoding);
  const tgt = await readText(io, inputs.tgtFile, inputs.encoding);
  warnings.push(...src.warnings, ...tgt.warnings);
  // refuse what the heap cannot hold before parsing, which would already fill it
  checkHeap(src.text.length + tgt.text.length, [src.file, tgt.file]);
  const srcLang = resolveLanguage(inputs.srcLang, src, 'src');
  const tgtLang = resolveLanguage(inputs.tgtLang, tgt, 'tgt');

  let dictionary: TranslationTable | undefined;
  if (inputs.dict !== undefined) {
    const dict = await readText(io, inputs.dict, inputs.encoding);
    warnings.push(...dict.warnings);
    const table = readDictionary(dict.text, { file: dict.file, srcLang, tgtLang });
    warnings.push(...table.warnings);
    dictionary = table;
  }

  const source = parseDocument(src.text, { lang: srcLang, format: inputs.inputFormat, file: src.file });
  const target = parseDocument(tgt.text, { lang: tgtLang, format: inputs.inputFormat, file: tgt.file });
  // When the user named the languages, tell them if a file does not look like it.
  if (inputs.srcLang !== undefined || inputs.tgtLang !== undefined) warnings.push(...checkLanguages(source, target));

  const bar = progressBar(io, 'aligning', src.text.length + tgt.text.length, inputs.quiet);
  let alignment: Alignment;
  try {
    alignment = align(source, target, { ...(dictionary ? { dictionary } : {}), ...(bar ? { progress: bar.update } : {}) });
  } finally {
    bar?.done();
  }
  warnings.push(...alignment.warnings);
  return { alignment, warnings };
}
