/**
 * The inbound_messages table (0006-inbound-mail) and the few ticket look-ups inbound e-mail
 * needs: a ticket by reply token, by number or by id (its organization and state), and the
 * tickets that follow up a closed one.
 */

import type { InboundMessage, InboundStatus } from '../app/mail/inbound-mail.js';
import type { TicketStatus } from '../domain/ticket/ticket-vocabulary.js';
import type { Instant } from '../domain/time/instant.js';
import type { Executor } from './db.js';
import type { InboundMessagesTable } from './schema.js';

/** What inbound e-mail needs to know of a ticket it may file a message into. */
export interface InboundTicketRef {
  readonly id: string;
  readonly number: string;
  readonly organizationId: string;
  readonly status: TicketStatus;
}

/** How a filed message ends: its outcome, why, where, and what an agent should know. */
export interface InboundFiling {
  readonly outcome: InboundStatus;
  readonly reason: string | null;
  readonly ticketId: string | null;
  readonly details: Readonly<Record<string, unknown>>;
}

const COLUMNS = [
  'inbound_messages.id',
  'inbound_messages.message_id',
  'inbound_messages.sender',
  'inbound_messages.sender_name',
  'inbound_messages.envelope_from',
  'inbound_messages.recipients',
  'inbound_messages.subject',
  'inbound_messages.received_at',
  'inbound_messages.outcome',
  'inbound_messages.reason',
  'inbound_messages.ticket_id',
  'inbound_messages.details',
  'inbound_messages.raw_key',
  'inbound_messages.raw_size',
  'inbound_messages.claimed_until',
  'tickets.number as ticket_number',
] as const;

type Row = InboundMessagesTable & { ticket_number: string | null };

export class InboundMailStore {
  /** Inserts the row unless (message_id, sender) is already recorded; true when inserted. */
  async insert(ex: Executor, row: InboundMessagesTable): Promise<boolean> {
    const result = await ex
      .insertInto('inbound_messages')
      .values(row)
      .onConflict((oc) => oc.columns(['message_id', 'sender']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
  }

  async findByKey(ex: Executor, messageId: string, sender: string): Promise<InboundMessage | null> {
    const row = await this.select(ex)
      .where('inbound_messages.message_id', '=', messageId)
      .where('inbound_messages.sender', '=', sender)
      .executeTakeFirst();
    return row ? toMessage(row) : null;
  }

  async find(ex: Executor, id: string): Promise<InboundMessage | null> {
    const row = await this.select(ex).where('inbound_messages.id', '=', id).executeTakeFirst();
    return row ? toMessage(row) : null;
  }

  /**
   * Takes a message still being filed whose previous claim has lapsed (or was released after a
   * failure) until `until`; false when another delivery holds it or it is already filed.
   */
  async claim(ex: Executor, id: string, now: Instant, until: Instant): Promise<boolean> {
    const result = await ex
      .updateTable('inbound_messages')
      .set({ claimed_until: until })
      .where('id', '=', id)
      .where('outcome', '=', 'received')
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', now)]))
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  /** Records what became of the message and drops the claim. */
  async finish(ex: Executor, id: string, filing: InboundFiling): Promise<void> {
    await ex
      .updateTable('inbound_messages')
      .set({
        outcome: filing.outcome,
        reason: filing.reason,
        ticket_id: filing.ticketId,
        details: JSON.stringify(filing.details),
        claimed_until: null,
      })
      .where('id', '=', id)
      .execute();
  }

  /** Drops the claim of a delivery that failed, so the sender's retry can resume at once. */
  async release(ex: Executor, id: string): Promise<void> {
    await ex
      .updateTable('inbound_messages')
      .set({ claimed_until: null })
      .where('id', '=', id)
      .where('outcome', '=', 'received')
      .execute();
  }

  /** Newest first, after the cursor (an id: ids are time-ordered UUIDv7). */
  async list(
    ex: Executor,
    filter: { readonly status?: InboundStatus; readonly ticketId?: string },
    limit: number,
    before?: string,
  ): Promise<InboundMessage[]> {
    const rows = await this.select(ex)
      .$if(filter.status !== undefined, (qb) =>
        qb.where('inbound_messages.outcome', '=', filter.status ?? ''),
      )
      .$if(filter.ticketId !== undefined, (qb) =>
        qb.where('inbound_messages.ticket_id', '=', filter.ticketId ?? ''),
      )
      .$if(before !== undefined, (qb) => qb.where('inbound_messages.id', '<', before ?? ''))
      .orderBy('inbound_messages.id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toMessage);
  }

  async ticketByReplyToken(ex: Executor, token: string): Promise<InboundTicketRef | null> {
    return this.ticketWhere(ex, 'reply_token', token);
  }

  async ticketByNumber(ex: Executor, number: string): Promise<InboundTicketRef | null> {
    return this.ticketWhere(ex, 'number', number);
  }

  async ticketById(ex: Executor, id: string): Promise<InboundTicketRef | null> {
    return this.ticketWhere(ex, 'id', id);
  }

  /** Tickets opened since `since` by `requesterId` as follow-ups of the closed `ticketId`. */
  async followUpsSince(
    ex: Executor,
    ticketId: string,
    requesterId: string,
    since: Instant,
  ): Promise<{ readonly id: string; readonly description: string }[]> {
    return ex
      .selectFrom('tickets')
      .select(['id', 'description'])
      .where('previous_ticket_id', '=', ticketId)
      .where('requester_id', '=', requesterId)
      .where('created_at', '>=', since)
      .orderBy('id')
      .execute();
  }

  private select(ex: Executor) {
    return ex
      .selectFrom('inbound_messages')
      .leftJoin('tickets', 'tickets.id', 'inbound_messages.ticket_id')
      .select(COLUMNS);
  }

  private async ticketWhere(
    ex: Executor,
    column: 'reply_token' | 'number' | 'id',
    value: string,
  ): Promise<InboundTicketRef | null> {
    const row = await ex
      .selectFrom('tickets')
      .select(['id', 'number', 'organization_id', 'status'])
      .where(column, '=', value)
      .executeTakeFirst();
    return row
      ? {
          id: row.id,
          number: row.number,
          organizationId: row.organization_id,
          status: row.status as TicketStatus,
        }
      : null;
  }
}

function toMessage(row: Row): InboundMessage {
  return {
    id: row.id,
    messageId: row.message_id,
    sender: row.sender,
    senderName: row.sender_name,
    envelopeFrom: row.envelope_from,
    recipients: JSON.parse(row.recipients) as string[],
    subject: row.subject,
    receivedAt: Number(row.received_at),
    status: row.outcome as InboundStatus,
    reason: row.reason,
    ticketId: row.ticket_id,
    ticketNumber: row.ticket_number,
    details: JSON.parse(row.details) as Record<string, unknown>,
    rawKey: row.raw_key,
    rawSize: Number(row.raw_size),
    claimedUntil: row.claimed_until === null ? null : Number(row.claimed_until),
  };
}
