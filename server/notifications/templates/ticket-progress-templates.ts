/**
 * The e-mails that follow an open ticket for its requester: registered, diagnosis, a request
 * for information or tests, an agent's reply, the automatic status update, a proposed solution.
 */

import type { EmailContent } from './email-layout.js';
import type { PayloadOf } from './notification-payload.js';
import {
  attachments,
  author,
  dueRow,
  noResponseRule,
  openTicket,
  replyHint,
  type TemplateContext,
  ticketFacts,
  ticketSubject,
} from './template-kit.js';

/** The acknowledgement: number, first-response deadline, and how the case will be followed. */
export function ticketRegistered(
  p: PayloadOf<'ticket_registered'>,
  c: TemplateContext,
): EmailContent {
  const { ticket } = p;
  const startsLater = p.clockStartsAt > p.registeredAt;
  const { number: line, option } = c.contact.nationalLine;
  return {
    audience: 'customer',
    subject: ticketSubject(ticket, c.say('Su caso fue registrado', 'Your ticket was registered')),
    heading: c.say('Su caso fue registrado', 'Your ticket was registered'),
    blocks: [
      {
        type: 'paragraph',
        text: c.say(
          `Registramos su solicitud con el número ${ticket.number}. Nuestro personal le mantendrá actualizado por este correo y, de ser necesario, le solicitará información adicional o la ejecución de pruebas, que usted suministrará a través de la plataforma.`,
          `We registered your request as ${ticket.number}. Our staff will keep you updated by e-mail and, if needed, will ask you for more information or to run tests, which you provide through the platform.`,
        ),
      },
      ...(p.callTheCenter
        ? [
            {
              type: 'notice' as const,
              text: c.say(
                `Su caso es de impacto alto y se registró por fuera del horario de lunes a sábado de 8:00 a 18:00, cuando estos casos deben reportarse por teléfono. Llame a la línea nacional ${line}, opción ${option}, para que lo atendamos de inmediato; de lo contrario, el tiempo de respuesta empezará a contar el ${c.when(p.clockStartsAt)}.`,
                `Your ticket is high impact and was registered outside Monday to Saturday 8:00–18:00, when such cases must be reported by phone. Call the national line ${line}, option ${option}, so we can attend to it right away; otherwise the response time starts counting on ${c.when(p.clockStartsAt)}.`,
              ),
            },
          ]
        : startsLater
          ? [
              {
                type: 'paragraph' as const,
                text: c.say(
                  `Su caso se registró por fuera del horario contratado; el tiempo de respuesta empieza a contar el ${c.when(p.clockStartsAt)}.`,
                  `Your ticket was registered outside your contracted hours; the response time starts counting on ${c.when(p.clockStartsAt)}.`,
                ),
              },
            ]
          : []),
      ticketFacts(ticket, c, [
        dueRow(c.say('Registrado el', 'Registered on'), p.registeredAt, c),
        dueRow(
          c.say('Primera respuesta a más tardar', 'First response by'),
          p.firstResponseDueAt,
          c,
        ),
      ]),
      {
        type: 'paragraph',
        text: c.say(
          'La primera respuesta es el diagnóstico de su requerimiento, realizado e informado por el Centro de Servicios; su tiempo se cuenta dentro del horario contratado.',
          'The first response is the diagnosis of your request, made and reported by the Service Center; its time is counted within your contracted hours.',
        ),
      },
      ...(p.description.trim()
        ? [
            {
              type: 'message' as const,
              label: c.say('Descripción registrada', 'Description you registered'),
              body: p.description,
            },
          ]
        : []),
      openTicket(ticket, c.say('Ver el caso', 'View the ticket')),
      replyHint(ticket, c),
    ],
  };
}

/** The first response: the center's diagnosis, and when the next update is due. */
export function diagnosis(p: PayloadOf<'diagnosis'>, c: TemplateContext): EmailContent {
  const { ticket } = p;
  return {
    audience: 'customer',
    subject: ticketSubject(ticket, c.say('Diagnóstico de su caso', 'Diagnosis of your ticket')),
    heading: c.say('Diagnóstico de su caso', 'Diagnosis of your ticket'),
    blocks: [
      {
        type: 'paragraph',
        text: c.say(
          `${author(p.authorName, c)} registró el diagnóstico de su caso ${ticket.number}.`,
          `${author(p.authorName, c)} recorded the diagnosis of your ticket ${ticket.number}.`,
        ),
      },
      { type: 'message', label: c.say('Diagnóstico', 'Diagnosis'), body: p.body },
      ...attachments(p.attachmentNames, c),
      ticketFacts(
        ticket,
        c,
        p.nextUpdateDueAt === null
          ? []
          : [
              dueRow(
                c.say('Próxima actualización a más tardar', 'Next update by'),
                p.nextUpdateDueAt,
                c,
              ),
            ],
      ),
      openTicket(ticket, c.say('Ver el caso', 'View the ticket')),
      replyHint(ticket, c),
    ],
  };
}

