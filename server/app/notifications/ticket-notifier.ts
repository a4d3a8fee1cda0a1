/**
 * Which e-mails a ticket event causes, to whom, with what payload (SPEC §4–§6, issue 4). The
 * callers write the rows to the outbox in the transaction of the change, so a committed change
 * always has its e-mails and a rolled-back one never does; the dispatcher sends them later.
 * Building needs no I/O: the people come in a RecipientDirectory loaded beforehand.
 */

import type { SlaEventKind } from '../../domain/ticket/sla-events.js';
import { FIRST_RESPONSE_NEAR_FRACTION } from '../../domain/ticket/ticket-sla.js';
import type { Instant } from '../../domain/time/instant.js';
import type {
  NotificationPayload,
  TicketRef,
} from '../../notifications/templates/notification-payload.js';
import type { OutboxTable } from '../../storage/schema.js';
import type { Role } from '../actor.js';
import { newId } from '../ids.js';
import type { Ticket, TicketMessage } from '../tickets/ticket.js';
import type { NotificationLinks } from './links.js';
import type { MailRecipient, RecipientDirectory } from './mail-recipient.js';

/** Who hears of new tickets: every active agent and supervisor (mesa has one queue). */
const QUEUE_ROLES: readonly Role[] = ['agent', 'supervisor'];
const AGENT_ROLES: readonly Role[] = ['agent'];
const SUPERVISOR_ROLES: readonly Role[] = ['supervisor'];

export interface MailIdentity {
  /** The domain of the Message-IDs mesa writes. */
  readonly messageIdDomain: string;
}

export class TicketNotifier {
  constructor(
    private readonly links: NotificationLinks,
    private readonly identity: MailIdentity,
  ) {}

  /** The users whose e-mail a change of this ticket may need: load these into the directory. */
  peopleOf(ticket: Ticket, message?: TicketMessage): (string | null)[] {
    return [ticket.requesterId, ticket.assigneeId, message?.authorId ?? null];
  }

  /** A new ticket: the requester's acknowledgement (or follow-up notice) and the queue's alert. */
  ticketRegistered(
    people: RecipientDirectory,
    ticket: Ticket,
    organizationName: string,
    now: Instant,
    previous?: Ticket,
  ): OutboxTable[] {
    const rows: OutboxTable[] = [];
    const requester = people.user(ticket.requesterId);
    const firstResponseDueAt = ticket.sla.firstResponseDueAt ?? ticket.sla.clockStartsAt;
    if (requester?.active) {
      const about = this.about(ticket, requester);
      rows.push(
        this.row(
          ticket,
          requester,
          now,
          previous
            ? {
                kind: 'follow_up_opened',
                ...about,
                previousTicket: {
                  number: previous.number,
                  link: this.links.ticket(requester, previous.id),
                },
                body: ticket.description,
                firstResponseDueAt,
              }
            : {
                kind: 'ticket_registered',
                ...about,
                description: ticket.description,
                registeredAt: ticket.life.reportedAt,
                clockStartsAt: ticket.sla.clockStartsAt,
                firstResponseDueAt,
                callTheCenter: ticket.sla.callTheCenter,
              },
        ),
      );
    }
    for (const member of people.staff(QUEUE_ROLES)) {
      rows.push(
        this.row(ticket, member, now, {
          kind: 'ticket_registered_staff',
          ...this.about(ticket, member),
          organizationName,
          requesterName: requester?.name ?? '',
          channel: ticket.channel,
          description: ticket.description,
          registeredAt: ticket.life.reportedAt,
          clockStartsAt: ticket.sla.clockStartsAt,
          firstResponseDueAt,
          previousTicket: previous
            ? { number: previous.number, link: this.links.ticket(member, previous.id) }
            : null,
        }),
      );
    }
    return rows;
  }

