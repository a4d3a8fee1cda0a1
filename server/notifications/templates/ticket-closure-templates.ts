/**
 * The e-mails around the end of a ticket (SPEC §5): the no-response warning and closure, a
 * closure by a person, the new ticket a reply to a closed one opens, and the rating invitation.
 */

import type { Block, EmailContent } from './email-layout.js';
import { causeLabel, ratingLabels } from './labels.js';
import type { PayloadOf } from './notification-payload.js';
import {
  closedReplyRule,
  dueRow,
  openTicket,
  replyHint,
  type TemplateContext,
  ticketFacts,
  ticketSubject,
} from './template-kit.js';

/** Guide §4.2: the first period without an answer produces a warning; the second closes. */
export function noResponseWarning(
  p: PayloadOf<'no_response_warning'>,
  c: TemplateContext,
): EmailContent {
  const { ticket } = p;
  const since = c.when(p.waitingSince);
  return {
    audience: 'customer',
    subject: ticketSubject(
      ticket,
      c.say('Advertencia: esperamos su respuesta', 'Warning: we are waiting for your answer'),
    ),
    heading: c.say('Esperamos su respuesta', 'We are waiting for your answer'),
    blocks: [
      {
        type: 'paragraph',
        text:
          ticket.status === 'solution_proposed'
            ? c.say(
                `El ${since} le propusimos una solución para su caso ${ticket.number} y aún no recibimos su respuesta. Indíquenos si la acepta o si el problema continúa.`,
                `On ${since} we proposed a solution for your ticket ${ticket.number} and have not heard from you yet. Let us know whether you accept it or the problem continues.`,
              )
            : c.say(
                `El ${since} le solicitamos información o pruebas para su caso ${ticket.number} y aún no recibimos su respuesta.`,
                `On ${since} we asked you for information or tests for your ticket ${ticket.number} and have not heard from you yet.`,
              ),
      },
      {
        type: 'notice',
        text: c.say(
          `Transcurrió un período de nivel de servicio sin respuesta de su parte. Según nuestra guía de atención, si no recibimos su respuesta antes del ${c.when(p.autoCloseAt)}, el caso se cerrará por falta de respuesta.`,
          `One service-level period has passed without an answer from you. Under our service guide, if we receive no answer by ${c.when(p.autoCloseAt)}, the ticket will be closed for lack of response.`,
        ),
      },
      ticketFacts(ticket, c, [
        dueRow(
          c.say('Cierre por falta de respuesta', 'Closure for lack of response'),
          p.autoCloseAt,
          c,
        ),
      ]),
      openTicket(ticket, c.say('Responder en el portal', 'Answer in the portal')),
      replyHint(ticket, c),
    ],
  };
}

/** Guide §4.2: two periods without an answer closed the ticket. */
export function closedNoResponse(
  p: PayloadOf<'closed_no_response'>,
  c: TemplateContext,
): EmailContent {
  const { ticket } = p;
  return {
    audience: 'customer',
    subject: ticketSubject(
      ticket,
      c.say('Caso cerrado por falta de respuesta', 'Ticket closed for lack of response'),
    ),
    heading: c.say(
      'Su caso fue cerrado por falta de respuesta',
      'Your ticket was closed for lack of response',
    ),
    blocks: [
      {
        type: 'paragraph',
        text: c.say(
          `Cerramos su caso ${ticket.number} el ${c.when(p.closedAt)} porque transcurrieron dos períodos de nivel de servicio sin respuesta de su parte; el primero generó una advertencia.`,
          `We closed your ticket ${ticket.number} on ${c.when(p.closedAt)} because two service-level periods passed without an answer from you; the first one produced a warning.`,
        ),
      },
      closedReplyRule(c),
      ticketFacts(ticket, c, [dueRow(c.say('Cerrado el', 'Closed on'), p.closedAt, c)]),
      openTicket(ticket, c.say('Ver el caso', 'View the ticket')),
    ],
  };
}

