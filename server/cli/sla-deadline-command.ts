/**
 * `mesa sla deadline`: one ticket's SLA deadlines from flags, printed as one JSON object, with
 * `--explain` the counted and skipped spans behind each deadline.
 */

import {
  parseChannel,
  parseImpact,
  parseModality,
  parseService,
  type Service,
} from '../domain/sla/contract-terms.js';
import {
  computeTicketDeadlines,
  explainTicketDeadlines,
  type TicketSlaInput,
} from '../domain/sla/ticket-deadlines.js';
import { type Interval, parseInstant } from '../domain/time/instant.js';
import { parseFlags, requireFlag, wantsHelp } from './args.js';
import { CliError } from './cli-error.js';
import { commonOptionsHelp } from './cli-messages.js';
import type { Command, Localized } from './command.js';
import { deadlinesJson, explanationsJson } from './deadline-json.js';
import { writeText } from './output.js';

const OPTIONS = {
  modality: { type: 'string' },
  impact: { type: 'string' },
  channel: { type: 'string' },
  created: { type: 'string' },
  'waiting-since': { type: 'string' },
  services: { type: 'string' },
  pause: { type: 'string', multiple: true },
  explain: { type: 'boolean' },
} as const;

const help: Localized = {
  es: `Uso: mesa sla deadline --modality M --impact I --channel C --created FECHA [opciones]

Calcula los vencimientos del ANS de un caso y los imprime como un objeto JSON.

Opciones obligatorias:
  --modality 5x8|6x8|7x24           Modalidad del contrato.
  --impact high|medium|low|change   Nivel de impacto del caso.
  --channel web|phone|email|monitoring
                                    Canal por el que llegó el caso.
  --created FECHA                   Creación del caso, ISO 8601 con desfase,
                                    p. ej. 2026-03-20T17:30:00-05:00.

Opciones:
  --waiting-since FECHA   Desde cuándo el caso espera al cliente: agrega warningAt y autoCloseAt.
  --services LISTA        Servicios contratados, separados por comas: support, administration,
                          monitoring, managed (por defecto support). El impacto change exige
                          managed o administration.
  --pause INICIO/FIN      Lapso en que el reloj se detuvo (dos fechas separadas por /);
                          puede repetirse.
  --explain               Agrega «explanation»: los lapsos contados y los omitidos de cada
                          vencimiento, con su motivo (festivo con su nombre, almuerzo, …).
${commonOptionsHelp.es}

Salida: clockStartsAt, firstResponseDueAt, notificationsDueAt (3), warningAt y autoCloseAt
(con --waiting-since), calendar y callTheCenter; si callTheCenter es true, también notice.
Las fechas se imprimen en hora de Bogotá (-05:00).

Ejemplo:
  mesa sla deadline --modality 5x8 --impact high --channel web --created 2026-03-20T17:30:00-05:00`,
  en: `Usage: mesa sla deadline --modality M --impact I --channel C --created DATE [options]

Computes a ticket's SLA deadlines and prints them as one JSON object.

Required options:
  --modality 5x8|6x8|7x24           The contract's modality.
  --impact high|medium|low|change   The ticket's impact level.
  --channel web|phone|email|monitoring
                                    The channel the ticket came through.
  --created DATE                    When the ticket was created, ISO 8601 with an offset,
                                    e.g. 2026-03-20T17:30:00-05:00.

Options:
  --waiting-since DATE    Since when the ticket waits on the customer: adds warningAt and
                          autoCloseAt.
  --services LIST         Contracted services, comma-separated: support, administration,
                          monitoring, managed (default support). The change impact needs
                          managed or administration.
  --pause START/END       A span when the clock stopped (two dates separated by /); repeatable.
  --explain               Adds "explanation": the counted and skipped spans behind each
                          deadline, with their reason (a holiday by name, lunch, …).
${commonOptionsHelp.en}

Output: clockStartsAt, firstResponseDueAt, notificationsDueAt (3), warningAt and autoCloseAt
(with --waiting-since), calendar and callTheCenter; when callTheCenter is true, also notice.
Dates are printed in Bogotá time (-05:00).

Example:
  mesa sla deadline --modality 5x8 --impact high --channel web --created 2026-03-20T17:30:00-05:00`,
};

type DeadlineFlags = ReturnType<typeof parseFlags<typeof OPTIONS>>;

/** Builds the domain input from the flags; the domain parsers reject bad values. */
function deadlineInput(flags: DeadlineFlags): TicketSlaInput {
  // Every required flag is checked before any value, so the first message is the simplest fix.
  const modality = requireFlag(flags.modality, 'modality');
  const impact = requireFlag(flags.impact, 'impact');
  const channel = requireFlag(flags.channel, 'channel');
  const created = requireFlag(flags.created, 'created');
  const waitingSince = flags['waiting-since'];
  return {
    modality: parseModality(modality),
    impact: parseImpact(impact),
    channel: parseChannel(channel),
    services: parseServiceList(flags.services ?? 'support'),
    createdAt: parseInstant(created),
    ...(waitingSince !== undefined && { waitingSince: parseInstant(waitingSince) }),
    pauses: (flags.pause ?? []).map(parsePause),
  };
}

function parseServiceList(text: string): Service[] {
  return text.split(',').map((s) => parseService(s.trim()));
}

/** `START/END`: two ISO instants; the domain refuses an end before the start. */
function parsePause(text: string): Interval {
  const parts = text.split('/');
  if (parts.length !== 2) throw new CliError('INVALID_PAUSE', { value: text });
  return { start: parseInstant(parts[0] as string), end: parseInstant(parts[1] as string) };
}

/** `mesa sla deadline`. */
export const slaDeadlineCommand: Command = {
  name: 'deadline',
  summary: {
    es: 'Calcula los vencimientos del ANS de un caso.',
    en: "Computes a ticket's SLA deadlines.",
  },
  help: (lang) => `${help[lang]}\n`,
  async run(args, ctx) {
    if (wantsHelp(args)) return writeText(ctx.stdout, slaDeadlineCommand.help(ctx.lang, ctx.path));
    const flags = parseFlags(args, OPTIONS, ctx.path);
    const input = deadlineInput(flags);
    const deadlines = computeTicketDeadlines(input);
    const output = {
      ...deadlinesJson(deadlines, ctx.lang),
      ...(flags.explain === true && {
        explanation: explanationsJson(explainTicketDeadlines(input, deadlines), ctx.lang),
      }),
    };
    await writeText(ctx.stdout, `${JSON.stringify(output, null, 2)}\n`);
  },
};
