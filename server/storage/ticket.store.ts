/**
 * Tickets, their messages and history, ticket numbers and idempotency keys: the SQL of the
 * ticket use cases. Every method takes the executor (a transaction or the database) so a use
 * case composes several of them into one transaction.
 */

import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { HistoryEntry, Ticket, TicketMessage, TicketSummary } from '../app/tickets/ticket.js';
import type { MessageKind, TicketStatus } from '../domain/ticket/ticket-vocabulary.js';
import type { Instant } from '../domain/time/instant.js';
import { bulkInserter } from './bulk-insert.js';
import type { DialectName, Executor } from './db.js';
import { reusedCommand, reusedQuery } from './reused-query.js';
import type { Database } from './schema.js';
import {
  expandPrefixes,
  type SearchScope,
  searchCondition,
  searchKeyColumn,
} from './search-dialect.js';
import {
  type SlaAndLifeChange,
  updateSlaAndLifeMany,
  updateSlaClockMany,
} from './sla-and-life-batch.js';
import {
  messageToRow,
  NO_DEADLINE,
  rowToTicket,
  rowToTicketSummary,
  SUMMARY_COLUMNS,
  ticketToRow,
} from './ticket-row.js';

export type { Executor } from './db.js';

export interface TicketListFilter {
  readonly statuses?: readonly TicketStatus[];
  readonly organizationId?: string;
  /** A user id, or null for unassigned tickets. */
  readonly assigneeId?: string | null;
  readonly requesterId?: string;
  readonly impacts?: readonly string[];
  /** true: only tickets whose first response is late at `now`; false: only the others. */
  readonly breached?: { readonly value: boolean; readonly now: Instant };
  readonly search?: SearchScope;
}

/** Where the previous page ended: (deadline, seq) in queue order, seq alone in search order. */
export type TicketCursor =
  | { readonly order: 'deadline'; readonly deadline: number; readonly seq: number }
  | { readonly order: 'newest'; readonly seq: number };

export interface TicketPage {
  readonly tickets: TicketSummary[];
  readonly next: TicketCursor | null;
}

// The reads of every ticket request, compiled once (reused-query.ts).
const findTicketById = reusedQuery((ex, id: string) =>
  ex.selectFrom('tickets').selectAll().where('id', '=', id),
);
const allMessagesOf = reusedQuery((ex, ticketId: string) =>
  ex
    .selectFrom('messages')
    .selectAll()
    .where('ticket_id', '=', ticketId)
    .orderBy('created_at')
    .orderBy('id'),
);
const publicMessagesOf = reusedQuery((ex, ticketId: string, isPublic: number) =>
  ex
    .selectFrom('messages')
    .selectAll()
    .where('ticket_id', '=', ticketId)
    .where('public', '=', isPublic)
    .orderBy('created_at')
    .orderBy('id'),
);

/**
 * Stores what the SLA scheduler changes — the lifecycle, the SLA fields, the recorded events —
 * and nothing else: fewer columns written means fewer indexes touched on a sweep of thousands.
 */

const insertHistoryRows = bulkInserter('ticket_history', {
  id: true,
  ticket_id: true,
  actor_id: true,
  action: true,
  changes: true,
  created_at: true,
});