/** A request for information or tests, with the no-response rule that now applies. */
export function informationRequested(
  p: PayloadOf<'information_requested'>,
  c: TemplateContext,
): EmailContent {
  const { ticket } = p;
  const tests = p.request === 'tests';
  const who = author(p.authorName, c);
  return {
    audience: 'customer',
    subject: ticketSubject(
      ticket,
      tests
        ? c.say('Solicitud de pruebas en su caso', 'Tests requested on your ticket')
        : c.say('Solicitud de información sobre su caso', 'Information needed for your ticket'),
    ),
    heading: tests
      ? c.say('Le solicitamos ejecutar pruebas', 'Please run some tests')
      : c.say('Necesitamos información para continuar', 'We need information to continue'),
    blocks: [
      {
        type: 'paragraph',
        text: tests
          ? c.say(
              `${who} le solicita ejecutar las siguientes pruebas en su caso ${ticket.number} y enviarnos los resultados.`,
              `${who} asks you to run the following tests on your ticket ${ticket.number} and send us the results.`,
            )
          : c.say(
              `${who} necesita la siguiente información para continuar con su caso ${ticket.number}.`,
              `${who} needs the following information to continue with your ticket ${ticket.number}.`,
            ),
      },
      {
        type: 'message',
        label: tests
          ? c.say('Pruebas solicitadas', 'Tests requested')
          : c.say('Información solicitada', 'Information requested'),
        body: p.body,
      },
      ...attachments(p.attachmentNames, c),
      {
        type: 'paragraph',
        text: c.say(
          'La información y los resultados deben suministrarse a través de la plataforma: responda a este correo o escriba en el portal, con los archivos que necesite.',
          'Please provide the information and results through the platform: reply to this e-mail or write in the portal, with any files you need.',
        ),
      },
      ...(p.firstResponsePaused
        ? [
            {
              type: 'paragraph' as const,
              text: c.say(
                'Mientras esperamos su respuesta, el tiempo de primera respuesta se detiene; se reanuda, con el tiempo que le quedaba, cuando usted responda.',
                'While we wait for your answer, the first-response time is paused; it resumes, with the time it had left, when you answer.',
              ),
            },
          ]
        : []),
      noResponseRule(p.warningAt, p.autoCloseAt, c),
      ticketFacts(ticket, c),
      openTicket(ticket, c.say('Responder en el portal', 'Answer in the portal')),
    ],
  };
}

/** A plain public reply by an agent. */
export function agentReply(p: PayloadOf<'agent_reply'>, c: TemplateContext): EmailContent {
  const { ticket } = p;
  return {
    audience: 'customer',
    subject: ticketSubject(ticket, c.say('Nueva respuesta en su caso', 'New reply on your ticket')),
    heading: c.say('Nueva respuesta en su caso', 'New reply on your ticket'),
    blocks: [
      {
        type: 'paragraph',
        text: c.say(
          `${author(p.authorName, c)} escribió en su caso ${ticket.number}.`,
          `${author(p.authorName, c)} wrote on your ticket ${ticket.number}.`,
        ),
      },
      { type: 'message', label: c.say('Mensaje', 'Message'), body: p.body },
      ...attachments(p.attachmentNames, c),
      ticketFacts(ticket, c),
      openTicket(ticket, c.say('Ver el caso', 'View the ticket')),
      replyHint(ticket, c),
    ],
  };
}

/** SPEC §4: the notification interval ran out without an update, so mesa writes itself. */
export function statusUpdate(p: PayloadOf<'status_update'>, c: TemplateContext): EmailContent {
  const { ticket } = p;
  return {
    audience: 'customer',
    subject: ticketSubject(
      ticket,
      c.say('Seguimos atendiendo su caso', 'We are still working on your ticket'),
    ),
    heading: c.say('Seguimos atendiendo su caso', 'We are still working on your ticket'),
    blocks: [
      {
        type: 'paragraph',
        text: c.say(
          `Su caso ${ticket.number} sigue en manos del Centro de Servicios. Esta es una actualización automática: le escribimos al menos una vez en cada intervalo de notificación de su nivel de atención.`,
          `Your ticket ${ticket.number} is still with the Service Center. This is an automatic update: we write to you at least once in every notification interval of its impact level.`,
        ),
      },
      ticketFacts(ticket, c, [
        ...(p.lastUpdateAt === null
          ? []
          : [dueRow(c.say('Última actualización', 'Last update'), p.lastUpdateAt, c)]),
        ...(p.firstResponseDueAt === null
          ? []
          : [
              dueRow(
                c.say('Primera respuesta a más tardar', 'First response by'),
                p.firstResponseDueAt,
                c,
              ),
            ]),
        dueRow(c.say('Próxima actualización a más tardar', 'Next update by'), p.nextUpdateDueAt, c),
      ]),
      openTicket(ticket, c.say('Ver el caso', 'View the ticket')),
      replyHint(ticket, c),
    ],
  };
}

/** A solution to accept or reject, with the no-response rule that now applies. */
export function solutionProposed(
  p: PayloadOf<'solution_proposed'>,
  c: TemplateContext,
): EmailContent {
  const { ticket } = p;
  return {
    audience: 'customer',
    subject: ticketSubject(
      ticket,
      c.say('Solución propuesta para su caso', 'Proposed solution for your ticket'),
    ),
    heading: c.say('Le proponemos una solución', 'We propose a solution'),
    blocks: [
      {
        type: 'paragraph',
        text: c.say(
          `${author(p.authorName, c)} propone la siguiente solución para su caso ${ticket.number}.`,
          `${author(p.authorName, c)} proposes the following solution for your ticket ${ticket.number}.`,
        ),
      },
      { type: 'message', label: c.say('Solución propuesta', 'Proposed solution'), body: p.body },
      ...attachments(p.attachmentNames, c),
      {
        type: 'paragraph',
        text: c.say(
          'Ingrese al portal para aceptarla si el caso quedó resuelto, o para rechazarla si el problema continúa. También puede responder a este correo contándonos el resultado.',
          'Open the portal to accept it if the problem is solved, or to reject it if the problem continues. You can also reply to this e-mail and tell us how it went.',
        ),
      },
      noResponseRule(p.warningAt, p.autoCloseAt, c),
      ticketFacts(ticket, c),
      openTicket(ticket, c.say('Aceptar o rechazar la solución', 'Accept or reject the solution')),
    ],
  };
}
