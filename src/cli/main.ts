/**
 * The dispatcher: `paralign <command> …`, `paralign --help`,
 * `paralign --version`. Maps errors to messages and exit codes:
 *
 *   0   success
 *   1   a ParalignError (bad input, bad option value, unreadable file…):
 *       `paralign: error E_CODE: message`; `check` also returns 1 when
 *       flags at or above --fail-on remain
 *   2   a usage error (unknown command or option, missing argument)
 *   70  an internal error (a bug): `paralign: internal error: message`,
 *       with the stack only when PARALIGN_DEBUG=1
 */
import { isParalignError } from '../errors.js';
import { VERSION } from '../version.js';
import { COMMANDS, findCommand } from './commands/index.js';
import { usageError } from './options.js';
import type { CliIo } from './types.js';

/** Exit statuses. */
export const EXIT = Object.freeze({ OK: 0, ERROR: 1, USAGE: 2, INTERNAL: 70 });

/** The text of `paralign --help`. */
export function mainUsage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const list = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `paralign ${VERSION}: align two language versions of a document, extract a termbase, check consistency

Usage: paralign <command> [options]
       paralign <command> --help
       paralign --version

Commands:
${list}

Exit status: 0 success, 1 error in the input or options (check: also flags at or
above --fail-on), 2 usage error, 70 internal error.
Set PARALIGN_DEBUG=1 to see stack traces of internal errors.
`;
}

/** Print an error as the CLI does and return its exit status. */
export function reportError(io: CliIo, e: unknown): number {
  if (isParalignError(e)) {
    io.stderr(`paralign: error ${e.code}: ${e.message}\n`);
    return e.code === 'E_USAGE' ? EXIT.USAGE : EXIT.ERROR;
  }
  const message = e instanceof Error ? e.message : String(e);
  io.stderr(`paralign: internal error: ${message}\n`);
  if (io.env?.['PARALIGN_DEBUG'] === '1' && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
  else io.stderr('paralign: this is a bug; rerun with PARALIGN_DEBUG=1 for details and report it\n');
  return EXIT.INTERNAL;
}

/** Run the CLI on `argv` (the arguments after the program name). Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      if (first === 'help' && rest[0] !== undefined) {
        const cmd = findCommand(rest[0]);
        if (!cmd) throw usageError('', `unknown command ${JSON.stringify(rest[0])}`);
        io.stdout(ensureNewline(cmd.usage));
        return EXIT.OK;
      }
      if (first === undefined) {
        io.stderr(mainUsage());
        return EXIT.USAGE;
      }
      io.stdout(mainUsage());
      return EXIT.OK;
    }
    if (first === '--version' || first === '-V') {
      io.stdout(`${VERSION}\n`);
      return EXIT.OK;
    }
    if (first.startsWith('-')) throw usageError('', `expected a command before options, found ${JSON.stringify(first)}; commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
    const cmd = findCommand(first);
    if (!cmd) throw usageError('', `unknown command ${JSON.stringify(first)}; commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
    return await cmd.run(rest, io);
  } catch (e) {
    return reportError(io, e);
  }
}

function ensureNewline(s: string): string {
  return s.endsWith('\n') ? s : s + '\n';
}
