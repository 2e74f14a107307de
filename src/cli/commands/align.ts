/**
 * `paralign align <src> <tgt>`: align two language versions of a document
 * and write the alignment as JSON, TMX, TSV or the ladder format.
 */
import { ParalignError } from '../../errors.js';
import { toJson } from '../../formats/json.js';
import { toLadder } from '../../formats/ladder.js';
import { summarizeAlignment } from '../../formats/summary.js';
import { toTmx } from '../../formats/tmx.js';
import { toTsv } from '../../formats/tsv.js';
import { emit, printWarnings } from '../io.js';
import { COMMON_USAGE, parseCommandArgs, resolveOutputFormat } from '../options.js';
import { alignPair, PAIR_OPTIONS, PAIR_POSITIONALS, PAIR_USAGE, pairInputs } from '../pipeline.js';
import type { CliIo, Command } from '../types.js';

/** Output formats of `align`. */
export const ALIGN_FORMATS = ['json', 'tmx', 'tsv', 'ladder'] as const;
export type AlignFormat = (typeof ALIGN_FORMATS)[number];

/** Output format by `--out` extension. */
export const ALIGN_EXTENSIONS: Readonly<Record<string, AlignFormat>> = { '.json': 'json', '.tmx': 'tmx', '.tsv': 'tsv', '.txt': 'ladder', '.ladder': 'ladder' };

const usage = `Usage: paralign align <src> <tgt> [options]

Align two language versions of a document by paragraph and by sentence.
<src> and <tgt> are text files (UTF-8, or Latin-1 with a warning); - reads standard input.
The result goes to standard output, or to --out; messages and a summary go to standard error.

Options:
  -f, --format NAME          json (default), tmx, tsv or ladder; inferred from --out
                             (.json, .tmx, .tsv, .txt/.ladder)
${PAIR_USAGE}
      --include-unpaired     tmx: also write 1-0 and 0-1 links (as units with one tuv)
      --no-unpaired          tsv: leave out 1-0 and 0-1 links
      --min-confidence N     tmx, tsv: leave out links below confidence N (0..1)
      --include-text         json: embed both original texts
      --date ISO             tmx: creation date (default: SOURCE_DATE_EPOCH if set, else now)
${COMMON_USAGE}

Examples:
  paralign align de.md en.md --out aligned.tmx
  paralign align de.md en.md -s de -t en --format tsv > aligned.tsv
  paralign align dev.de dev.fr --input-format lines --format ladder
`;

const EXTRA = {
  ...PAIR_OPTIONS,
  'include-unpaired': { type: 'boolean' },
  'no-unpaired': { type: 'boolean' },
  'min-confidence': { type: 'string' },
  'include-text': { type: 'boolean' },
  date: { type: 'string' },
} as const;

function parseConfidence(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) {
    throw new ParalignError('E_OPTION', `option --min-confidence: expected a number from 0 to 1, found ${JSON.stringify(value)}`);
  }
  return n;
}

/** The TMX creation date: --date, else SOURCE_DATE_EPOCH (reproducible builds), else now. */
function tmxDateOption(date: string | undefined, env: CliIo['env']): Date | string | undefined {
  if (date !== undefined) {
    if (Number.isNaN(new Date(date).getTime())) throw new ParalignError('E_OPTION', `option --date: expected an ISO 8601 date such as 2019-09-27T10:15:00Z, found ${JSON.stringify(date)}`);
    return date;
  }
  const epoch = env?.['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return undefined;
}

async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs('align', args, EXTRA, PAIR_POSITIONALS);
  const { common, options } = parsed;
  if (common.help) {
    io.stdout(usage);
    return 0;
  }
  // Check every option before reading anything.
  const format = resolveOutputFormat(common.format, common.out, ALIGN_FORMATS, ALIGN_EXTENSIONS, 'json');
  const inputs = pairInputs('align', parsed);
  const minConfidence = parseConfidence(options['min-confidence'] as string | undefined);
  const date = tmxDateOption(options['date'] as string | undefined, io.env);

  const { alignment, warnings } = await alignPair(io, inputs);
  printWarnings(io, warnings);

  let output: string;
  switch (format) {
    case 'json':
      output = toJson(alignment, { includeText: options['include-text'] === true });
      break;
    case 'tmx':
      output = toTmx(alignment, { includeUnpaired: options['include-unpaired'] === true, ...(minConfidence !== undefined ? { minConfidence } : {}), ...(date !== undefined ? { date } : {}) });
      break;
    case 'tsv':
      output = toTsv(alignment, { includeUnpaired: options['no-unpaired'] !== true, ...(minConfidence !== undefined ? { minConfidence } : {}) });
      break;
    case 'ladder':
      output = toLadder(alignment);
      break;
  }
  await emit(io, common.out, output);
  if (!common.quiet) {
    io.stderr(summarizeAlignment(alignment));
    if (common.out !== undefined && common.out !== '-') io.stderr(`paralign: wrote ${common.out} (${format})\n`);
  }
  return 0;
}

/** The `align` command. */
export const alignCommand: Command = { name: 'align', summary: 'align two language versions by paragraph and sentence (JSON, TMX, TSV, ladder)', usage, run };
