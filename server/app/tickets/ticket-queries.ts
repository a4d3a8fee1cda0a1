/**
 * Reading tickets: one ticket with its public (or, for staff, all) messages, the queue and
 * search, the history, and "why is it due then?".
 */

import type { TicketDeadlineExplanations } from '../../domain/sla/ticket-deadlines.js';
import {
  computeTicketDeadlines,
  explainTicketDeadlines,
} from '../../domain/sla/ticket-deadlines.js';
import { ticketSlaInput } from '../../domain/ticket/ticket-sla.js';
import type { Instant } from '../../domain/time/instant.js';
import type { Db } from '../../storage/db.js';
import type { TicketCursor, TicketListFilter, TicketStore } from '../../storage/ticket.store.js';
import { type Actor, isStaff } from '../actor.js';
import { AppError } from '../app-errors.js';
import type { Clock } from '../clock.js';
import { decodeCursor, encodeCursor } from '../pagination.js';
import { parseSearchQuery } from '../search-query.js';
import type { TicketParties } from './ports.js';
import type { SlaPolicyCache } from './sla-policy.js';
import type { HistoryEntry, Ticket, TicketMessage, TicketSummary } from './ticket.js';
import { findVisibleTicket } from './ticket-access.js';

export interface TicketListQuery {
  readonly statuses?: readonly Ticket['life']['status'][];
  readonly organizationId?: string;
  /** A user id, `me`, or `none` for unassigned. */
  readonly assignee?: string;
  /** A user id or `me`: the portal's "Mis casos" (customers stay inside their organization). */
  readonly requester?: string;
  readonly impacts?: readonly Ticket['impact'][];
  readonly breached?: boolean;
  readonly q?: string;
  readonly limit: number;
  readonly cursor?: string;
}

export interface TicketListPage {
  readonly tickets: TicketSummary[];
  readonly nextCursor: string | null;
  /** When the page was read: breach flags are relative to it. */
  readonly now: Instant;
}

export class TicketQueries {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly store: TicketStore,
    private readonly parties: TicketParties,
    private readonly policy: SlaPolicyCache,
  ) {}

  /** A ticket and its messages (internal notes only for staff). */
  async get(
    actor: Actor,
    ticketId: string,
  ): Promise<{ ticket: Ticket; messages: TicketMessage[]; now: Instant }> {
    const ex = this.db.kysely;
    const ticket = await findVisibleTicket(ex, this.store, actor, ticketId);
    const messages = await this.store.listMessages(ex, ticket.id, isStaff(actor));
    return { ticket, messages, now: this.clock.now() };
  }

  /** The queue (nearest deadline first) or, with `q`, a full-text search (newest first). */
  async list(actor: Actor, query: TicketListQuery): Promise<TicketListPage> {
    const now = this.clock.now();
    const filter: {
      -readonly [K in keyof TicketListFilter]: TicketListFilter[K];
    } = {};
    if (query.statuses) filter.statuses = query.statuses;
    if (query.impacts) filter.impacts = query.impacts;
    if (query.breached !== undefined) filter.breached = { value: query.breached, now };
    if (!isStaff(actor)) {
      // Customers see their organization's tickets only, whatever they ask for.
      if (query.organizationId !== undefined && query.organizationId !== actor.organizationId) {
        return { tickets: [], nextCursor: null, now };
      }
      filter.organizationId = actor.organizationId ?? '';
    } else if (query.organizationId !== undefined) {
      filter.organizationId = query.organizationId;
    }
    if (query.assignee !== undefined) {
      filter.assigneeId =
        query.assignee === 'none' ? null : query.assignee === 'me' ? actor.userId : query.assignee;
    }
    if (query.requester !== undefined) {
      filter.requesterId = query.requester === 'me' ? actor.userId : query.requester;
    }
    if (query.q !== undefined) {
      const terms = parseSearchQuery(query.q);
      if (terms.length === 0) throw new AppError('INVALID_SEARCH_QUERY');
      filter.search = {
        terms,
        includeInternal: isStaff(actor),
        ...(filter.organizationId === undefined ? {} : { organizationId: filter.organizationId }),
      };
    }
    const after =
      query.cursor === undefined
        ? null
        : decodeTicketCursor(query.cursor, filter.search !== undefined);
    const page = await this.store.list(this.db.kysely, filter, { limit: query.limit, after });
    return {
      tickets: page.tickets,
      nextCursor: page.next ? encodeTicketCursor(page.next) : null,
      now,
    };
  }

  /** The ticket's history; customers do not see entries about internal notes. */
  async history(actor: Actor, ticketId: string): Promise<HistoryEntry[]> {
    const ex = this.db.kysely;
    const ticket = await findVisibleTicket(ex, this.store, actor, ticketId);
    const entries = await this.store.listHistory(ex, ticket.id);
    return isStaff(actor) ? entries : entries.filter((entry) => entry.changes.internal !== true);
  }

  /** "Why is it due then?": the counted and skipped spans behind each deadline. */
  async explain(
    actor: Actor,
    ticketId: string,
  ): Promise<{ ticket: Ticket; explanations: TicketDeadlineExplanations }> {
    const ex = this.db.kysely;
    const ticket = await findVisibleTicket(ex, this.store, actor, ticketId);
    const contract = await this.parties.contract(ex, ticket.contractId);
    const policy = await this.policy.current();
    const input = ticketSlaInput(
      {
        modality: contract.modality,
        services: contract.services,
        impact: ticket.impact,
        channel: ticket.channel,
      },
      ticket.life,
    );
    const options = { calendars: policy.calendars, levels: policy.levels, notificationCount: 1 };
    const deadlines = computeTicketDeadlines(input, options);
    return { ticket, explanations: explainTicketDeadlines(input, deadlines, options) };
  }
}

/** Queue cursors carry (deadline, seq); search cursors carry seq (search-order pages). */
function encodeTicketCursor(cursor: TicketCursor): string {
  return cursor.order === 'deadline'
    ? encodeCursor([String(cursor.deadline), String(cursor.seq)])
    : encodeCursor([String(cursor.seq)]);
}

function decodeTicketCursor(text: string, searching: boolean): TicketCursor {
  const parts = decodeCursor(text, searching ? 1 : 2).map(Number);
  if (!parts.every(Number.isSafeInteger)) throw new AppError('INVALID_CURSOR');
  const [first = 0, second = 0] = parts;
  return searching
    ? { order: 'newest', seq: first }
    : { order: 'deadline', deadline: first, seq: second };
}
