/**
 * Shared command-line option parsing (node:util parseArgs), so that every
 * command accepts the same common options and reports usage errors the same
 * way.
 *
 * Common options, accepted by every command:
 *   -s, --src-lang CODE   source language (ISO 639-1, one of LANGUAGES); default: detected
 *   -t, --tgt-lang CODE   target language; default: detected
 *   -f, --format NAME     output format; default: from the --out extension, else the command's default
 *   -o, --out FILE        write the result to FILE; default: standard output
 *   -d, --dict FILE       a bilingual dictionary to help the aligner
 *   -q, --quiet           no summary and no progress bar on standard error (warnings still print)
 *   -h, --help            print the command's usage and exit
 */
import { parseArgs } from 'node:util';
import { ParalignError, describe } from '../errors.js';
import { LANGUAGES } from '../lang/index.js';

/** The type of one option: a string that takes a value, or a boolean flag. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  /** One-letter alias, without the dash. */
  short?: string;
}

/** The option table for parseArgs, by long name. */
export type OptionTable = Record<string, OptionSpec>;

/** The common options every command accepts (see the module comment). */
export const COMMON_OPTIONS: Readonly<OptionTable> = Object.freeze({
  'src-lang': { type: 'string', short: 's' },
  'tgt-lang': { type: 'string', short: 't' },
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  dict: { type: 'string', short: 'd' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
});

/** Help text for the common options, to paste into a command's usage. */
export const COMMON_USAGE = `Common options:
  -s, --src-lang CODE   source language, ISO 639-1 (${[...LANGUAGES.keys()].join(', ')}); default: detected from the text
  -t, --tgt-lang CODE   target language; default: detected from the text
  -f, --format NAME     output format; default: from the --out extension, else the command's default
  -o, --out FILE        write the result to FILE instead of standard output
  -d, --dict FILE       bilingual dictionary for the aligner: TSV (source<TAB>target) or Ding (de :: en)
  -q, --quiet           no summary and no progress bar (warnings and errors still print)
  -h, --help            show this help`;

/** The parsed common options. */
export interface CommonOptions {
  srcLang: string | undefined;
  tgtLang: string | undefined;
  format: string | undefined;
  out: string | undefined;
  dict: string | undefined;
  /** Default false. */
  quiet: boolean;
  /** Default false. */
  help: boolean;
}

/** What a command's argument list says. */
export interface ParsedArgs {
  common: CommonOptions;
  /** The command's own options, by long name (absent when not given). */
  options: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** How many positional arguments a command takes, and their names for messages. */
export interface PositionalSpec {
  /** Names for the usage message, in order: ['src', 'tgt']. */
  names: string[];
  /** Minimum count. Default: names.length. */
  min?: number;
  /** Maximum count. Default: names.length. */
  max?: number;
}

/** A usage error (exit status 2), with a pointer to the command's help. */
export function usageError(command: string, message: string): ParalignError {
  const where = command ? `paralign ${command}` : 'paralign';
  return new ParalignError('E_USAGE', `${message} (see '${where} --help')`);
}

/**
 * Parse `args` (the arguments after the command name) against the common
 * options plus `extra`. Throws E_USAGE for an unknown option, an option
 * without its value, a flag given a value, or the wrong number of
 * positional arguments. With `--help`, positional counts are not checked.
 */
export function parseCommandArgs(command: string, args: readonly string[], extra: OptionTable = {}, positionals: PositionalSpec = { names: [] }): ParsedArgs {
  for (const name of Object.keys(extra)) {
    if (name in COMMON_OPTIONS) throw new ParalignError('E_OPTION', `option table of ${command}: --${name} is a common option and cannot be redefined`);
  }
  const table: OptionTable = { ...COMMON_OPTIONS, ...extra };
  let parsed: { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...args], options: table, strict: true, allowPositionals: true });
  } catch (e) {
    throw usageError(command, parseArgsMessage(e, table));
  }
  const values = parsed.values;
  const str = (name: string): string | undefined => {
    const v = values[name];
    return typeof v === 'string' ? v : undefined;
  };
  const common: CommonOptions = {
    srcLang: str('src-lang'),
    tgtLang: str('tgt-lang'),
    format: str('format'),
    out: str('out'),
    dict: str('dict'),
    quiet: values['quiet'] === true,
    help: values['help'] === true,
  };
  const options: Record<string, string | boolean | undefined> = {};
  for (const name of Object.keys(extra)) {
    const v = values[name];
    if (typeof v === 'string' || typeof v === 'boolean') options[name] = v;
  }
  for (const [name, v] of Object.entries(common)) {
    if (typeof v === 'string' && v === '') throw usageError(command, `option --${kebab(name)}: expected a value, found an empty string`);
  }
  if (!common.help) {
    const min = positionals.min ?? positionals.names.length;
    const max = positionals.max ?? positionals.names.length;
    const n = parsed.positionals.length;
    if (n < min) {
      const missing = positionals.names.slice(n, Math.max(min, n + 1)).map((x) => `<${x}>`).join(' ');
      throw usageError(command, `missing argument${min - n > 1 ? 's' : ''}: ${missing}`);
    }
    if (n > max) {
      throw usageError(command, `unexpected argument ${describe(parsed.positionals[max])}: expected at most ${max} argument${max === 1 ? '' : 's'}`);
    }
  }
  return { common, options, positionals: parsed.positionals };
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}

