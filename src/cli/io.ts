/**
 * Building `CliIo` objects: one over the real file system (used by
 * src/cli.ts, which adds the process streams) and one in memory (for tests).
 * Also the message helpers every command uses, so all messages look alike:
 *   paralign: error E_CODE: message
 *   paralign: warning W_CODE: message
 */
import { readFile, writeFile } from 'node:fs/promises';
import { ParalignError } from '../errors.js';
import type { Warning } from '../types.js';
import type { CliIo } from './types.js';

/** Describe a Node file-system error briefly: "no such file", "permission denied"… */
function fsReason(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a parent of the path is not a directory';
    case 'ENOSPC':
      return 'no space left on the device';
    default:
      return typeof code === 'string' ? code : e instanceof Error ? e.message : String(e);
  }
}

/** Options of `fileIo`. */
export interface FileIoOptions {
  stdout: CliIo['stdout'];
  stderr: CliIo['stderr'];
  /** Reads all of standard input, for the file name `-`. Default: `-` is an E_IO error. */
  readStdin?: () => Promise<Uint8Array>;
  /** Default false. */
  stderrIsTTY?: boolean;
  /** Default 80. */
  columns?: number;
  /** Default {}. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** A CliIo over the real file system; file errors become ParalignError E_IO naming the file. */
export function fileIo(options: FileIoOptions): CliIo {
  return {
    stdout: options.stdout,
    stderr: options.stderr,
    stderrIsTTY: options.stderrIsTTY ?? false,
    columns: options.columns ?? 80,
    env: options.env ?? {},
    async readFile(path: string): Promise<Uint8Array> {
      if (path === '-') {
        if (!options.readStdin) throw new ParalignError('E_IO', 'cannot read standard input here', '-');
        return options.readStdin();
      }
      try {
        return new Uint8Array(await readFile(path));
      } catch (e) {
        throw new ParalignError('E_IO', `cannot read: ${fsReason(e)}`, path);
      }
    },
    async writeFile(path: string, data: string | Uint8Array): Promise<void> {
      try {
        await writeFile(path, data);
      } catch (e) {
        throw new ParalignError('E_IO', `cannot write: ${fsReason(e)}`, path);
      }
    },
  };
}

/** A CliIo in memory, for tests: captured output and a map of files. */
export interface MemoryIo extends CliIo {
  /** Everything written to stdout, as text (bytes decoded as UTF-8). */
  out(): string;
  /** Everything written to stderr. */
  err(): string;
  /** The files: read from and written to. */
  files: Map<string, Uint8Array>;
}

/** Build a MemoryIo with the given files (strings are stored as UTF-8). */
export function memoryIo(files: Record<string, string | Uint8Array> = {}, extra: Partial<Pick<CliIo, 'stderrIsTTY' | 'columns' | 'env'>> = {}): MemoryIo {
  const enc = new TextEncoder();
  const store = new Map<string, Uint8Array>();
  for (const [k, v] of Object.entries(files)) store.set(k, typeof v === 'string' ? enc.encode(v) : v);
  const out: string[] = [];
  const err: string[] = [];
  const dec = new TextDecoder();
  return {
    files: store,
    stderrIsTTY: extra.stderrIsTTY ?? false,
    columns: extra.columns ?? 80,
    env: extra.env ?? {},
    stdout: (data) => void out.push(typeof data === 'string' ? data : dec.decode(data)),
    stderr: (text) => void err.push(text),
    out: () => out.join(''),
    err: () => err.join(''),
    async readFile(path) {
      const data = store.get(path);
      if (!data) throw new ParalignError('E_IO', 'cannot read: no such file or directory', path);
      return data;
    },
    async writeFile(path, data) {
      store.set(path, typeof data === 'string' ? enc.encode(data) : data);
    },
  };
}

/** Print one warning: `paralign: warning W_CODE: file: message`. */
export function printWarning(io: CliIo, w: Warning): void {
  const where = w.file && !w.message.startsWith(`${w.file}:`) ? `${w.file}: ` : '';
  io.stderr(`paralign: warning ${w.code}: ${where}${w.message}\n`);
}

/** Print warnings, each once (the same code and message from two stages print once). */
export function printWarnings(io: CliIo, warnings: readonly Warning[]): void {
  const seen = new Set<string>();
  for (const w of warnings) {
    const key = `${w.code}\u0000${w.file ?? ''}\u0000${w.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    printWarning(io, w);
  }
}

/** Write `data` to `--out` when given (and not `-`), else to stdout. */
export async function emit(io: CliIo, out: string | undefined, data: string | Uint8Array): Promise<void> {
  if (out === undefined || out === '-') io.stdout(data);
  else await io.writeFile(out, data);
}