/** Closed by a person: the solution was accepted, or the fault is outside the contract. */
export function ticketClosed(p: PayloadOf<'ticket_closed'>, c: TemplateContext): EmailContent {
  const { ticket, closure } = p;
  const closedOn = c.when(p.closedAt);
  const because: Block[] =
    closure.resolution === 'accepted'
      ? [
          {
            type: 'paragraph',
            text: c.say(
              `Cerramos su caso ${ticket.number} el ${closedOn} porque usted aceptó la solución propuesta. Gracias por confirmarlo.`,
              `We closed your ticket ${ticket.number} on ${closedOn} because you accepted the proposed solution. Thank you for confirming.`,
            ),
          },
        ]
      : [
          {
            type: 'paragraph',
            text: c.say(
              `Cerramos su caso ${ticket.number} el ${closedOn} porque la falla es ajena al servicio contratado con Open Group.`,
              `We closed your ticket ${ticket.number} on ${closedOn} because the fault lies outside the service contracted with Open Group.`,
            ),
          },
          ...(closure.reason?.trim()
            ? [{ type: 'message' as const, label: c.say('Motivo', 'Reason'), body: closure.reason }]
            : []),
        ];
  return {
    audience: 'customer',
    subject: ticketSubject(ticket, c.say('Caso cerrado', 'Ticket closed')),
    heading: c.say('Su caso fue cerrado', 'Your ticket was closed'),
    blocks: [
      ...because,
      closedReplyRule(c),
      ticketFacts(ticket, c, [
        {
          label: c.say('Resolución', 'Resolution'),
          value:
            closure.resolution === 'accepted'
              ? c.say('Solución aceptada', 'Solution accepted')
              : c.say('Ajena al servicio contratado', 'Outside the contracted service'),
        },
        ...(closure.resolution === 'out_of_scope'
          ? [{ label: c.say('Causa', 'Cause'), value: causeLabel(closure.cause, c.language) }]
          : []),
        dueRow(c.say('Cerrado el', 'Closed on'), p.closedAt, c),
      ]),
      openTicket(ticket, c.say('Ver el caso', 'View the ticket')),
    ],
  };
}

/** Guide §5: a reply about a closed case became a new case with new response times. */
export function followUpOpened(p: PayloadOf<'follow_up_opened'>, c: TemplateContext): EmailContent {
  const { ticket, previousTicket } = p;
  return {
    audience: 'customer',
    subject: ticketSubject(
      ticket,
      c.say(
        `Nuevo caso a partir de su respuesta al caso ${previousTicket.number}`,
        `New ticket from your reply to ${previousTicket.number}`,
      ),
    ),
    heading: c.say(
      'Abrimos un caso nuevo con su respuesta',
      'We opened a new ticket with your reply',
    ),
    blocks: [
      {
        type: 'paragraph',
        text: c.say(
          `Su respuesta llegó cuando el caso ${previousTicket.number} ya estaba cerrado. Como lo establece nuestra guía de atención, la registramos como un caso nuevo, ${ticket.number}, con nuevos tiempos de respuesta según su nivel de atención.`,
          `Your reply arrived after ticket ${previousTicket.number} was closed. As our service guide states, we registered it as a new ticket, ${ticket.number}, with new response times for its impact level.`,
        ),
      },
      { type: 'message', label: c.say('Su respuesta', 'Your reply'), body: p.body },
      ticketFacts(ticket, c, [
        {
          label: c.say('Caso anterior', 'Previous ticket'),
          value: previousTicket.number,
          href: previousTicket.link,
        },
        dueRow(
          c.say('Primera respuesta a más tardar', 'First response by'),
          p.firstResponseDueAt,
          c,
        ),
      ]),
      openTicket(ticket, c.say('Ver el caso nuevo', 'View the new ticket')),
      replyHint(ticket, c),
    ],
  };
}

/** Issue 5: rate the attention from 1 to 5, one click per rating. */
export function satisfactionRequest(
  p: PayloadOf<'satisfaction_request'>,
  c: TemplateContext,
): EmailContent {
  const { ticket } = p;
  const words = ratingLabels(c.language);
  return {
    audience: 'customer',
    subject: ticketSubject(ticket, c.say('¿Cómo fue nuestra atención?', 'How did we do?')),
    heading: c.say('¿Cómo fue nuestra atención?', 'How did we do?'),
    blocks: [
      {
        type: 'paragraph',
        text: c.say(
          `Su caso ${ticket.number} fue cerrado. Nos ayuda mucho saber cómo le pareció la atención: elija una calificación de 1 (${words[0]?.toLowerCase()}) a 5 (${words[4]?.toLowerCase()}) con un solo clic.`,
          `Your ticket ${ticket.number} is closed. It helps us a lot to know how you found our service: choose a rating from 1 (${words[0]?.toLowerCase()}) to 5 (${words[4]?.toLowerCase()}) with a single click.`,
        ),
      },
      {
        type: 'choices',
        items: p.ratingLinks.map((href, i) => ({ label: `${i + 1} – ${words[i]}`, href })),
      },
      ticketFacts(ticket, c),
    ],
  };
}
