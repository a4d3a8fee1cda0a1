/**
 * The SLA scheduler (SPEC §4–§5, issue 4): sweeps the tickets whose next SLA event is due, by
 * the `sla_wake_at` index, and acts on each event once — the event's row is inserted before
 * anything happens, and only the transaction that inserted it acts (warns, sends the status
 * update, closes for no response, alerts staff). On PostgreSQL several instances sweep at once,
 * each locking different tickets (`for update skip locked`); on SQLite one process sweeps.
 * Everything due is found again after a restart: it is in the tickets, not in memory.
 */

import { AppError } from '../app/app-errors.js';
import type { Clock } from '../app/clock.js';
import type { OutboxWriter } from '../app/notifications/outbox-writer.js';
import type { SatisfactionInvitations } from '../app/satisfaction/satisfaction-invitations.js';
import type { TicketContract, TicketParties } from '../app/tickets/ports.js';
import type { SlaPolicyCache } from '../app/tickets/sla-policy.js';
import {
  type HistoryEntry,
  historyEntry,
  type Ticket,
  withSlaAndLife,
} from '../app/tickets/ticket.js';
import { slaFor } from '../app/tickets/ticket-changes.js';
import {
  dueSlaEvents,
  keysStillRelevant,
  type SlaEvent,
  slaEventsOf,
} from '../domain/ticket/sla-events.js';
import {
  closeForNoResponse,
  sendAutomaticUpdate,
  type TicketLifecycle,
} from '../domain/ticket/ticket-lifecycle.js';
import { slaAt } from '../domain/ticket/ticket-sla.js';
import { HELD_BY_CENTER, WAITING_ON_CUSTOMER } from '../domain/ticket/ticket-vocabulary.js';
import type { Instant } from '../domain/time/instant.js';
import type { Db, Executor } from '../storage/db.js';
import type { OutboxTable } from '../storage/schema.js';
import { eventId, type SlaEventStore } from '../storage/sla-event.store.js';
import type { TicketStore } from '../storage/ticket.store.js';
import { PeriodicJob } from './periodic-job.js';

export interface SlaSchedulerOptions {
  /** Tickets per transaction. */
  readonly batchSize?: number;
  readonly intervalMs?: number;
  readonly onError?: (error: unknown, job: string) => void;
  /** Called after a batch that wrote e-mails (the dispatcher's kick). */
  readonly afterBatch?: () => void;
}

export class SlaScheduler {
  private readonly job: PeriodicJob;
  private readonly batchSize: number;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly tickets: TicketStore,
    private readonly events: SlaEventStore,
    private readonly parties: TicketParties,
    private readonly policy: SlaPolicyCache,
    private readonly mail: OutboxWriter,
    /** Tickets closed for no response are invited to rate too (issue 5). */
    private readonly satisfaction: SatisfactionInvitations,
    private readonly options: SlaSchedulerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.job = new PeriodicJob(
      {
        name: 'sla-scheduler',
        intervalMs: options.intervalMs ?? 5_000,
        ...(options.onError ? { onError: options.onError } : {}),
      },
      () => this.sweepBatch(),
    );
  }

  start(): void {
    this.job.start();
  }

  kick(): void {
    this.job.kick();
  }

  /** Sweeps until nothing is due at the clock's now; resolves with the tickets looked at. */
  flush(): Promise<number> {
    return this.job.flush();
  }

  stop(): Promise<void> {
    return this.job.stop();
  }

  /** One batch of due tickets in one transaction; returns how many it looked at. */
  async sweepBatch(): Promise<number> {
    const now = this.clock.now();
    // Read before the transaction: SQLite has one connection, busy with the transaction.
    const policy = await this.policy.current();
    const swept = await this.db.transaction(async (trx) => {
      const tickets = await this.tickets.claimDueForSweep(trx, now, this.batchSize);
      if (tickets.length === 0) return { count: 0, mail: 0 };
      const due = tickets.map((ticket) => ({
        ticket,
        events: dueSlaEvents(
          slaEventsOf(ticket.life, ticket.sla),
          new Set(ticket.slaRecorded),
          now,
        ),
      }));
      const fresh = await this.events.record(
        trx,
        due.flatMap(({ ticket, events }) => events.map((e) => ({ ...e, ticketId: ticket.id }))),
        now,
      );
      const people = await this.mail.directory(
        trx,
        tickets.flatMap((ticket) => [ticket.requesterId, ticket.assigneeId]),
      );
      const lookups = await BatchLookups.load(this.parties, trx, tickets);
      const outbox: OutboxTable[] = [];
      const history: HistoryEntry[] = [];
      const closedNow: Ticket[] = [];
      // Most events (warnings, breaches, alerts to staff) leave the lifecycle alone: their
      // tickets take the narrow write of what moves with time.
      const lifeChanges: { change: Ticket; expectedVersion: number }[] = [];
      const clockChanges: { change: Ticket; expectedVersion: number }[] = [];
      for (const { ticket, events } of due) {
        const mine = events.filter((event) => fresh.has(eventId(ticket.id, event.key)));
        const life = mine.reduce((current, event) => act(current, event, now), ticket.life);
        // Only an automatic update or closure changes the lifecycle, and with it the
        // deadlines; otherwise the stored deadlines stand and only what moves with time moves.
        const sla =
          life === ticket.life
            ? slaAt(ticket.sla, life, now)
            : slaFor(
                lookups.contract(ticket.contractId),
                ticket.impact,
                ticket.channel,
                life,
                now,
                policy,
              );
        const recorded = [...ticket.slaRecorded, ...events.map((event) => event.key)];
        const updated = withSlaAndLife(ticket, {
          life,
          sla,
          slaRecorded: keysStillRelevant(slaEventsOf(life, sla), recorded),
          updatedAt: mine.length > 0 ? now : ticket.updatedAt,
          version: ticket.version + 1,
        });
        (life === ticket.life ? clockChanges : lifeChanges).push({
          change: updated,
          expectedVersion: ticket.version,
        });
        if (mine.length === 0) continue;
        if (life.status === 'closed' && ticket.life.status !== 'closed') closedNow.push(updated);
        const organizationName = lookups.organizationName(ticket.organizationId);
        for (const event of mine) {
          history.push(historyOf(ticket, life, event, now));
          outbox.push(
            ...this.mail.notifier.slaEvent(people, updated, event, organizationName, now),
          );
        }
      }
      // The rows are locked (PostgreSQL) or the writer is alone (SQLite): all must be stored.
      const stored =
        (await this.tickets.updateSlaAndLifeMany(trx, lifeChanges)) +
        (await this.tickets.updateSlaClockMany(trx, clockChanges));
      if (stored !== lifeChanges.length + clockChanges.length) {
        throw new AppError('CONCURRENT_UPDATE');
      }
      await this.tickets.appendHistoryEntries(trx, history);
      outbox.push(...(await this.satisfaction.open(trx, closedNow, people, now)));
      await this.mail.insert(trx, outbox);
      return { count: tickets.length, mail: outbox.length };
    }, SWEEP_DURABILITY);
    if (swept.mail > 0) this.options.afterBatch?.();
    return swept.count;
  }
}

