/**
 * At every closure (accepted, out of scope, closed for no response) the requester is invited to
 * rate the attention: the survey is opened and its e-mail written in the closure's own
 * transaction, so a committed closure always has both and a rolled-back one neither.
 */

import type { Instant } from '../../domain/time/instant.js';
import type { Executor } from '../../storage/db.js';
import type { SatisfactionStore } from '../../storage/satisfaction.store.js';
import type { OutboxTable } from '../../storage/schema.js';
import type { RecipientDirectory } from '../notifications/mail-recipient.js';
import type { TicketNotifier } from '../notifications/ticket-notifier.js';
import type { Ticket } from '../tickets/ticket.js';
import { newSurveyToken, surveyTokenHash } from './survey-token.js';

export class SatisfactionInvitations {
  constructor(
    private readonly store: SatisfactionStore,
    private readonly notifier: TicketNotifier,
  ) {}

  /**
   * Opens the survey of each ticket just closed and returns the invitation e-mails for the
   * caller to write with the closure's other e-mails (`people` must hold the requesters).
   */
  async open(
    ex: Executor,
    closed: readonly Ticket[],
    people: RecipientDirectory,
    now: Instant,
  ): Promise<OutboxTable[]> {
    const invitations = closed.map((ticket) => ({ ticket, token: newSurveyToken() }));
    await this.store.open(
      ex,
      invitations.map(({ ticket, token }) => ({
        ticketId: ticket.id,
        organizationId: ticket.organizationId,
        requesterId: ticket.requesterId,
        tokenHash: surveyTokenHash(token),
        closedAt: ticket.life.closedAt ?? now,
      })),
    );
    return invitations.flatMap(({ ticket, token }) =>
      this.notifier.satisfactionRequest(people, ticket, token, now),
    );
  }
}
