/**
 * An outbox row → the e-mail to send: rendered in the recipient's language at send time from
 * its stored payload, threaded under the ticket (References to the ticket's root id), with the
 * Reply-To that carries the ticket's token and headers that stop auto-responders answering.
 */

import type { MailConfig } from '../../app/notifications/mail-config.js';
import type { OutgoingMail } from '../../app/notifications/mail-transport.js';
import type { Language } from '../../domain/errors.js';
import { parseNotificationPayload } from '../../notifications/templates/parse-notification-payload.js';
import { renderNotification } from '../../notifications/templates/render-notification.js';
import type { OutboxRow } from '../../storage/schema.js';
import { replyAddress } from '../inbound/ticket-reference.js';

/** The thread root of a ticket's e-mails: every message about it refers to this id. */
export function ticketThreadId(ticketId: string, config: MailConfig): string {
  return `<ticket-${ticketId}@${config.messageIdDomain}>`;
}

export function composeOutgoing(
  row: OutboxRow,
  replyToken: string | null,
  config: MailConfig,
): OutgoingMail {
  const rendered = renderNotification(
    parseNotificationPayload(JSON.parse(row.payload)),
    row.language as Language,
  );
  return {
    messageId: row.message_id,
    from: config.from,
    to: { name: row.recipient_name, address: row.recipient_email },
    replyTo:
      replyToken === null || replyToken === ''
        ? null
        : replyAddress(config.replyAddress, replyToken),
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    references: row.ticket_id === null ? [] : [ticketThreadId(row.ticket_id, config)],
    headers: {
      // RFC 3834: an automatic message; well-behaved responders do not answer it (no loops).
      'Auto-Submitted': 'auto-generated',
      'X-Auto-Response-Suppress': 'All',
      ...(row.ticket_id === null ? {} : { 'X-Mesa-Ticket': row.ticket_id }),
      'X-Mesa-Kind': row.kind,
    },
  };
}
