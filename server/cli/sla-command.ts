/** `mesa sla`: the SLA clock's commands (`deadline`, `batch`). */

import { commandGroup } from './command-group.js';
import { slaBatchCommand } from './sla-batch-command.js';
import { slaDeadlineCommand } from './sla-deadline-command.js';

/** `mesa sla`, whose help shows every subcommand's full usage. */
export const slaCommand = commandGroup({
  name: 'sla',
  summary: { es: 'Vencimientos del ANS (SLA).', en: 'SLA deadlines.' },
  intro: {
    es: 'Uso: mesa sla <deadline|batch> [opciones]\n\nVencimientos del ANS con los calendarios del contrato (festivos de Colombia incluidos).',
    en: "Usage: mesa sla <deadline|batch> [options]\n\nSLA deadlines on the contract's calendars (Colombian holidays included).",
  },
  subcommands: [slaDeadlineCommand, slaBatchCommand],
  expandHelp: true,
});