// A registration's writes, compiled once: building the 45-value insert of a ticket with Kysely
// costs more than SQLite takes to store it.
const insertTicketRows = bulkInserter('tickets', {
  id: true,
  seq: true,
  number: true,
  organization_id: true,
  contract_id: true,
  requester_id: true,
  assignee_id: true,
  subject: true,
  description: true,
  impact: true,
  channel: true,
  status: true,
  resolution: true,
  close_reason: true,
  close_cause: true,
  checklist: true,
  previous_ticket_id: true,
  reported_at: true,
  created_at: true,
  updated_at: true,
  closed_at: true,
  first_responded_at: true,
  pauses: true,
  paused_since: true,
  last_agent_update_at: true,
  held_since: true,
  waiting_since: true,
  calendar_id: true,
  clock_starts_at: true,
  first_response_due_at: true,
  first_response_minutes_left: true,
  next_update_due_at: true,
  warning_at: true,
  auto_close_at: true,
  first_response_breached: true,
  next_deadline_at: true,
  call_the_center: true,
  first_response_near_at: true,
  automatic_update_at: true,
  sla_recorded: true,
  sla_wake_at: true,
  reply_token: true,
  version: true,
});
const nextNumberOfYear = reusedQuery((ex, year: number, first: number) =>
  ex
    .insertInto('ticket_counters')
    .values({ year, last_number: first })
    .onConflict((oc) =>
      oc.column('year').doUpdateSet({ last_number: sql`ticket_counters.last_number + 1` }),
    )
    .returning('last_number'),
);
const queueSearchDocument = reusedCommand(
  (ex, ticketId: string, queuedAt: Instant, requeuedAt: Instant) =>
    ex
      .insertInto('search_queue')
      .values({ ticket_id: ticketId, queued_at: queuedAt })
      .onConflict((oc) => oc.column('ticket_id').doUpdateSet({ queued_at: requeuedAt })),
);

export class TicketStore {
  constructor(private readonly dialect: DialectName) {}

  /** The next number of the year, atomically (a row lock on PostgreSQL, the writer lock on SQLite). */
  async allocateNumber(ex: Executor, year: number): Promise<number> {
    const [row] = await nextNumberOfYear(ex, year, 1);
    if (row === undefined) throw new Error(`no ticket number for ${year}`);
    return row.last_number;
  }

  async insert(ex: Executor, ticket: Ticket): Promise<void> {
    await insertTicketRows(ex, [ticketToRow(ticket)]);
  }

  async find(ex: Executor, id: string): Promise<Ticket | null> {
    const [row] = await findTicketById(ex, id);
    return row ? rowToTicket(row) : null;
  }

