/**
 * Tickets as the API shows them: instants as ISO 8601 in America/Bogota, the SLA object with
 * breach flags evaluated at the moment of reading, internal fields never leaving the server.
 */

import type { Attachment } from '../../../app/tickets/attachment.js';
import type { PhoneNumber } from '../../../app/tickets/ports.js';
import type { Ticket, TicketMessage, TicketSummary } from '../../../app/tickets/ticket.js';
import type { Explanation } from '../../../domain/calendar/explain.js';
import { skipReasonLabels } from '../../../domain/calendar/explain.js';
import type { Language } from '../../../domain/errors.js';
import { BOGOTA } from '../../../domain/sla/contract-calendars.js';
import { isUpdateOverdue } from '../../../domain/ticket/ticket-lifecycle.js';
import { HELD_BY_CENTER } from '../../../domain/ticket/ticket-vocabulary.js';
import { formatInstant, type Instant } from '../../../domain/time/instant.js';

/** An instant as Bogotá shows it: 2026-03-20T09:15:30-05:00. */
export function bogota(instant: Instant): string {
  return formatInstant(instant, BOGOTA);
}

function bogotaOrNull(instant: Instant | null): string | null {
  return instant === null ? null : bogota(instant);
}

export function presentSla(ticket: TicketSummary, now: Instant) {
  const { sla, life } = ticket;
  const open = life.status !== 'closed';
  const lateNow =
    open &&
    life.firstRespondedAt === null &&
    sla.firstResponseDueAt !== null &&
    now > sla.firstResponseDueAt;
  return {
    calendar: sla.calendarId,
    clockStartsAt: bogota(sla.clockStartsAt),
    firstResponseDueAt: bogotaOrNull(sla.firstResponseDueAt),
    firstRespondedAt: bogotaOrNull(sla.firstRespondedAt),
    firstResponseMinutesLeft:
      sla.firstResponseMinutesLeft === null
        ? null
        : Math.round(sla.firstResponseMinutesLeft * 100) / 100,
    nextUpdateDueAt: bogotaOrNull(sla.nextUpdateDueAt),
    warningAt: bogotaOrNull(sla.warningAt),
    autoCloseAt: bogotaOrNull(sla.autoCloseAt),
    nextDeadlineAt: bogotaOrNull(sla.nextDeadlineAt),
    breached: sla.firstResponseBreached || lateNow,
    // Overdue from the moment the interval ran out until an agent writes, also after mesa's
    // automatic status update went out (SPEC §4).
    updateOverdue:
      (open &&
        HELD_BY_CENTER.has(life.status) &&
        sla.nextUpdateDueAt !== null &&
        now > sla.nextUpdateDueAt) ||
      isUpdateOverdue(life),
  };
}

export function presentTicketSummary(ticket: TicketSummary, now: Instant) {
  return {
    id: ticket.id,
    number: ticket.number,
    subject: ticket.subject,
    impact: ticket.impact,
    channel: ticket.channel,
    status: ticket.life.status,
    resolution: ticket.life.resolution,
    organizationId: ticket.organizationId,
    requesterId: ticket.requesterId,
    assigneeId: ticket.assigneeId,
    reportedAt: bogota(ticket.life.reportedAt),
    createdAt: bogota(ticket.createdAt),
    updatedAt: bogota(ticket.updatedAt),
    closedAt: bogotaOrNull(ticket.life.closedAt),
    sla: presentSla(ticket, now),
  };
}

export function presentMessage(message: TicketMessage) {
  return {
    id: message.id,
    kind: message.kind,
    body: message.body,
    public: message.public,
    authorId: message.authorId,
    createdAt: bogota(message.createdAt),
  };
}

export function presentAttachment(attachment: Attachment) {
  return {
    id: attachment.id,
    messageId: attachment.messageId,
    fileName: attachment.fileName,
    contentType: attachment.contentType,
    size: attachment.size,
    sha256: attachment.sha256,
    public: attachment.public,
    uploadedBy: attachment.uploadedBy,
    createdAt: bogota(attachment.createdAt),
    url: `/api/v1/tickets/${attachment.ticketId}/attachments/${attachment.id}`,
  };
}

export function presentTicketDetail(
  ticket: Ticket,
  messages: readonly TicketMessage[],
  attachments: readonly Attachment[],
  now: Instant,
) {
  // Added to the summary rather than spread into a new object: V8 copies a spread of a
  // 15-field object on its slow path, a measurable part of a GET /tickets/{id}.
  return Object.assign(presentTicketSummary(ticket, now), {
    description: ticket.description,
    contractId: ticket.contractId,
    checklist: ticket.checklist === null ? null : [...ticket.checklist],
    previousTicketId: ticket.previousTicketId,
    closeReason: ticket.closeReason,
    closeCause: ticket.closeCause,
    messages: messages.map(presentMessage),
    attachments: attachments.map(presentAttachment),
  });
}

const CALL_MESSAGE: Record<Language, string> = {
  es: 'Fuera del horario de lunes a sábado de 08:00 a 18:00 solo se atienden casos de impacto alto reportados por teléfono. Su caso quedó registrado y su tiempo de respuesta empieza a contar a las 08:00 del siguiente día hábil; para atención inmediata llame a:',
  en: 'Outside Monday–Saturday 08:00–18:00 only high-impact cases reported by phone are served. Your ticket is registered and its response time starts at 08:00 of the next attended day; for immediate attention call:',
};

/** SPEC §3: a 7x24 high-impact case reported by web out of hours must be called in. */
export function presentCallTheCenter(phones: readonly PhoneNumber[] | null, language: Language) {
  if (phones === null) return null;
  return {
    message: CALL_MESSAGE[language],
    phoneNumbers: phones.map((p) => ({
      label: language === 'en' ? (p.labelEn ?? p.label) : p.label,
      phone: p.phone,
    })),
  };
}

export function presentExplanation(explanation: Explanation, language: Language) {
  return {
    from: bogota(explanation.from),
    to: bogota(explanation.to),
    countedMinutes: Math.round(explanation.countedMinutes * 100) / 100,
    counted: explanation.counted.map((span) => ({
      start: bogota(span.start),
      end: bogota(span.end),
      minutes: Math.round(span.minutes * 100) / 100,
    })),
    skipped: explanation.skipped.map((span) => {
      const reason = skipReasonLabels[span.reason][language];
      const name = language === 'en' ? (span.nameEn ?? span.name) : span.name;
      return {
        start: bogota(span.start),
        end: bogota(span.end),
        reason: span.reason,
        label: name === undefined ? reason : `${reason}: ${name}`,
      };
    }),
  };
}
