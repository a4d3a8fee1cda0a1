/**
 * A command made of subcommands (`mesa` itself, `mesa sla`, later `mesa user`): it reads its
 * leading global flags, picks the subcommand by its first word and hands it the rest.
 */

import type { Language } from '../domain/errors.js';
import { leadingGlobals } from './args.js';
import { CliError } from './cli-error.js';
import { commonOptionsHelp } from './cli-messages.js';
import type { Command, Localized } from './command.js';
import { writeText } from './output.js';

/** What a group is made of: its words, texts and subcommands. */
export interface CommandGroupSpec {
  readonly name: string;
  readonly summary: Localized;
  /** The help's opening lines (usage and purpose). */
  readonly intro: Localized;
  readonly subcommands: readonly Command[];
  /** Print each subcommand's full help inside the group's help instead of a list. */
  readonly expandHelp?: boolean;
  /** The help's closing lines, if any. */
  readonly footer?: Localized;
}

const headings = {
  commands: { es: 'Comandos:', en: 'Commands:' },
  helpUsage: { es: 'help [comando]', en: 'help [command]' },
  helpCommand: { es: 'Muestra la ayuda de un comando.', en: 'Shows the help of a command.' },
  options: { es: 'Opciones:', en: 'Options:' },
} as const;

/** Builds a group command that dispatches to its subcommands (also `help [subcommand]`). */
export function commandGroup(spec: CommandGroupSpec): Command {
  const group: Command = {
    name: spec.name,
    summary: spec.summary,
    subcommands: spec.subcommands,
    help: (lang, path) => groupHelp(spec, lang, path),
    async run(args, ctx) {
      const { help, rest } = leadingGlobals(args);
      const [word, ...more] = rest;
      if (word === undefined) {
        if (help) return writeText(ctx.stdout, group.help(ctx.lang, ctx.path));
        throw new CliError('MISSING_COMMAND', { help: `${ctx.path} --help` });
      }
      // `mesa help sla batch` is `mesa sla batch --help`.
      if (word === 'help') return group.run([...more, '--help'], ctx);
      const sub = spec.subcommands.find((c) => c.name === word);
      if (sub === undefined) {
        if (word.startsWith('-')) {
          throw new CliError('UNKNOWN_FLAG', { flag: word, help: `${ctx.path} --help` });
        }
        throw new CliError('UNKNOWN_COMMAND', { value: word, help: `${ctx.path} --help` });
      }
      const subArgs = help ? [...more, '--help'] : more;
      await sub.run(subArgs, { ...ctx, path: `${ctx.path} ${sub.name}` });
    },
  };
  return group;
}

function groupHelp(spec: CommandGroupSpec, lang: Language, path: string): string {
  const sections = [spec.intro[lang]];
  if (spec.expandHelp) {
    for (const sub of spec.subcommands) sections.push(sub.help(lang, `${path} ${sub.name}`));
  } else {
    const rows: [string, string][] = [];
    for (const c of spec.subcommands) {
      if (c.subcommands === undefined) rows.push([c.name, c.summary[lang]]);
      else for (const s of c.subcommands) rows.push([`${c.name} ${s.name}`, s.summary[lang]]);
    }
    rows.push([headings.helpUsage[lang], headings.helpCommand[lang]]);
    const width = Math.max(...rows.map(([name]) => name.length)) + 2;
    const list = rows.map(([name, summary]) => `  ${name.padEnd(width)}${summary}`).join('\n');
    sections.push(`${headings.commands[lang]}\n${list}`);
    sections.push(`${headings.options[lang]}\n${commonOptionsHelp[lang]}`);
  }
  if (spec.footer) sections.push(spec.footer[lang]);
  return `${sections.join('\n\n')}\n`;
}
