/**
 * The addresses e-mails link to: a customer opens the ticket in the portal, staff in the
 * console (the web app's routes, web/).
 */

import { STAFF_ROLES } from '../actor.js';
import type { MailRecipient } from './mail-recipient.js';

export class NotificationLinks {
  /** `publicUrl` without a trailing slash (settings.ts guarantees it). */
  constructor(private readonly publicUrl: string) {}

  ticket(recipient: Pick<MailRecipient, 'role'>, ticketId: string): string {
    const id = encodeURIComponent(ticketId);
    return STAFF_ROLES.has(recipient.role)
      ? `${this.publicUrl}/console/tickets/${id}`
      : `${this.publicUrl}/tickets/${id}`;
  }

  /** The public rating page of a survey, with the score the e-mail's button pre-selects. */
  satisfaction(token: string, score: number): string {
    return `${this.publicUrl}/satisfaction/${encodeURIComponent(token)}?score=${score}`;
  }
}