  /** A public message: the requester hears the center; the assignee hears the customer. */
  messagePosted(
    people: RecipientDirectory,
    ticket: Ticket,
    message: TicketMessage,
    now: Instant,
    attachmentNames: readonly string[] = [],
  ): OutboxTable[] {
    if (!message.public) return [];
    const author = people.user(message.authorId);
    const said = { authorName: author?.name ?? '', body: message.body, attachmentNames };
    if (author !== undefined && author.organizationId !== null) {
      // A customer wrote: the assignee (or, unassigned, the agents) hears of it.
      return this.staffFor(people, ticket, false).map((member) =>
        this.row(ticket, member, now, {
          kind: 'customer_answered',
          ...this.about(ticket, member),
          ...said,
          firstResponseDueAt:
            ticket.life.firstRespondedAt === null ? ticket.sla.firstResponseDueAt : null,
          nextUpdateDueAt: ticket.sla.nextUpdateDueAt,
        }),
      );
    }
    const requester = people.user(ticket.requesterId);
    if (!requester?.active) return [];
    const about = this.about(ticket, requester);
    const payload = ((): NotificationPayload => {
      switch (message.kind) {
        case 'diagnosis':
          return {
            kind: 'diagnosis',
            ...about,
            ...said,
            nextUpdateDueAt: ticket.sla.nextUpdateDueAt,
          };
        case 'info_request':
        case 'test_request':
          return {
            kind: 'information_requested',
            ...about,
            ...said,
            request: message.kind === 'info_request' ? 'information' : 'tests',
            warningAt: ticket.sla.warningAt ?? now,
            autoCloseAt: ticket.sla.autoCloseAt ?? now,
            firstResponsePaused: ticket.life.firstRespondedAt === null,
          };
        case 'solution':
          return {
            kind: 'solution_proposed',
            ...about,
            ...said,
            warningAt: ticket.sla.warningAt ?? now,
            autoCloseAt: ticket.sla.autoCloseAt ?? now,
          };
        default:
          return { kind: 'agent_reply', ...about, ...said };
      }
    })();
    return [this.row(ticket, requester, now, payload)];
  }

  /** Closed by a person (accepted, or out of scope): the requester hears how it ended. */
  ticketClosed(people: RecipientDirectory, ticket: Ticket, now: Instant): OutboxTable[] {
    const requester = people.user(ticket.requesterId);
    if (!requester?.active) return [];
    const closure =
      ticket.life.resolution === 'out_of_scope'
        ? {
            resolution: 'out_of_scope' as const,
            cause: ticket.closeCause ?? 'other',
            reason: ticket.closeReason,
          }
        : { resolution: 'accepted' as const };
    return [
      this.row(ticket, requester, now, {
        kind: 'ticket_closed',
        ...this.about(ticket, requester),
        closedAt: ticket.life.closedAt ?? now,
        closure,
      }),
    ];
  }

  /**
   * The rating invitation at closure (issue 5): one link per score, each opening the public
   * rating page with that score pre-selected; the page confirms with a POST.
   */
  satisfactionRequest(
    people: RecipientDirectory,
    ticket: Ticket,
    token: string,
    now: Instant,
  ): OutboxTable[] {
    const requester = people.user(ticket.requesterId);
    if (!requester?.active) return [];
    const link = (score: number) => this.links.satisfaction(token, score);
    return [
      this.row(ticket, requester, now, {
        kind: 'satisfaction_request',
        ...this.about(ticket, requester),
        ratingLinks: [link(1), link(2), link(3), link(4), link(5)],
      }),
    ];
  }

