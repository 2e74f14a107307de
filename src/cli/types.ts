/**
 * The contract between the CLI entry point (src/cli.ts) and the commands.
 *
 * src/cli.ts is the only module that touches `process`; it builds a `CliIo`
 * and hands it to the command. Tests build their own `CliIo` (see
 * `memoryIo` in src/cli/io.ts) and run commands in-process.
 */

/** Everything a command may use to talk to the outside world. */
export interface CliIo {
  /** Write to standard output (the result, when there is no `--out`). */
  stdout(data: string | Uint8Array): void;
  /** Write to standard error (messages, warnings, the summary, the progress bar). */
  stderr(text: string): void;
  /**
   * Read a whole file as bytes; `-` reads standard input.
   * Throws ParalignError E_IO naming the file when it cannot be read.
   */
  readFile(path: string): Promise<Uint8Array>;
  /**
   * Write a whole file (creating parent directories is NOT done);
   * throws ParalignError E_IO naming the file when it cannot be written.
   */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** True when standard error is an interactive terminal (enables the progress bar). Default false. */
  stderrIsTTY?: boolean;
  /** Terminal width in columns, for the progress bar. Default 80. */
  columns?: number;
  /** Environment variables the CLI reads (`PARALIGN_DEBUG`, `NO_COLOR`). Default {}. */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * One `paralign <name>` command. Each lives in src/cli/commands/<name>.ts and
 * is registered in the table in src/cli/commands/index.ts.
 *
 * `run` returns the exit code: 0 success, 1 a ParalignError (thrown errors are
 * printed and mapped by the dispatcher: E_USAGE → 2, other codes → 1,
 * anything else → 70). A command may return another code for a documented
 * outcome (for example `check` returning 3 when it raised error-level flags).
 */
export interface Command {
  /** The word after `paralign`: 'align'. */
  name: string;
  /** One line for `paralign --help`. */
  summary: string;
  /** The full text printed by `paralign <name> --help` (starts with the `Usage:` line). */
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}
