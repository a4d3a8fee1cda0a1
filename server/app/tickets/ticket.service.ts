/**
 * The ticket use cases of SPEC §4–§5, one method per intent, each one transaction that also
 * recomputes and stores the ticket's deadlines with the SLA clock.
 */

import { createHash } from 'node:crypto';
import { DomainError } from '../../domain/errors.js';
import { BOGOTA } from '../../domain/sla/contract-calendars.js';
import { assertImpactAllowed, type Channel, type Impact } from '../../domain/sla/contract-terms.js';
import { isCourtesyReply } from '../../domain/ticket/courtesy-reply.js';
import {
  acceptSolution,
  agentReplies,
  closeAsOutOfScope,
  customerAnswers,
  diagnose,
  proposeSolution,
  registerLifecycle,
  rejectSolution,
  requestFromCustomer,
  type TicketLifecycle,
} from '../../domain/ticket/ticket-lifecycle.js';
import type {
  ChecklistEntry,
  MessageKind,
  OutOfScopeCause,
} from '../../domain/ticket/ticket-vocabulary.js';
import { civilDateOf } from '../../domain/time/civil-date.js';
import type { Instant } from '../../domain/time/instant.js';
import { utcToWallTime } from '../../domain/time/time-zone.js';
import type { Db } from '../../storage/db.js';
import type { Executor, TicketStore } from '../../storage/ticket.store.js';
import { type Actor, CUSTOMER_ROLES, isStaff, STAFF_ROLES } from '../actor.js';
import { AppError } from '../app-errors.js';
import type { Clock } from '../clock.js';
import { findActiveContract } from '../identity/organization.service.js';
import { newId } from '../ids.js';
import type { OutboxWriter } from '../notifications/outbox-writer.js';
import type { SatisfactionInvitations } from '../satisfaction/satisfaction-invitations.js';
import type { PhoneNumber, TicketContract, TicketParties } from './ports.js';
import { newReplyToken } from './reply-token.js';
import type { SlaPolicy, SlaPolicyCache } from './sla-policy.js';
import {
  formatTicketNumber,
  historyEntry,
  type Ticket,
  type TicketMessage,
  ticketSeq,
} from './ticket.js';
import { findVisibleTicket, requireStaff } from './ticket-access.js';
import { saveTicketChange, slaFor, type TicketChange } from './ticket-changes.js';

export interface RegisterTicketInput {
  readonly subject: string;
  readonly description: string;
  readonly impact: Impact;
  readonly checklist?: readonly ChecklistEntry[];
  /** Staff only: on whose behalf (a customer of the organization). */
  readonly requesterId?: string;
  readonly organizationId?: string;
  readonly channel?: Channel;
  /** Staff only: when the customer reported it (the time of the call). */
  readonly reportedAt?: Instant;
}

export interface RegisteredTicket {
  readonly ticket: Ticket;
  /** True when an Idempotency-Key matched an earlier request: nothing new was created. */
  readonly replayed: boolean;
  /** 7x24 high impact reported outside attended hours: call, at these numbers (SPEC §3). */
  readonly callTheCenter: readonly PhoneNumber[] | null;
}

export type MessageOutcome =
  | { readonly kind: 'posted'; readonly message: TicketMessage; readonly ticket: Ticket }
  /** A courtesy reply to a closed ticket: recorded on it, nothing opened (SPEC §5). */
  | { readonly kind: 'courtesy'; readonly message: TicketMessage; readonly ticket: Ticket }
  /** A reply to a closed ticket: a new linked ticket with fresh deadlines (SPEC §5). */
  | { readonly kind: 'new_ticket'; readonly ticket: Ticket; readonly newTicket: Ticket };

const MAX_ATTEMPTS = 3;

/** One write: its transaction, its instant and the SLA policy read just before it. */
interface WriteContext {
  readonly trx: Executor;
  readonly now: Instant;
  readonly policy: SlaPolicy;
}

