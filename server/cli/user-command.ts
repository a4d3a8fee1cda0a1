/** `mesa user`: the operator's commands on users (`create`). */

import { commandGroup } from './command-group.js';
import { userCreateCommand } from './user-create-command.js';

/** `mesa user`. */
export const userCommand = commandGroup({
  name: 'user',
  summary: { es: 'Usuarios de la mesa.', en: 'Service desk users.' },
  intro: {
    es: 'Uso: mesa user create [opciones]\n\nAdministra los usuarios en la base de datos configurada.',
    en: 'Usage: mesa user create [options]\n\nManages users in the configured database.',
  },
  subcommands: [userCreateCommand],
  expandHelp: true,
});