/** Turn a parseArgs error into a short message of our own. */
function parseArgsMessage(e: unknown, table: OptionTable): string {
  const err = e as { code?: unknown; message?: unknown };
  const raw = typeof err.message === 'string' ? err.message : String(e);
  const option = /'(-{1,2}[^'\s]+)/.exec(raw)?.[1];
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return option ? `unknown option ${option}${suggest(option, table)}` : 'unknown option';
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const long = /(--[A-Za-z][\w-]*)/.exec(raw)?.[1] ?? option;
      if (/argument missing/.test(raw) && long) return `option ${long} needs a value`;
      if (/does not take an argument/.test(raw) && long) return `option ${long} does not take a value`;
      if (/ambiguous/.test(raw) && long) return `option ${long}: a value starting with "-" must be written ${long}=VALUE`;
      return raw.split('\n')[0] ?? raw;
    }
    default:
      return raw.split('\n')[0] ?? raw;
  }
}

/** " (did you mean --src-lang?)" when an unknown long option is close to a known one. */
function suggest(option: string, table: OptionTable): string {
  const given = option.replace(/^-+/, '').split('=')[0] ?? '';
  if (given.length < 2) return '';
  let best: string | undefined;
  let bestScore = Infinity;
  for (const name of Object.keys(table)) {
    const d = editDistance(given, name);
    if (d < bestScore) {
      bestScore = d;
      best = name;
    }
  }
  return best && bestScore <= 2 ? ` (did you mean --${best}?)` : '';
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/**
 * Check that `value` is one of `allowed`; otherwise throw `code` (E_FORMAT
 * for formats, E_OPTION otherwise) with "expected one of …, found …".
 */
export function oneOf<T extends string>(option: string, value: string, allowed: readonly T[], code: 'E_FORMAT' | 'E_OPTION' = 'E_OPTION'): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ParalignError(code, `option --${option}: expected one of ${allowed.join(', ')}, found ${describe(value)}`);
}

/**
 * The output format: `--format` when given (E_FORMAT when unknown), else
 * inferred from the extension of `--out` (`byExtension`, keys with the dot,
 * lower case), else `fallback`. An `--out` file with an extension that maps
 * to no format is E_FORMAT too, so that JSON never lands in `out.xml` by
 * accident; a file without an extension gets the fallback.
 */
export function resolveOutputFormat<T extends string>(format: string | undefined, out: string | undefined, allowed: readonly T[], byExtension: Readonly<Record<string, T>>, fallback: T): T {
  if (format !== undefined) return oneOf('format', format, allowed, 'E_FORMAT');
  if (out === undefined || out === '-') return fallback;
  const base = out.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return fallback;
  const ext = base.slice(dot).toLowerCase();
  const found = byExtension[ext];
  if (found !== undefined) return found;
  throw new ParalignError('E_FORMAT', `cannot tell the output format from the extension ${describe(ext)} of ${out}: expected one of ${Object.keys(byExtension).join(', ')}, or pass --format (${allowed.join(', ')})`);
}