  /** Stores a changed ticket if nobody changed it since `expectedVersion`; false otherwise. */
  async update(ex: Executor, ticket: Ticket, expectedVersion: number): Promise<boolean> {
    const { id: _id, seq: _seq, number: _number, ...changes } = ticketToRow(ticket);
    const result = await ex
      .updateTable('tickets')
      .set(changes)
      .where('id', '=', ticket.id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  /**
   * Stores what the SLA scheduler changed (the status on an automatic closure, the automatic-
   * update instant, the SLA fields and recorded events) or the deadline recompute (the SLA
   * fields) for each ticket nobody changed since `expectedVersion`; resolves with how many were
   * stored (sla-and-life-batch.ts).
   */
  updateSlaAndLifeMany(
    ex: Executor,
    changes: readonly { readonly change: SlaAndLifeChange; readonly expectedVersion: number }[],
  ): Promise<number> {
    return updateSlaAndLifeMany(ex, changes);
  }

  /**
   * The same for changes whose lifecycle and stored deadlines stand: only the fields that move
   * with time are written (the breach flag, the next deadline, the events recorded, the wake).
   */
  updateSlaClockMany(
    ex: Executor,
    changes: readonly { readonly change: SlaAndLifeChange; readonly expectedVersion: number }[],
  ): Promise<number> {
    return updateSlaClockMany(ex, changes);
  }

  /**
   * Tickets whose next SLA event is due at `now`, earliest first, locked for this transaction's
   * sweep: on PostgreSQL concurrent sweepers skip each other's rows (`for update skip locked`).
   */
  async claimDueForSweep(ex: Executor, now: Instant, limit: number): Promise<Ticket[]> {
    const rows = await ex
      .selectFrom('tickets')
      .selectAll()
      .where('sla_wake_at', '<=', now)
      .orderBy('sla_wake_at')
      .limit(limit)
      .$if(this.dialect === 'postgres', (qb) => qb.forUpdate().skipLocked())
      .execute();
    return rows.map(rowToTicket);
  }

  /** Open tickets in id order after `afterId`: the recompute job walks them in batches. */
  async listOpenAfter(ex: Executor, afterId: string, limit: number): Promise<Ticket[]> {
    const rows = await ex
      .selectFrom('tickets')
      .selectAll()
      .where('id', '>', afterId)
      .where('status', '!=', 'closed')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(rowToTicket);
  }

  async insertMessage(ex: Executor, message: TicketMessage): Promise<void> {
    await ex.insertInto('messages').values(messageToRow(message)).execute();
  }

  /** A ticket's messages, oldest first; internal notes only when asked. */
  async listMessages(
    ex: Executor,
    ticketId: string,
    includeInternal: boolean,
  ): Promise<TicketMessage[]> {
    const rows = includeInternal
      ? await allMessagesOf(ex, ticketId)
      : await publicMessagesOf(ex, ticketId, 1);
    return rows.map((row) => ({
      id: row.id,
      ticketId: row.ticket_id,
      authorId: row.author_id,
      kind: row.kind as MessageKind,
      body: row.body,
      public: row.public === 1,
      createdAt: row.created_at,
    }));
  }

  async appendHistory(ex: Executor, entry: HistoryEntry): Promise<void> {
    await this.appendHistoryEntries(ex, [entry]);
  }

  /** Several entries in few statements (the scheduler's sweep writes a batch). */
  async appendHistoryEntries(ex: Executor, entries: readonly HistoryEntry[]): Promise<void> {
    await insertHistoryRows(
      ex,
      entries.map((entry) => ({
        id: entry.id,
        ticket_id: entry.ticketId,
        actor_id: entry.actorId,
        action: entry.action,
        changes: JSON.stringify(entry.changes),
        created_at: entry.createdAt,
      })),
    );
  }

  /** The reply tokens of these tickets (the mail dispatcher's Reply-To addresses). */
  async replyTokens(ex: Executor, ids: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await ex
      .selectFrom('tickets')
      .select(['id', 'reply_token'])
      .where('id', 'in', unique)
      .execute();
    return new Map(rows.map((row) => [row.id, row.reply_token ?? '']));
  }

  async listHistory(ex: Executor, ticketId: string): Promise<HistoryEntry[]> {
    const rows = await ex
      .selectFrom('ticket_history')
      .selectAll()
      .where('ticket_id', '=', ticketId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      ticketId: row.ticket_id,
      actorId: row.actor_id,
      action: row.action,
      changes: JSON.parse(row.changes) as Record<string, unknown>,
      createdAt: row.created_at,
    }));
  }

  /**
   * Claims an idempotency key for a new ticket. Returns null when the key is new (claimed now),
   * or the earlier request's hash and ticket. On PostgreSQL a concurrent claim of the same key
   * waits for the first transaction and then sees its row.
   */
  async claimIdempotencyKey(
    ex: Executor,
    claim: { userId: string; key: string; requestHash: string; ticketId: string; at: Instant },
  ): Promise<{ requestHash: string; ticketId: string } | null> {
    const inserted = await ex
      .insertInto('idempotency_keys')
      .values({
        user_id: claim.userId,
        key: claim.key,
        request_hash: claim.requestHash,
        ticket_id: claim.ticketId,
        created_at: claim.at,
      })
      .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
      .returning('key')
      .executeTakeFirst();
    if (inserted) return null;
    const earlier = await ex
      .selectFrom('idempotency_keys')
      .select(['request_hash', 'ticket_id'])
      .where('user_id', '=', claim.userId)
      .where('key', '=', claim.key)
      .executeTakeFirstOrThrow();
    return { requestHash: earlier.request_hash, ticketId: earlier.ticket_id };
  }

  /** Marks the ticket's search document stale; the search indexer rebuilds it shortly. */
  async queueForSearch(ex: Executor, ticketId: string, at: Instant): Promise<void> {
    await queueSearchDocument(ex, ticketId, at, at);
  }

