/**
 * Runs the CLI over a command registry: settles the language, dispatches, and turns any
 * failure into one `error: CODE: message` line on stderr and an exit status (0, 1 or 2).
 */

import type { Readable, Writable } from 'node:stream';
import { languageFromArgs, languageFromEnv } from './args.js';
import { describeError } from './cli-error.js';
import type { Command } from './command.js';
import { commandGroup } from './command-group.js';

/** The process's streams and environment, or fakes in tests. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Runs `mesa <argv>` with the registered commands; resolves to the exit status. */
export async function runCli(
  argv: readonly string[],
  commands: readonly Command[],
  io: CliIo,
): Promise<number> {
  let lang = languageFromEnv(io.env);
  try {
    lang = languageFromArgs(argv, lang);
    const root = commandGroup({
      name: 'mesa',
      summary: { es: 'Mesa de servicios.', en: 'Service desk.' },
      intro: rootIntro,
      subcommands: commands,
      footer: rootFooter,
    });
    await root.run(argv, {
      lang,
      stdin: io.stdin,
      stdout: io.stdout,
      path: 'mesa',
      env: io.env,
    });
    return 0;
  } catch (error) {
    const { code, message, exitStatus } = describeError(error, lang);
    io.stderr.write(`error: ${code}: ${message}\n`);
    return exitStatus;
  }
}

const rootIntro = {
  es: 'mesa: la mesa de servicios en la línea de comandos.\n\nUso: mesa <comando> [opciones]',
  en: 'mesa: the service desk on the command line.\n\nUsage: mesa <command> [options]',
};

const rootFooter = {
  es: 'Estado de salida: 0 éxito, 1 error inesperado, 2 argumento inválido (el error va en una\nlínea a la salida de errores).',
  en: 'Exit status: 0 success, 1 unexpected error, 2 invalid argument (the error is one line\non standard error).',
};
