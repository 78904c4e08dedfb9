import type { Command } from './command.js';

/** Every subcommand, in the order `commands` lists them. */
export const COMMANDS: readonly Command[] = [];
