/**
 * The admins' outbox view (issue 4): what was sent, what waits and what failed for good, each
 * message readable as the `.eml` it is (or would be, without SMTP), and a failed one retried.
 */

import type { Instant } from '../../domain/time/instant.js';
import { composeOutgoing } from '../../mail/outbound/compose-outgoing.js';
import { renderEml } from '../../mail/outbound/eml-file-transport.js';
import type { Db } from '../../storage/db.js';
import type { OutboxStatus, OutboxStore } from '../../storage/outbox.store.js';
import type { OutboxRow } from '../../storage/schema.js';
import type { TicketStore } from '../../storage/ticket.store.js';
import type { Actor } from '../actor.js';
import { AppError } from '../app-errors.js';
import type { Clock } from '../clock.js';
import { isId } from '../ids.js';
import { decodeCursor, type Page, type PageRequest, pageLimit, pageOf } from '../pagination.js';
import { requireAdmin } from '../settings/require-admin.js';
import type { MailConfig } from './mail-config.js';
import type { MailTransport } from './mail-transport.js';

export interface OutboxMessage {
  readonly id: string;
  readonly messageId: string;
  readonly kind: string;
  readonly ticketId: string | null;
  readonly recipient: { readonly name: string; readonly email: string };
  readonly language: string;
  readonly status: OutboxStatus;
  readonly attempts: number;
  readonly nextAttemptAt: Instant;
  readonly lastError: string | null;
  readonly createdAt: Instant;
  readonly sentAt: Instant | null;
}

export interface OutboxOverview {
  readonly transport: MailTransport['kind'];
  readonly counts: Record<OutboxStatus, number>;
}

const notFound = () => new AppError('NOT_FOUND', { what: 'el mensaje', whatEn: 'message' });

export class OutboxService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly store: OutboxStore,
    private readonly tickets: TicketStore,
    private readonly config: MailConfig,
    private readonly transport: MailTransport['kind'],
  ) {}

  async overview(actor: Actor): Promise<OutboxOverview> {
    requireAdmin(actor);
    return { transport: this.transport, counts: await this.store.countByStatus(this.db.kysely) };
  }

  async list(
    actor: Actor,
    filter: { readonly status?: OutboxStatus; readonly ticketId?: string },
    page: PageRequest,
  ): Promise<Page<OutboxMessage>> {
    requireAdmin(actor);
    const limit = pageLimit(page);
    const before = page.cursor === undefined ? undefined : decodeCursor(page.cursor, 1)[0];
    const rows = await this.store.list(this.db.kysely, filter, limit + 1, before);
    return pageOf(rows.map(toMessage), limit, (message) => [message.id]);
  }

  /** The message as RFC 5322 bytes, rendered from its stored payload as the dispatcher does. */
  async eml(actor: Actor, id: string): Promise<Buffer> {
    requireAdmin(actor);
    const row = await this.find(id);
    const tokens =
      row.ticket_id === null
        ? new Map<string, string>()
        : await this.tickets.replyTokens(this.db.kysely, [row.ticket_id]);
    return renderEml(composeOutgoing(row, tokens.get(row.ticket_id ?? '') ?? null, this.config));
  }

  /** Puts a failed message back in line; refuses any other. */
  async retry(actor: Actor, id: string): Promise<OutboxMessage> {
    requireAdmin(actor);
    await this.find(id);
    const requeued = await this.db.transaction((trx) =>
      this.store.requeue(trx, id, this.clock.now()),
    );
    if (!requeued) throw new AppError('OUTBOX_NOT_FAILED');
    return toMessage(await this.find(id));
  }

  private async find(id: string): Promise<OutboxRow> {
    const row = isId(id) ? await this.store.find(this.db.kysely, id) : null;
    if (!row) throw notFound();
    return row;
  }
}

function toMessage(row: OutboxRow): OutboxMessage {
  return {
    id: row.id,
    messageId: row.message_id,
    kind: row.kind,
    ticketId: row.ticket_id,
    recipient: { name: row.recipient_name, email: row.recipient_email },
    language: row.language,
    status: row.status as OutboxStatus,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}
