/**
 * The e-mails to the Service Center's staff: a new ticket in the queue, a customer's answer to
 * the assignee, and the SLA alerts (first response near and breached, update overdue).
 */

import type { EmailContent, Fact } from './email-layout.js';
import { channelLabel, impactLabel } from './labels.js';
import type { PayloadOf, TicketRef } from './notification-payload.js';
import {
  attachments,
  author,
  dueRow,
  openTicket,
  type TemplateContext,
  ticketFacts,
  ticketSubject,
} from './template-kit.js';

function alertRows(
  p: { readonly organizationName: string; readonly assigneeName: string | null },
  c: TemplateContext,
): Fact[] {
  return [
    { label: c.say('Organización', 'Organization'), value: p.organizationName },
    {
      label: c.say('Asignado a', 'Assigned to'),
      value: p.assigneeName?.trim() ? p.assigneeName : c.say('Sin asignar', 'Unassigned'),
    },
  ];
}

function open(ticket: TicketRef, c: TemplateContext) {
  return openTicket(ticket, c.say('Abrir el caso', 'Open the ticket'));
}

/** A new ticket for the agents of the queue, with its first-response deadline. */
export function ticketRegisteredStaff(
  p: PayloadOf<'ticket_registered_staff'>,
  c: TemplateContext,
): EmailContent {
  const { ticket, previousTicket } = p;
  const impact = impactLabel(ticket.impact, c.language);
  return {
    audience: 'staff',
    subject: ticketSubject(
      ticket,
      c.say(
        `Nuevo caso de ${p.organizationName} (${impact})`,
        `New ticket from ${p.organizationName} (${impact})`,
      ),
    ),
    heading: c.say('Nuevo caso en la cola', 'New ticket in the queue'),
    blocks: [
      {
        type: 'paragraph',
        text: c.say(
          `${author(p.requesterName, c, true)} de ${p.organizationName} registró el caso ${ticket.number}.`,
          `${author(p.requesterName, c, true)} from ${p.organizationName} registered ticket ${ticket.number}.`,
        ),
      },
      ...(previousTicket
        ? [
            {
              type: 'paragraph' as const,
              text: c.say(
                `Se abrió con una respuesta del cliente al caso cerrado ${previousTicket.number}.`,
                `It was opened by the customer's reply to the closed ticket ${previousTicket.number}.`,
              ),
            },
          ]
        : []),
      ticketFacts(ticket, c, [
        { label: c.say('Organización', 'Organization'), value: p.organizationName },
        { label: c.say('Solicitante', 'Requester'), value: p.requesterName },
        { label: c.say('Canal', 'Channel'), value: channelLabel(p.channel, c.language) },
        ...(previousTicket
          ? [
              {
                label: c.say('Caso anterior', 'Previous ticket'),
                value: previousTicket.number,
                href: previousTicket.link,
              },
            ]
          : []),
        dueRow(c.say('Registrado el', 'Registered on'), p.registeredAt, c),
        ...(p.clockStartsAt > p.registeredAt
          ? [dueRow(c.say('El reloj empieza', 'Clock starts'), p.clockStartsAt, c)]
          : []),
        dueRow(
          c.say('Primera respuesta a más tardar', 'First response due'),
          p.firstResponseDueAt,
          c,
        ),
      ]),
      ...(p.description.trim()
        ? [
            {
              type: 'message' as const,
              label: c.say('Descripción', 'Description'),
              body: p.description,
            },
          ]
        : []),
      open(ticket, c),
    ],
  };
}

/** The customer answered: tells the assignee, with the deadlines that now run. */
export function customerAnswered(
  p: PayloadOf<'customer_answered'>,
  c: TemplateContext,
): EmailContent {
  const { ticket } = p;
  const who = author(p.authorName, c, true);
  return {
    audience: 'staff',
    subject: ticketSubject(ticket, c.say('Respuesta del cliente', 'Customer answered')),
    heading: c.say('El cliente respondió', 'The customer answered'),
    blocks: [
      {
        type: 'paragraph',
        text: c.say(
          `${who} respondió en el caso ${ticket.number}.`,
          `${who} answered on ticket ${ticket.number}.`,
        ),
      },
      { type: 'message', label: c.say('Respuesta', 'Answer'), body: p.body },
      ...attachments(p.attachmentNames, c),
      ticketFacts(ticket, c, [
        ...(p.firstResponseDueAt === null
          ? []
          : [
              dueRow(
                c.say('Primera respuesta a más tardar', 'First response due'),
                p.firstResponseDueAt,
                c,
              ),
            ]),
        ...(p.nextUpdateDueAt === null
          ? []
          : [
              dueRow(
                c.say('Próxima actualización al cliente', 'Next customer update due'),
                p.nextUpdateDueAt,
                c,
              ),
            ]),
      ]),
      open(ticket, c),
    ],
  };
}