/**
 * A sweep's commit need not be flushed on its own (SQLite's fsync blocks the process): a sweep
 * lost to a power cut is swept again from the tickets, which it had not changed yet, and none of
 * its e-mails had left, since the dispatcher's lease of a row is a flushed commit and flushing
 * the log flushes every commit before it (mail-dispatcher.ts dispatchBatch).
 */
const SWEEP_DURABILITY = { survives: 'process-crash' } as const;

/** What an event changes on the ticket: the status update restarts the interval; the closure closes. */
function act(life: TicketLifecycle, event: SlaEvent, now: Instant): TicketLifecycle {
  if (event.kind === 'status_update' && HELD_BY_CENTER.has(life.status)) {
    return sendAutomaticUpdate(life, now);
  }
  if (event.kind === 'auto_close' && WAITING_ON_CUSTOMER.has(life.status)) {
    return closeForNoResponse(life, now);
  }
  return life;
}

function historyOf(
  ticket: Ticket,
  after: TicketLifecycle,
  event: SlaEvent,
  now: Instant,
): HistoryEntry {
  const changes: Record<string, unknown> = { kind: event.kind, dueAt: event.dueAt };
  if (event.kind === 'auto_close' && after.status === 'closed') {
    changes.status = [ticket.life.status, 'closed'];
    changes.resolution = 'no_response';
  }
  return historyEntry(ticket.id, null, 'sla_event', changes, now);
}

/** Contracts and organization names read once per batch: a few per thousand tickets. */
class BatchLookups {
  private constructor(
    private readonly contracts: ReadonlyMap<string, TicketContract>,
    private readonly names: ReadonlyMap<string, string>,
  ) {}

  static async load(
    parties: TicketParties,
    ex: Executor,
    tickets: readonly Ticket[],
  ): Promise<BatchLookups> {
    const contracts = new Map<string, TicketContract>();
    const names = new Map<string, string>();
    for (const ticket of tickets) {
      if (!contracts.has(ticket.contractId)) {
        contracts.set(ticket.contractId, await parties.contract(ex, ticket.contractId));
      }
      if (!names.has(ticket.organizationId)) {
        names.set(
          ticket.organizationId,
          (await parties.organizationName(ex, ticket.organizationId)) ?? '',
        );
      }
    }
    return new BatchLookups(contracts, names);
  }

  contract(id: string): TicketContract {
    const contract = this.contracts.get(id);
    if (!contract) throw new Error(`contract ${id} was not loaded for this batch`);
    return contract;
  }

  organizationName(id: string): string {
    return this.names.get(id) ?? '';
  }
}
