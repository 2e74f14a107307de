/**
 * `paralign check <src> <tgt>`: align two language versions, run the
 * consistency checks and write the reviewer's report.
 *
 * Exit status: 0 when no unsuppressed flag at or above `--fail-on` remains
 * (default `error`), 1 when one does (and for errors in the input or
 * options), 2 for usage errors.
 */
import { CHECK_NAMES, checkReport, hasFlagsAtOrAbove, parseSuppressions, type Suppression } from '../../checks/index.js';
import { readGlossary } from '../../glossary/index.js';
import { ParalignError } from '../../errors.js';
import { uiLangOption } from '../../i18n/index.js';
import { toHtmlReport, toMarkdown, toReportJson, toText, toXlsx } from '../../report/index.js';
import type { Severity, Termbase, Warning } from '../../types.js';
import { readText } from '../input.js';
import { emit, printWarnings } from '../io.js';
import { COMMON_USAGE, oneOf, parseCommandArgs, resolveOutputFormat } from '../options.js';
import { alignPair, PAIR_OPTIONS, PAIR_POSITIONALS, PAIR_USAGE, pairInputs } from '../pipeline.js';
import type { CliIo, Command } from '../types.js';

/** Output formats of `check`. */
export const CHECK_FORMATS = ['text', 'json', 'md', 'html', 'xlsx'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** Output format by `--out` extension. */
export const CHECK_EXTENSIONS: Readonly<Record<string, CheckFormat>> = { '.txt': 'text', '.json': 'json', '.md': 'md', '.html': 'html', '.htm': 'html', '.xlsx': 'xlsx' };

const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;

const usage = `Usage: paralign check <src> <tgt> [options]

Align two language versions of a document and check the translation:
term consistency, glossary compliance, numbers/dates/references, footnote
markers, untranslated text, omissions and additions.
The report goes to standard output, or to --out; a summary goes to standard error.

Options:
  -f, --format NAME        text (default), json, md, html or xlsx; inferred from --out
                           (.txt, .json, .md, .html, .xlsx)
  -g, --glossary FILE      approved glossary (TBX, CSV or paralign JSON): checks approved and
                           deprecated renderings
      --suppress FILE      suppression file: one '<flag id> <reason>' per line ('#' comments);
                           suppressed flags are counted, not shown
      --ui-lang LANG       language of the messages and the report: en (default) or de
      --fail-on LEVEL      exit with status 1 when a flag at or above LEVEL remains:
                           error (default), warning, info, or never
      --checks LIST        comma-separated checks to run (default all): term-inconsistency,
                           glossary, number, footnote, untranslated, omission
      --top N              text: how many flags to list (default 20)
${PAIR_USAGE}
${COMMON_USAGE}

Exit status: 0 no flag at or above --fail-on, 1 such flags remain (or an error
in the input or options), 2 usage error.

Examples:
  paralign check de.md en.md
  paralign check de.md en.md --glossary terms.tbx --suppress paralign-suppress.txt --out report.html
  paralign check de.md en.md --ui-lang de --format xlsx --out bericht.xlsx --fail-on never
`;

const EXTRA = {
  glossary: { type: 'string', short: 'g' },
  suppress: { type: 'string' },
  'ui-lang': { type: 'string' },
  'fail-on': { type: 'string' },
  top: { type: 'string' },
  checks: { type: 'string' },
  ...PAIR_OPTIONS,
} as const;

function parseTop(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < 0) throw new ParalignError('E_OPTION', `option --top: expected a whole number ≥ 0, found ${JSON.stringify(value)}`);
  return n;
}

async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs('check', args, EXTRA, PAIR_POSITIONALS);
  const { common, options } = parsed;
  if (common.help) {
    io.stdout(usage);
    return 0;
  }
  // Check every option before reading anything.
  const format = resolveOutputFormat(common.format, common.out, CHECK_FORMATS, CHECK_EXTENSIONS, 'text');
  const uiLang = uiLangOption(options['ui-lang'], '--ui-lang');
  const failOn = oneOf('fail-on', (options['fail-on'] as string | undefined) ?? 'error', FAIL_ON);
  const top = parseTop(options['top'] as string | undefined);
  const checks = options['checks'] === undefined ? undefined : (options['checks'] as string).split(',').map((c) => oneOf('checks', c.trim(), CHECK_NAMES));
  const inputs = pairInputs('check', parsed);

  const warnings: Warning[] = [];
  // Read the reviewer's files first and parse the suppressions before the
  // (slow) alignment, so a missing or malformed file fails at once.
  const glossaryText = options['glossary'] === undefined ? undefined : await readText(io, options['glossary'] as string, inputs.encoding);
  let suppressions: Suppression[] | undefined;
  if (options['suppress'] !== undefined) {
    const s = await readText(io, options['suppress'] as string, inputs.encoding);
    warnings.push(...s.warnings);
    suppressions = parseSuppressions(s.text, { file: s.file });
  }

  const { alignment, warnings: pairWarnings } = await alignPair(io, inputs);
  warnings.push(...pairWarnings);
  let glossary: Termbase | undefined;
  if (glossaryText) {
    warnings.push(...glossaryText.warnings);
    glossary = readGlossary(glossaryText.text, { file: glossaryText.file, srcLang: alignment.source.lang, tgtLang: alignment.target.lang });
  }
  printWarnings(io, warnings);

  const result = checkReport(alignment, {
    uiLang,
    ...(checks ? { checks } : {}),
    ...(glossary ? { glossary } : {}),
    ...(suppressions !== undefined ? { suppressions } : {}),
  });

  let output: string | Uint8Array;
  switch (format) {
    case 'text':
      output = toText(result, top === undefined ? {} : { top });
      break;
    case 'json':
      output = toReportJson(result);
      break;
    case 'md':
      output = toMarkdown(result);
      break;
    case 'html':
      output = toHtmlReport(alignment, result);
      break;
    case 'xlsx':
      output = await toXlsx(alignment, result);
      break;
  }
  await emit(io, common.out, output);
  // The summary goes to stderr unless the text report already went to the terminal.
  if (!common.quiet && !(format === 'text' && (common.out === undefined || common.out === '-'))) io.stderr(toText(result, { top: 0 }));
  if (failOn === 'never') return 0;
  return hasFlagsAtOrAbove(result.flags, failOn as Severity) ? 1 : 0;
}

/** The `check` command. */
export const checkCommand: Command = {
  name: 'check',
  summary: 'check a translation: terms, glossary, numbers, footnotes, untranslated text, omissions',
  usage,
  run,
};
