/**
 * Argument parsing shared by the commands: the language, the leading global flags of a group,
 * and each leaf command's flags through node:util parseArgs in strict mode, with its failures
 * turned into coded, localized CliErrors.
 */

import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { Language } from '../domain/errors.js';
import { CliError } from './cli-error.js';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Flags every command accepts. */
export const COMMON_OPTIONS = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionsConfig;

const HELP_FLAGS = new Set(['--help', '-h']);

/** The language MESA_LANG asks for (`en…` → English), else Spanish. */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): Language {
  return env.MESA_LANG?.toLowerCase().startsWith('en') ? 'en' : 'es';
}

/**
 * The language of the run: the last `--lang` anywhere in argv wins over `fallback` (MESA_LANG).
 * It is read before any parsing so that even an error about another flag is in that language.
 */
export function languageFromArgs(argv: readonly string[], fallback: Language): Language {
  let lang = fallback;
  let invalid: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') break;
    const value =
      arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === undefined) continue;
    if (value === 'es' || value === 'en') {
      lang = value;
      invalid = undefined;
    } else {
      invalid = value;
    }
  }
  if (invalid !== undefined) throw new CliError('INVALID_LANGUAGE', { value: invalid });
  return lang;
}

/** True when a leaf command's args ask for help (before any `--`). */
export function wantsHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === '--') return false;
    if (HELP_FLAGS.has(arg)) return true;
  }
  return false;
}

/**
 * Splits a group's args into its leading global flags (`--help`, `--lang X`) and the rest,
 * whose first word names the subcommand; `mesa --lang en sla …` thus works.
 */
export function leadingGlobals(args: readonly string[]): { help: boolean; rest: string[] } {
  let help = false;
  let i = 0;
  while (i < args.length) {
    const arg = args[i] as string;
    if (HELP_FLAGS.has(arg)) {
      help = true;
      i += 1;
    } else if (arg === '--lang') {
      if (i + 1 >= args.length) throw new CliError('MISSING_FLAG_VALUE', { flag: '--lang' });
      i += 2;
    } else if (arg.startsWith('--lang=')) {
      i += 1;
    } else {
      break;
    }
  }
  return { help, rest: args.slice(i) };
}

/** A leaf command's flags, parsed strictly (no positionals); COMMON_OPTIONS are always allowed. */
export function parseFlags<O extends OptionsConfig>(
  args: readonly string[],
  options: O,
  path: string,
) {
  const all = { ...options, ...COMMON_OPTIONS };
  try {
    return parseArgs({ args: [...args], options: all, strict: true, allowPositionals: false })
      .values;
  } catch (error) {
    throw explainParseError(args, all, path, error);
  }
}

/** The value of a required string flag, or MISSING_FLAG. */
export function requireFlag(value: string | undefined, name: string): string {
  if (value === undefined) throw new CliError('MISSING_FLAG', { flag: `--${name}` });
  return value;
}

// parseArgs' own errors are English prose; re-read the args leniently, as tokens, to find the
// offending one and name it in a coded, localized error.
function explainParseError(
  args: readonly string[],
  options: OptionsConfig,
  path: string,
  error: unknown,
): unknown {
  if (
    !(error instanceof TypeError) ||
    !String(Reflect.get(error, 'code')).startsWith('ERR_PARSE_ARGS')
  ) {
    return error;
  }
  const help = `${path} --help`;
  const { tokens } = parseArgs({
    args: [...args],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind === 'positional') {
      return new CliError('UNEXPECTED_ARGUMENT', { value: token.value, help });
    }
    if (token.kind !== 'option') continue;
    const spec = options[token.name];
    if (spec === undefined) return new CliError('UNKNOWN_FLAG', { flag: token.rawName, help });
    // Strict mode also refuses `--created --explain`: a string flag followed by a dash word.
    const missing =
      token.value === undefined || (!token.inlineValue && token.value.startsWith('-'));
    if (spec.type === 'string' && missing) {
      return new CliError('MISSING_FLAG_VALUE', { flag: token.rawName });
    }
    if (spec.type === 'boolean' && token.value !== undefined) {
      return new CliError('FLAG_TAKES_NO_VALUE', { flag: token.rawName });
    }
  }
  const detail = (error.message.split('\n')[0] ?? '').trim();
  return new CliError('INVALID_ARGUMENTS', { detail });
}