  /**
   * One page of tickets: in queue order (nearest deadline first, closed last) or, with a
   * full-text search, newest first.
   */
  async list(
    ex: Executor,
    filter: TicketListFilter,
    page: { limit: number; after: TicketCursor | null },
  ): Promise<TicketPage> {
    return filter.search
      ? this.listSearch(ex, filter, filter.search, page)
      : this.listQueue(ex, filter, page);
  }

  private async listQueue(
    ex: Executor,
    filter: TicketListFilter,
    page: { limit: number; after: TicketCursor | null },
  ): Promise<TicketPage> {
    let query = ex
      .selectFrom('tickets')
      .select(SUMMARY_COLUMNS)
      .where((eb) => this.conditions(eb, filter));
    const after = page.after;
    if (after?.order === 'deadline') {
      query = query.where((eb) =>
        eb.or([
          eb('next_deadline_at', '>', after.deadline),
          eb.and([eb('next_deadline_at', '=', after.deadline), eb('seq', '>', after.seq)]),
        ]),
      );
    }
    const rows = await query
      .orderBy('next_deadline_at')
      .orderBy('seq')
      .limit(page.limit + 1)
      .execute();
    const tickets = rows.slice(0, page.limit).map(rowToTicketSummary);
    const last = rows.length > page.limit ? rows[page.limit - 1] : undefined;
    return {
      tickets,
      next: last
        ? { order: 'deadline', deadline: last.next_deadline_at ?? NO_DEADLINE, seq: last.seq }
        : null,
    };
  }

  private async listSearch(
    ex: Executor,
    filter: TicketListFilter,
    search: SearchScope,
    page: { limit: number; after: TicketCursor | null },
  ): Promise<TicketPage> {
    const key = searchKeyColumn(this.dialect);
    const scope = this.dialect === 'sqlite' ? await expandPrefixes(ex, search) : search;
    let query = ex
      .selectFrom('ticket_search')
      .innerJoin('tickets', 'tickets.seq', key)
      .select(SUMMARY_COLUMNS)
      .where(searchCondition(this.dialect, scope))
      .where((eb) => this.conditions(eb, filter));
    const after = page.after;
    if (after?.order === 'newest') query = query.where(key, '<', after.seq);
    const rows = await query
      .orderBy(key, 'desc')
      .limit(page.limit + 1)
      .execute();
    const tickets = rows.slice(0, page.limit).map(rowToTicketSummary);
    const last = rows.length > page.limit ? rows[page.limit - 1] : undefined;
    return { tickets, next: last ? { order: 'newest', seq: last.seq } : null };
  }

  private conditions(
    eb: ExpressionBuilder<Database, 'tickets'>,
    filter: TicketListFilter,
  ): Expression<SqlBool> {
    const all: Expression<SqlBool>[] = [];
    if (filter.statuses && filter.statuses.length > 0) {
      all.push(eb('tickets.status', 'in', [...filter.statuses]));
    }
    if (filter.organizationId !== undefined) {
      all.push(eb('tickets.organization_id', '=', filter.organizationId));
    }
    if (filter.assigneeId !== undefined) {
      all.push(
        filter.assigneeId === null
          ? eb('tickets.assignee_id', 'is', null)
          : eb('tickets.assignee_id', '=', filter.assigneeId),
      );
    }
    if (filter.requesterId !== undefined) {
      all.push(eb('tickets.requester_id', '=', filter.requesterId));
    }
    if (filter.impacts && filter.impacts.length > 0) {
      all.push(eb('tickets.impact', 'in', [...filter.impacts]));
    }
    if (filter.breached) {
      // Stored when it changed, or late now: a due time that passed without a first response.
      const { now } = filter.breached;
      const breached = eb.or([
        eb('tickets.first_response_breached', '=', 1),
        eb.and([
          eb('tickets.first_responded_at', 'is', null),
          eb('tickets.status', '!=', 'closed'),
          eb(eb.fn.coalesce('tickets.first_response_due_at', eb.lit(NO_DEADLINE)), '<', now),
        ]),
      ]);
      all.push(filter.breached.value ? breached : eb.not(breached));
    }
    return eb.and(all);
  }
}
