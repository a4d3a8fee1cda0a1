/**
 * E-mails that are not about one ticket: a password reset, and the reminder of a maintenance
 * window the day before it (issue 5).
 */

import type { EmailContent } from './email-layout.js';
import { formatDate, formatSpan } from './format-instant.js';
import type { PayloadOf } from './notification-payload.js';
import type { TemplateContext } from './template-kit.js';

/** A link to choose a new password, with its expiry; harmless if the user did not ask. */
export function passwordReset(p: PayloadOf<'password_reset'>, c: TemplateContext): EmailContent {
  return {
    audience: 'customer',
    subject: c.say(
      'Restablezca su contraseña – Centro de Servicios Open Group',
      'Reset your password – Open Group Service Center',
    ),
    heading: c.say('Restablezca su contraseña', 'Reset your password'),
    blocks: [
      {
        type: 'paragraph',
        text: c.say(
          'Recibimos una solicitud para restablecer la contraseña de su cuenta en la plataforma de gestión de tickets del Centro de Servicios Open Group.',
          'We received a request to reset the password of your account on the Open Group Service Center ticket platform.',
        ),
      },
      {
        type: 'action',
        label: c.say('Elegir una contraseña nueva', 'Choose a new password'),
        href: p.resetLink,
      },
      {
        type: 'paragraph',
        text: c.say(
          `El enlace vence el ${c.when(p.expiresAt)}.`,
          `The link expires on ${c.when(p.expiresAt)}.`,
        ),
      },
      {
        type: 'paragraph',
        text: c.say(
          'Si usted no lo solicitó, ignore este correo: su contraseña no cambiará.',
          'If you did not ask for this, ignore this e-mail: your password will not change.',
        ),
      },
    ],
  };
}

/** The day before a preventive maintenance window: when, for which equipment, where to see it. */
export function maintenanceReminder(
  p: PayloadOf<'maintenance_reminder'>,
  c: TemplateContext,
): EmailContent {
  const day = formatDate(p.windowStart, c.language);
  return {
    audience: 'customer',
    subject: c.say(
      `Recordatorio: ventana de mantenimiento el ${day}`,
      `Reminder: maintenance window on ${day}`,
    ),
    heading: c.say('Recordatorio de ventana de mantenimiento', 'Maintenance window reminder'),
    blocks: [
      {
        type: 'paragraph',
        text: c.say(
          `Le recordamos la ventana de mantenimiento preventivo y actualizaciones programada para ${p.organizationName}.`,
          `This is a reminder of the preventive maintenance and updates window scheduled for ${p.organizationName}.`,
        ),
      },
      {
        type: 'facts',
        rows: [
          { label: c.say('Organización', 'Organization'), value: p.organizationName },
          {
            label: c.say('Ventana', 'Window'),
            value: formatSpan(p.windowStart, p.windowEnd, c.language),
          },
        ],
      },
      ...(p.equipment.length > 0
        ? [{ type: 'list' as const, label: c.say('Equipos', 'Equipment'), items: p.equipment }]
        : []),
      {
        type: 'paragraph',
        text: c.say(
          'Durante la ventana, los servicios de estos equipos pueden presentar interrupciones. Si necesita cambiar la ventana, hágalo en el portal o comuníquese con nosotros.',
          'During the window, the services of this equipment may be interrupted. If you need to change the window, do so in the portal or contact us.',
        ),
      },
      {
        type: 'action',
        label: c.say('Ver la ventana de mantenimiento', 'View the maintenance window'),
        href: p.link,
      },
    ],
  };
}