export class TicketService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly store: TicketStore,
    private readonly parties: TicketParties,
    private readonly policy: SlaPolicyCache,
    /** Writes the e-mails each change causes, in the change's transaction. */
    private readonly mail: OutboxWriter,
    /** Opens the rating survey of every ticket closed here, with its invitation e-mail. */
    private readonly satisfaction: SatisfactionInvitations,
    /** Called after each committed write (the search indexer's and the mail dispatcher's kicks). */
    private readonly afterWrite: () => void = () => {},
  ) {}

  /**
   * Registers a ticket (web by a customer; phone or other channels by staff on a customer's
   * behalf). With an idempotency key, a retried request returns the first ticket.
   */
  async register(
    actor: Actor,
    input: RegisterTicketInput,
    idempotencyKey?: string,
    /** How a customer reached us: the portal, or an e-mail to the center (inbound mail). */
    customerChannel: 'web' | 'email' = 'web',
  ): Promise<RegisteredTicket> {
    return this.write(async (ctx) => {
      const { trx, now } = ctx;
      const id = newId(now);
      if (idempotencyKey !== undefined) {
        const hash = requestHash(input);
        const earlier = await this.store.claimIdempotencyKey(trx, {
          userId: actor.userId,
          key: idempotencyKey,
          requestHash: hash,
          ticketId: id,
          at: now,
        });
        if (earlier) {
          if (earlier.requestHash !== hash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
          const ticket = await this.store.find(trx, earlier.ticketId);
          if (!ticket) throw new AppError('CONCURRENT_UPDATE');
          return { ticket, replayed: true, callTheCenter: await this.callNotice(trx, ticket) };
        }
      }
      const request = await this.resolveRequest(trx, actor, input, now, customerChannel);
      const ticket = await this.createTicket(ctx, {
        id,
        ...request,
        subject: input.subject,
        description: input.description,
        impact: input.impact,
        checklist: input.checklist ?? null,
        previousTicketId: null,
        actorId: actor.userId,
      });
      return { ticket, replayed: false, callTheCenter: await this.callNotice(trx, ticket) };
    });
  }

  /**
   * A message on a ticket. Its kind is the intent: `diagnosis` (first response),
   * `info_request`/`test_request` (waits on the customer), `solution`, `reply`, `note`.
   */
  async postMessage(
    actor: Actor,
    ticketId: string,
    message: { readonly kind: MessageKind; readonly body: string },
    /** How the message arrived: a reply by e-mail that opens a new ticket gets channel email. */
    via: 'web' | 'email' = 'web',
  ): Promise<MessageOutcome> {
    if (message.body.trim().length === 0) {
      throw new AppError('VALIDATION_FAILED', { detail: 'body is empty' });
    }
    if (!isStaff(actor) && message.kind !== 'reply') throw new AppError('FORBIDDEN');
    return this.write(async (ctx) => {
      const { trx, now } = ctx;
      const ticket = await findVisibleTicket(trx, this.store, actor, ticketId);
      const posted: TicketMessage = {
        id: newId(now),
        ticketId: ticket.id,
        authorId: actor.userId,
        kind: message.kind,
        body: message.body,
        public: message.kind !== 'note',
        createdAt: now,
      };
      if (ticket.life.status === 'closed' && !isStaff(actor)) {
        return this.replyToClosed(ctx, actor, ticket, posted, via);
      }
      const life = nextLifecycle(actor, ticket.life, message.kind, now);
      await this.store.insertMessage(trx, posted);
      const saved = await this.save(ctx, ticket, { life }, actor, 'message_added', {
        kind: message.kind,
        messageId: posted.id,
        ...(posted.public ? {} : { internal: true }),
      });
      await this.mail.write(
        trx,
        [saved.requesterId, saved.assigneeId, posted.authorId],
        (n, people) => n.messagePosted(people, saved, posted, now),
      );
      return { kind: 'posted', message: posted, ticket: saved };
    });
  }

  /**
   * An internal note written by mesa itself (no author), e.g. that an e-mailed attachment was
   * too large to keep: agents see it, customers never do, and it changes no state.
   */
  async addSystemNote(
    ticketId: string,
    body: string,
    details: Readonly<Record<string, unknown>> = {},
  ): Promise<TicketMessage> {
    return this.write(async ({ trx, now }) => {
      const ticket = await this.store.find(trx, ticketId);
      if (!ticket) throw new AppError('NOT_FOUND', { what: 'el caso', whatEn: 'ticket' });
      const note: TicketMessage = {
        id: newId(now),
        ticketId: ticket.id,
        authorId: null,
        kind: 'note',
        body,
        public: false,
        createdAt: now,
      };
      await this.store.insertMessage(trx, note);
      await this.store.appendHistory(
        trx,
        historyEntry(ticket.id, null, 'system_note', { messageId: note.id, ...details }, now),
      );
      await this.store.queueForSearch(trx, ticket.id, now);
      return note;
    });
  }

  /** The customer accepts the proposed solution: closed as `accepted`. */
  async accept(actor: Actor, ticketId: string): Promise<Ticket> {
    return this.transition(
      actor,
      ticketId,
      'solution_accepted',
      (life, now) => acceptSolution(life, now),
      {},
      (ctx, saved) => this.announceClosure(ctx, saved),
    );
  }

  /** The customer rejects the proposed solution: back to the center. */
  async reject(actor: Actor, ticketId: string, reason?: string): Promise<Ticket> {
    return this.transition(
      actor,
      ticketId,
      'solution_rejected',
      (life, now) => rejectSolution(life, now),
      reason === undefined ? {} : { reason },
    );
  }

  /** An agent closes a fault outside the contracted service, with a written reason. */
  async closeAsOutOfScope(
    actor: Actor,
    ticketId: string,
    input: { readonly reason: string; readonly cause?: OutOfScopeCause },
  ): Promise<Ticket> {
    requireStaff(actor);
    return this.write(async (ctx) => {
      const { trx, now } = ctx;
      const ticket = await findVisibleTicket(trx, this.store, actor, ticketId);
      const life = closeAsOutOfScope(ticket.life, now, input.reason);
      const change: TicketChange = {
        life,
        closeReason: input.reason.trim(),
        closeCause: input.cause ?? 'other',
      };
      const saved = await this.save(ctx, ticket, change, actor, 'closed_out_of_scope', {
        reason: input.reason.trim(),
        cause: input.cause ?? 'other',
      });
      await this.announceClosure(ctx, saved);
      return saved;
    });
  }

  /** Assigns the ticket to an active staff member, or unassigns it with null. */
  async assign(actor: Actor, ticketId: string, assigneeId: string | null): Promise<Ticket> {
    requireStaff(actor);
    return this.write(async (ctx) => {
      const { trx } = ctx;
      const ticket = await findVisibleTicket(trx, this.store, actor, ticketId);
      if (ticket.life.status === 'closed') {
        throw new DomainError('ILLEGAL_TRANSITION', { action: 'assign', status: 'closed' });
      }
      if (assigneeId !== null) {
        const assignee = await this.parties.user(trx, assigneeId);
        if (!assignee?.active || !STAFF_ROLES.has(assignee.role)) {
          throw new AppError('ASSIGNEE_NOT_STAFF');
        }
      }
      return this.save(ctx, ticket, { assigneeId }, actor, 'assigned');
    });
  }

  private async transition(
    actor: Actor,
    ticketId: string,
    action: string,
    change: (life: TicketLifecycle, now: Instant) => TicketLifecycle,
    details: Readonly<Record<string, unknown>> = {},
    after?: (ctx: WriteContext, saved: Ticket) => Promise<void>,
  ): Promise<Ticket> {
    return this.write(async (ctx) => {
      const { trx, now } = ctx;
      const ticket = await findVisibleTicket(trx, this.store, actor, ticketId);
      const saved = await this.save(
        ctx,
        ticket,
        { life: change(ticket.life, now) },
        actor,
        action,
        details,
      );
      await after?.(ctx, saved);
      return saved;
    });
  }

  /** A closure's e-mails to the requester: how it ended, and the invitation to rate it. */
  private async announceClosure({ trx, now }: WriteContext, closed: Ticket): Promise<void> {
    const people = await this.mail.directory(trx, [closed.requesterId]);
    await this.mail.insert(trx, [
      ...this.mail.notifier.ticketClosed(people, closed, now),
      ...(await this.satisfaction.open(trx, [closed], people, now)),
    ]);
  }

  private async save(
    { trx, now, policy }: WriteContext,
    ticket: Ticket,
    change: TicketChange,
    actor: Actor,
    action: string,
    details: Readonly<Record<string, unknown>> = {},
  ): Promise<Ticket> {
    return saveTicketChange(trx, this.store, {
      ticket,
      contract: await this.parties.contract(trx, ticket.contractId),
      change,
      actorId: actor.userId,
      action,
      details,
      now,
      policy,
    });
  }

  private async replyToClosed(
    ctx: WriteContext,
    actor: Actor,
    closed: Ticket,
    reply: TicketMessage,
    via: 'web' | 'email',
  ): Promise<MessageOutcome> {
    const { trx, now } = ctx;
    if (isCourtesyReply(reply.body)) {
      await this.store.insertMessage(trx, reply);
      await this.store.appendHistory(
        trx,
        historyEntry(closed.id, actor.userId, 'courtesy_reply', { messageId: reply.id }, now),
      );
      await this.store.queueForSearch(trx, closed.id, now);
      return { kind: 'courtesy', message: reply, ticket: closed };
    }
    const contract = await this.requireActiveContract(trx, closed.organizationId, now);
    assertImpactAllowed(closed.impact, contract.services);
    const newTicket = await this.createTicket(ctx, {
      id: newId(now),
      contract,
      organizationId: closed.organizationId,
      requesterId: actor.userId,
      channel: via,
      reportedAt: now,
      subject: closed.subject,
      description: reply.body,
      impact: closed.impact,
      checklist: null,
      previousTicketId: closed.id,
      actorId: actor.userId,
      previous: closed,
    });
    await this.store.appendHistory(
      trx,
      historyEntry(
        closed.id,
        actor.userId,
        'followed_up',
        { newTicket: newTicket.number, newTicketId: newTicket.id },
        now,
      ),
    );
    return { kind: 'new_ticket', ticket: closed, newTicket };
  }

  private async createTicket(
    { trx, now, policy }: WriteContext,
    fields: {
      id: string;
      contract: TicketContract;
      organizationId: string;
      requesterId: string;
      channel: Channel;
      reportedAt: Instant;
      subject: string;
      description: string;
      impact: Impact;
      checklist: readonly ChecklistEntry[] | null;
      previousTicketId: string | null;
      actorId: string;
      /** The closed ticket a reply to which opened this one. */
      previous?: Ticket;
    },
  ): Promise<Ticket> {
    const year = civilDateOf(utcToWallTime(BOGOTA, now).day).year;
    const numberInYear = await this.store.allocateNumber(trx, year);
    const life = registerLifecycle(fields.reportedAt);
    const ticket: Ticket = {
      id: fields.id,
      seq: ticketSeq(year, numberInYear),
      number: formatTicketNumber(year, numberInYear),
      organizationId: fields.organizationId,
      contractId: fields.contract.id,
      requesterId: fields.requesterId,
      assigneeId: null,
      subject: fields.subject,
      description: fields.description,
      impact: fields.impact,
      channel: fields.channel,
      checklist: fields.checklist,
      previousTicketId: fields.previousTicketId,
      closeReason: null,
      closeCause: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
      life,
      sla: slaFor(fields.contract, fields.impact, fields.channel, life, now, policy),
      slaRecorded: [],
      replyToken: newReplyToken(),
    };
    await this.store.insert(trx, ticket);
    await this.store.appendHistory(
      trx,
      historyEntry(
        ticket.id,
        fields.actorId,
        'registered',
        {
          status: ticket.life.status,
          impact: ticket.impact,
          channel: ticket.channel,
          ...(fields.previousTicketId === null
            ? {}
            : { previousTicketId: fields.previousTicketId }),
        },
        now,
      ),
    );
    await this.store.queueForSearch(trx, ticket.id, now);
    const organizationName =
      (await this.parties.organizationName(trx, ticket.organizationId)) ?? '';
    await this.mail.write(trx, [ticket.requesterId], (n, people) =>
      n.ticketRegistered(people, ticket, organizationName, now, fields.previous),
    );
    return ticket;
  }

  /** Who reports, for which organization and contract, through which channel and when. */
  private async resolveRequest(
    trx: Executor,
    actor: Actor,
    input: RegisterTicketInput,
    now: Instant,
    customerChannel: 'web' | 'email',
  ): Promise<{
    contract: TicketContract;
    organizationId: string;
    requesterId: string;
    channel: Channel;
    reportedAt: Instant;
  }> {
    let organizationId: string;
    let requesterId: string;
    let channel: Channel;
    let reportedAt: Instant;
    if (!isStaff(actor)) {
      const staffOnly = (
        ['requesterId', 'organizationId', 'channel', 'reportedAt'] as const
      ).filter((field) => input[field] !== undefined);
      if (staffOnly.length > 0) throw new AppError('FORBIDDEN');
      organizationId = actor.organizationId ?? '';
      requesterId = actor.userId;
      channel = customerChannel;
      reportedAt = now;
    } else {
      if (input.requesterId === undefined) {
        throw new AppError('VALIDATION_FAILED', {
          detail: 'requesterId is required when staff register a ticket',
        });
      }
      const requester = await this.parties.user(trx, input.requesterId);
      if (
        !requester?.active ||
        !CUSTOMER_ROLES.has(requester.role) ||
        requester.organizationId === null ||
        (input.organizationId !== undefined && input.organizationId !== requester.organizationId)
      ) {
        throw new AppError('REQUESTER_NOT_IN_ORGANIZATION');
      }
      organizationId = requester.organizationId;
      requesterId = requester.id;
      channel = input.channel ?? 'phone';
      reportedAt = input.reportedAt ?? now;
      if (reportedAt > now) {
        throw new AppError('VALIDATION_FAILED', { detail: 'reportedAt is in the future' });
      }
    }
    const contract = await this.requireActiveContract(trx, organizationId, now);
    assertImpactAllowed(input.impact, contract.services);
    return { contract, organizationId, requesterId, channel, reportedAt };
  }

  private async requireActiveContract(
    trx: Executor,
    organizationId: string,
    now: Instant,
  ): Promise<TicketContract> {
    const contract = await findActiveContract(trx, organizationId, now);
    if (contract) return contract;
    const organization =
      (await this.parties.organizationName(trx, organizationId)) ?? organizationId;
    throw new AppError('NO_ACTIVE_CONTRACT', { organization });
  }

  private async callNotice(trx: Executor, ticket: Ticket): Promise<readonly PhoneNumber[] | null> {
    return ticket.sla.callTheCenter ? this.parties.phoneNumbers(trx) : null;
  }

  /** One transaction at the clock's now; retried when another writer changed the ticket. */
  private async write<T>(work: (context: WriteContext) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        // Read before the transaction: SQLite has one connection, busy with the transaction.
        const policy = await this.policy.current();
        const result = await this.db.transaction((trx) =>
          work({ trx, now: this.clock.now(), policy }),
        );
        this.afterWrite();
        return result;
      } catch (error) {
        const retry = error instanceof AppError && error.code === 'CONCURRENT_UPDATE';
        if (!retry || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }
}

/** The lifecycle after a message of this kind by this actor. */
function nextLifecycle(
  actor: Actor,
  life: TicketLifecycle,
  kind: MessageKind,
  now: Instant,
): TicketLifecycle {
  if (!isStaff(actor)) return customerAnswers(life, now);
  switch (kind) {
    case 'reply':
      return agentReplies(life, now);
    case 'note':
      return life;
    case 'diagnosis':
      return diagnose(life, now);
    case 'info_request':
    case 'test_request':
      return requestFromCustomer(life, now);
    case 'solution':
      return proposeSolution(life, now);
  }
}

/** A stable hash of a registration request, to recognise a retry of the same request. */
function requestHash(input: RegisterTicketInput): string {
  const sorted = Object.fromEntries(Object.entries(input).sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex');
}
