/**
 * What every CLI command is: a name, a one-line summary, its help text and a run function that
 * reads and writes only through the context it is given (process streams in main.ts, in-memory
 * streams in tests).
 */

import type { Readable, Writable } from 'node:stream';
import type { Language } from '../domain/errors.js';

/** A text in each language the CLI speaks. */
export type Localized = Readonly<Record<Language, string>>;

/** The streams and language a command works with. */
export interface CliContext {
  readonly lang: Language;
  readonly stdin: Readable;
  readonly stdout: Writable;
  /** The words typed to reach the command, e.g. `mesa sla`, for help hints in messages. */
  readonly path: string;
  /** The environment (settings such as DATABASE_URL, secrets such as MESA_USER_PASSWORD). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** A command (leaf) or a group of subcommands, as registered in main.ts. */
export interface Command {
  readonly name: string;
  readonly summary: Localized;
  /** Present on groups (e.g. `sla`), so the top-level help can list `sla deadline`, … */
  readonly subcommands?: readonly Command[];
  /** The usage text `--help` prints. */
  help(lang: Language, path: string): string;
  /** Runs the command; throws a CliError or DomainError for user errors. */
  run(args: readonly string[], ctx: CliContext): Promise<void>;
}
