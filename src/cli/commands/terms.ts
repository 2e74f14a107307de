/**
 * `paralign terms <src> <tgt>`: align two language versions and extract the
 * bilingual termbase, written as TBX-Basic, CSV or JSON.
 */
import { readDictionary } from '../../align/dictionary.js';
import { ParalignError } from '../../errors.js';
import { toTermsCsv } from '../../formats/csv.js';
import { toTbx } from '../../formats/tbx.js';
import { extractTerms } from '../../terms/index.js';
import { toTermsJson } from '../../terms/json.js';
import type { Termbase, TranslationTable } from '../../types.js';
import { readText } from '../input.js';
import { emit, printWarnings } from '../io.js';
import { COMMON_USAGE, parseCommandArgs, resolveOutputFormat } from '../options.js';
import { alignPair, PAIR_OPTIONS, PAIR_POSITIONALS, PAIR_USAGE, pairInputs } from '../pipeline.js';
import type { CliIo, Command } from '../types.js';

/** Output formats of `terms`. */
export const TERMS_FORMATS = ['tbx', 'csv', 'json'] as const;
export type TermsFormat = (typeof TERMS_FORMATS)[number];

/** Output format by `--out` extension. */
export const TERMS_EXTENSIONS: Readonly<Record<string, TermsFormat>> = { '.tbx': 'tbx', '.xml': 'tbx', '.csv': 'csv', '.json': 'json' };

const usage = `Usage: paralign terms <src> <tgt> [options]

Extract a bilingual termbase from two language versions of a document: every
source term with all its renderings in the target, how often and where.
<src> and <tgt> are text files; - reads standard input.
The termbase goes to standard output, or to --out; a summary goes to standard error.

Options:
  -f, --format NAME          tbx (default: TBX-Basic, ISO 30042), csv or json;
                             inferred from --out (.tbx/.xml, .csv, .json)
      --min-freq N           keep terms used at least N times (default 2; names and
                             acronyms written alike on both sides are kept from 1)
      --max-terms N          keep the N most confident terms (default: all)
      --bom                  csv: start with a byte order mark (for Excel)
      --top N                print the N most confident pairs on standard error (default 10, 0: none)
${PAIR_USAGE}
${COMMON_USAGE}

The dictionary (--dict) helps both the aligner and the term pairing.

Examples:
  paralign terms de.md en.md --out terms.tbx
  paralign terms de.md en.md --format csv --bom --min-freq 3 > terms.csv
`;

const EXTRA = {
  ...PAIR_OPTIONS,
  'min-freq': { type: 'string' },
  'max-terms': { type: 'string' },
  bom: { type: 'boolean' },
  top: { type: 'string' },
} as const;

function positiveInt(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min) {
    throw new ParalignError('E_OPTION', `option --${name}: expected a whole number >= ${min}, found ${JSON.stringify(value)}`);
  }
  return Number(value);
}

/** The top pairs of a termbase, one per line: `  Branche = industry ×4; sector ×1`. */
export function formatTopPairs(tb: Termbase, n: number): string {
  return tb.terms
    .slice(0, n)
    .map((t) => `  ${t.source} = ${t.renderings.map((r) => `${r.term} ×${r.count}`).join('; ')}\n`)
    .join('');
}

async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs('terms', args, EXTRA, PAIR_POSITIONALS);
  const { common, options } = parsed;
  if (common.help) {
    io.stdout(usage);
    return 0;
  }
  // Check every option before reading anything.
  const format = resolveOutputFormat(common.format, common.out, TERMS_FORMATS, TERMS_EXTENSIONS, 'tbx');
  const inputs = pairInputs('terms', parsed);
  const minFreq = positiveInt('min-freq', options['min-freq'] as string | undefined, 1);
  const maxTerms = positiveInt('max-terms', options['max-terms'] as string | undefined, 1);
  const top = positiveInt('top', options['top'] as string | undefined, 0) ?? 10;

  const { alignment, warnings } = await alignPair(io, inputs);
  printWarnings(io, warnings);
  let dictionary: TranslationTable | undefined;
  if (inputs.dict !== undefined) {
    const dict = await readText(io, inputs.dict, inputs.encoding);
    dictionary = readDictionary(dict.text, { file: dict.file, srcLang: alignment.source.lang, tgtLang: alignment.target.lang });
  }
  const termbase = extractTerms(alignment, {
    ...(minFreq !== undefined ? { minFreq } : {}),
    ...(maxTerms !== undefined ? { maxTerms } : {}),
    ...(dictionary ? { dictionary } : {}),
  });

  let output: string;
  switch (format) {
    case 'tbx':
      output = toTbx(termbase, { source: alignment.source, target: alignment.target, title: `Termbase of ${alignment.source.file ?? 'source'} / ${alignment.target.file ?? 'target'}` });
      break;
    case 'csv':
      output = toTermsCsv(termbase, { bom: options['bom'] === true });
      break;
    case 'json':
      output = toTermsJson(termbase);
      break;
  }
  await emit(io, common.out, output);
  if (!common.quiet) {
    io.stderr(`paralign: ${termbase.terms.length} terms (${termbase.srcLang} → ${termbase.tgtLang})\n`);
    if (top > 0 && termbase.terms.length > 0) io.stderr(formatTopPairs(termbase, top));
    if (common.out !== undefined && common.out !== '-') io.stderr(`paralign: wrote ${common.out} (${format})\n`);
  }
  return 0;
}

/** The `terms` command. */
export const termsCommand: Command = { name: 'terms', summary: 'extract a bilingual termbase with every rendering used (TBX, CSV, JSON)', usage, run };
