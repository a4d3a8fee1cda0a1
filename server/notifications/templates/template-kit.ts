/**
 * What the templates share: the context they write in (language, Bogotá times, the center's
 * contact), the ticket's subject line and facts, and the guide's rules said the same way in
 * every e-mail that needs them.
 */

import type { Language } from '../../domain/coded-error.js';
import type { Instant } from '../../domain/time/instant.js';
import { cleanHeaderText, truncate } from './clean-text.js';
import type { Block, CenterContact, Fact } from './email-layout.js';
import { formatInstant } from './format-instant.js';
import { impactLabel, statusLabel } from './labels.js';
import type { TicketRef } from './notification-payload.js';

export interface TemplateContext {
  readonly language: Language;
  readonly contact: CenterContact;
  /** Picks the sentence of the recipient's language. */
  say(es: string, en: string): string;
  /** An instant in Bogotá with the zone named. */
  when(instant: Instant): string;
}

/** The context of one rendering. */
export function templateContext(language: Language, contact: CenterContact): TemplateContext {
  return {
    language,
    contact,
    say: (es, en) => (language === 'es' ? es : en),
    when: (instant) => formatInstant(instant, language),
  };
}

/** How much of a ticket's own subject fits in the e-mail's subject line. */
const SUBJECT_EXCERPT = 90;

/**
 * "[OG-2026-000123] what happened – the ticket's subject": the number first, which is how
 * replies find their ticket; a dash because some events already end in ":" or "?".
 */
export function ticketSubject(ticket: TicketRef, what: string): string {
  const excerpt = truncate(cleanHeaderText(ticket.subject), SUBJECT_EXCERPT);
  return `[${ticket.number}] ${what}${excerpt ? ` – ${excerpt}` : ''}`;
}

/** The ticket's number (linked), subject, impact level and status, then `extra` rows. */
export function ticketFacts(ticket: TicketRef, c: TemplateContext, extra: Fact[] = []): Block {
  return {
    type: 'facts',
    rows: [
      { label: c.say('Caso', 'Ticket'), value: ticket.number, href: ticket.link },
      { label: c.say('Asunto', 'Subject'), value: ticket.subject },
      {
        label: c.say('Nivel de atención', 'Impact level'),
        value: impactLabel(ticket.impact, c.language),
      },
      { label: c.say('Estado', 'Status'), value: statusLabel(ticket.status, c.language) },
      ...extra,
    ],
  };
}

/** A row with a deadline in Bogotá. */
export function dueRow(label: string, instant: Instant, c: TemplateContext): Fact {
  return { label, value: c.when(instant) };
}

/** The button to the ticket. */
export function openTicket(ticket: TicketRef, label: string): Block {
  return { type: 'action', label, href: ticket.link };
}

/** The attachments of a message, named (they are read in the portal); nothing when none. */
export function attachments(names: readonly string[], c: TemplateContext): Block[] {
  if (names.length === 0) return [];
  return [
    {
      type: 'list',
      label: c.say(
        `Archivos adjuntos (${names.length}), disponibles en el portal`,
        `Attachments (${names.length}), available in the portal`,
      ),
      items: names,
    },
  ];
}

/** Who wrote a message; when the name is missing, the center (or the customer, for staff). */
export function author(name: string, c: TemplateContext, customer = false): string {
  const clean = cleanHeaderText(name);
  if (clean) return clean;
  return customer
    ? c.say('El cliente', 'The customer')
    : c.say('El Centro de Servicios', 'The Service Center');
}

/** SPEC §6: replies to the e-mail come back into the ticket (Reply-To threads them). */
export function replyHint(ticket: TicketRef, c: TemplateContext): Block {
  return {
    type: 'paragraph',
    text: c.say(
      `Puede responder a este correo o escribir en el portal, con los archivos que necesite: su respuesta se agrega al caso ${ticket.number}.`,
      `You can reply to this e-mail or write in the portal, with any files you need: your answer is added to ticket ${ticket.number}.`,
    ),
  };
}

/** Guide §4.2 (SPEC §5.2): one interval without an answer warns, the next one closes. */
export function noResponseRule(
  warningAt: Instant,
  autoCloseAt: Instant,
  c: TemplateContext,
): Block {
  return {
    type: 'notice',
    text: c.say(
      `Si no recibimos su respuesta antes del ${c.when(warningAt)}, le enviaremos una advertencia; si tampoco la recibimos antes del ${c.when(autoCloseAt)}, el caso se cerrará por falta de respuesta, como lo establece nuestra guía de atención.`,
      `If we have no answer from you by ${c.when(warningAt)}, we will send you a warning; if there is still none by ${c.when(autoCloseAt)}, the ticket will be closed for lack of response, as our service guide states.`,
    ),
  };
}

/** Guide §5 (SPEC §5): a reply about a closed case opens a new one; a mere thank-you does not. */
export function closedReplyRule(c: TemplateContext): Block {
  return {
    type: 'notice',
    text: c.say(
      'Si responde sobre este caso, lo registraremos como un caso nuevo, con nuevos tiempos de respuesta según su nivel de atención. Un simple agradecimiento no abre un caso nuevo.',
      'If you reply about this ticket, we will register it as a new ticket, with new response times for its impact level. A simple thank-you does not open a new ticket.',
    ),
  };
}
