/**
 * The command table: the ONE place where `paralign <command>` names are
 * registered. To add a command, write src/cli/commands/<name>.ts exporting a
 * `Command` and add one line below.
 */
import type { Command } from '../types.js';
import { alignCommand } from './align.js';
import { checkCommand } from './check.js';
import { termsCommand } from './terms.js';

/** Every command, in the order `paralign --help` lists them. */
export const COMMANDS: readonly Command[] = [
  alignCommand,
  termsCommand,
  checkCommand,
];

/** The command called `name`, or undefined. */
export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