  /**
   * An SLA event the scheduler recorded (`ticket` as it is after the event's change): staff
   * alerts for a near or breached first response and an overdue update; the requester's
   * automatic status update, no-response warning and closure.
   */
  slaEvent(
    people: RecipientDirectory,
    ticket: Ticket,
    event: { readonly kind: SlaEventKind; readonly dueAt: Instant },
    organizationName: string,
    now: Instant,
  ): OutboxTable[] {
    const rows: OutboxTable[] = [];
    if (event.kind !== 'no_response_warning' && event.kind !== 'auto_close') {
      const assigneeName = people.user(ticket.assigneeId)?.name ?? null;
      for (const member of this.staffFor(people, ticket, true)) {
        const alert = { ...this.about(ticket, member), organizationName, assigneeName };
        const payload: NotificationPayload =
          event.kind === 'first_response_near'
            ? {
                kind: 'first_response_near',
                ...alert,
                percentUsed: Math.round(FIRST_RESPONSE_NEAR_FRACTION * 100),
                firstResponseDueAt: ticket.sla.firstResponseDueAt ?? event.dueAt,
              }
            : event.kind === 'first_response_breached'
              ? { kind: 'first_response_breached', ...alert, firstResponseDueAt: event.dueAt }
              : {
                  kind: 'update_overdue',
                  ...alert,
                  nextUpdateDueAt: event.dueAt,
                  lastUpdateAt: ticket.life.lastAgentUpdateAt,
                };
        rows.push(this.row(ticket, member, now, payload));
      }
    }
    if (event.kind === 'first_response_near' || event.kind === 'first_response_breached') {
      return rows;
    }
    const requester = people.user(ticket.requesterId);
    if (!requester?.active) return rows;
    const about = this.about(ticket, requester);
    const payload: NotificationPayload =
      event.kind === 'status_update'
        ? {
            kind: 'status_update',
            ...about,
            lastUpdateAt: ticket.life.lastAgentUpdateAt,
            firstResponseDueAt:
              ticket.life.firstRespondedAt === null ? ticket.sla.firstResponseDueAt : null,
            nextUpdateDueAt: ticket.sla.nextUpdateDueAt ?? event.dueAt,
          }
        : event.kind === 'no_response_warning'
          ? {
              kind: 'no_response_warning',
              ...about,
              waitingSince: ticket.life.waitingSince ?? event.dueAt,
              autoCloseAt: ticket.sla.autoCloseAt ?? event.dueAt,
            }
          : { kind: 'closed_no_response', ...about, closedAt: ticket.life.closedAt ?? now };
    rows.push(this.row(ticket, requester, now, payload));
    return rows;
  }

  /** The assignee, or the agents when unassigned; with the supervisors for SLA alerts. */
  private staffFor(
    people: RecipientDirectory,
    ticket: Ticket,
    withSupervisors: boolean,
  ): MailRecipient[] {
    const chosen = new Map<string, MailRecipient>();
    const assignee = people.user(ticket.assigneeId);
    if (assignee?.active) chosen.set(assignee.userId, assignee);
    else for (const member of people.staff(AGENT_ROLES)) chosen.set(member.userId, member);
    if (withSupervisors) {
      for (const member of people.staff(SUPERVISOR_ROLES)) chosen.set(member.userId, member);
    }
    return [...chosen.values()];
  }

  private about(
    ticket: Ticket,
    recipient: MailRecipient,
  ): { recipientName: string; ticket: TicketRef } {
    return {
      recipientName: recipient.name,
      ticket: {
        number: ticket.number,
        subject: ticket.subject,
        impact: ticket.impact,
        status: ticket.life.status,
        link: this.links.ticket(recipient, ticket.id),
      },
    };
  }

  /**
   * The day-before reminder of a maintenance window (SPEC §8) to each of these people: no
   * ticket, so no Reply-To token and no thread.
   */
  maintenanceReminder(
    people: readonly MailRecipient[],
    window: {
      readonly organizationName: string;
      readonly startsAt: Instant;
      readonly endsAt: Instant;
      readonly equipment: string;
    },
    link: string,
    now: Instant,
  ): OutboxTable[] {
    return people
      .filter((person) => person.active)
      .map((person) =>
        this.row(null, person, now, {
          kind: 'maintenance_reminder',
          recipientName: person.name,
          organizationName: window.organizationName,
          windowStart: window.startsAt,
          windowEnd: window.endsAt,
          equipment: [window.equipment],
          link,
        }),
      );
  }

  /** A password-reset link to the user who asked for it, in the user's language. */
  passwordReset(
    person: MailRecipient,
    resetLink: string,
    expiresAt: Instant,
    now: Instant,
  ): OutboxTable {
    return this.row(null, person, now, {
      kind: 'password_reset',
      recipientName: person.name,
      resetLink,
      expiresAt,
    });
  }

  private row(
    ticket: Ticket | null,
    recipient: MailRecipient,
    now: Instant,
    payload: NotificationPayload,
  ): OutboxTable {
    const id = newId(now);
    return {
      id,
      message_id: `<${id}@${this.identity.messageIdDomain}>`,
      kind: payload.kind,
      ticket_id: ticket?.id ?? null,
      recipient_user_id: recipient.userId,
      recipient_email: recipient.email,
      recipient_name: recipient.name,
      language: recipient.language,
      payload: JSON.stringify(payload),
      status: 'pending',
      attempts: 0,
      next_attempt_at: now,
      claimed_until: null,
      last_error: null,
      created_at: now,
      sent_at: null,
    };
  }
}