/** Most of the first-response time is used (FIRST_RESPONSE_NEAR_FRACTION). */
export function firstResponseNear(
  p: PayloadOf<'first_response_near'>,
  c: TemplateContext,
): EmailContent {
  const { ticket } = p;
  // Written by hand: ICU versions disagree on the space before % in es-CO (the RAE writes one).
  const rounded = Math.round(p.percentUsed);
  const percent = c.say(`${rounded}\u00a0%`, `${rounded}%`);
  return {
    audience: 'staff',
    subject: ticketSubject(
      ticket,
      c.say(
        `Primera respuesta por vencer (${percent} del tiempo usado)`,
        `First response due soon (${percent} of the time used)`,
      ),
    ),
    heading: c.say('La primera respuesta está por vencer', 'The first response is due soon'),
    blocks: [
      {
        type: 'paragraph',
        text: c.say(
          `Se ha usado el ${percent} del tiempo de primera respuesta del caso ${ticket.number} de ${p.organizationName}. El diagnóstico debe registrarse e informarse antes del ${c.when(p.firstResponseDueAt)}.`,
          `${percent} of the first-response time of ticket ${ticket.number} from ${p.organizationName} is used. The diagnosis must be recorded and reported by ${c.when(p.firstResponseDueAt)}.`,
        ),
      },
      ticketFacts(ticket, c, [
        ...alertRows(p, c),
        dueRow(c.say('Primera respuesta vence', 'First response due'), p.firstResponseDueAt, c),
      ]),
      open(ticket, c),
    ],
  };
}

/** The first-response deadline passed without a diagnosis. */
export function firstResponseBreached(
  p: PayloadOf<'first_response_breached'>,
  c: TemplateContext,
): EmailContent {
  const { ticket } = p;
  return {
    audience: 'staff',
    subject: ticketSubject(ticket, c.say('Primera respuesta vencida', 'First response overdue')),
    heading: c.say('Venció el tiempo de primera respuesta', 'The first-response time ran out'),
    blocks: [
      {
        type: 'paragraph',
        text: c.say(
          `El caso ${ticket.number} de ${p.organizationName} no tuvo diagnóstico antes del ${c.when(p.firstResponseDueAt)}, el plazo de primera respuesta de su nivel de atención. Registre e informe el diagnóstico cuanto antes.`,
          `Ticket ${ticket.number} from ${p.organizationName} had no diagnosis by ${c.when(p.firstResponseDueAt)}, the first-response deadline of its impact level. Record and report the diagnosis as soon as possible.`,
        ),
      },
      ticketFacts(ticket, c, [
        ...alertRows(p, c),
        dueRow(
          c.say('Primera respuesta vencía', 'First response was due'),
          p.firstResponseDueAt,
          c,
        ),
      ]),
      open(ticket, c),
    ],
  };
}

/** SPEC §4: the notification interval ran out; mesa sent the automatic update. */
export function updateOverdue(p: PayloadOf<'update_overdue'>, c: TemplateContext): EmailContent {
  const { ticket } = p;
  return {
    audience: 'staff',
    subject: ticketSubject(
      ticket,
      c.say('Actualización al cliente vencida', 'Customer update overdue'),
    ),
    heading: c.say(
      'El cliente no recibió actualización a tiempo',
      'The customer was not updated in time',
    ),
    blocks: [
      {
        type: 'paragraph',
        text: c.say(
          `El intervalo de notificación del caso ${ticket.number} de ${p.organizationName} venció el ${c.when(p.nextUpdateDueAt)} sin una actualización del Centro de Servicios. mesa envió al solicitante una actualización automática de estado; escríbale con el avance del caso.`,
          `The notification interval of ticket ${ticket.number} from ${p.organizationName} ran out on ${c.when(p.nextUpdateDueAt)} without an update from the Service Center. mesa sent the requester an automatic status update; write to them with the ticket's progress.`,
        ),
      },
      ticketFacts(ticket, c, [
        ...alertRows(p, c),
        dueRow(c.say('Actualización vencía', 'Update was due'), p.nextUpdateDueAt, c),
        p.lastUpdateAt === null
          ? {
              label: c.say('Última actualización', 'Last update'),
              value: c.say('Ninguna aún', 'None yet'),
            }
          : dueRow(c.say('Última actualización', 'Last update'), p.lastUpdateAt, c),
      ]),
      open(ticket, c),
    ],
  };
}
