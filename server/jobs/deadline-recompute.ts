/**
 * Recomputes the deadlines of every open ticket after an admin edits the level table or adds a
 * closure (issue 4; in June 2026 Ley 2578 added a holiday): the edit bumps the settings'
 * generation in its transaction, and this job walks the open tickets until the recomputed
 * generation catches up — also after a crash midway, since the gap is stored. Event keys do not
 * depend on the computed instants (sla-events.ts), so nothing already sent is sent again.
 */

import type { Clock } from '../app/clock.js';
import type { TicketContract, TicketParties } from '../app/tickets/ports.js';
import type { SlaPolicyCache } from '../app/tickets/sla-policy.js';
import { type Ticket, withSlaAndLife } from '../app/tickets/ticket.js';
import { slaFor } from '../app/tickets/ticket-changes.js';
import { keysStillRelevant, slaEventsOf } from '../domain/ticket/sla-events.js';
import type { Db } from '../storage/db.js';
import type { SlaPolicyStateStore } from '../storage/sla-policy-state.store.js';
import type { TicketStore } from '../storage/ticket.store.js';
import { PeriodicJob } from './periodic-job.js';

export interface DeadlineRecomputeOptions {
  readonly batchSize?: number;
  readonly intervalMs?: number;
  readonly onError?: (error: unknown, job: string) => void;
  /** Called after a recompute changed deadlines (the scheduler's kick). */
  readonly afterRecompute?: () => void;
}

export interface RecomputeResult {
  readonly tickets: number;
  readonly changed: number;
}

export class DeadlineRecompute {
  private readonly job: PeriodicJob;
  private readonly batchSize: number;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly tickets: TicketStore,
    private readonly parties: TicketParties,
    private readonly policy: SlaPolicyCache,
    private readonly state: SlaPolicyStateStore,
    private readonly options: DeadlineRecomputeOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 1000;
    this.job = new PeriodicJob(
      {
        name: 'deadline-recompute',
        intervalMs: options.intervalMs ?? 10_000,
        ...(options.onError ? { onError: options.onError } : {}),
      },
      // One pass does all that is owed; 0 tells the loop not to repeat it.
      async () => {
        await this.catchUp();
        return 0;
      },
    );
  }

  start(): void {
    this.job.start();
  }

  kick(): void {
    this.job.kick();
  }

  async flush(): Promise<void> {
    await this.job.flush();
  }

  stop(): Promise<void> {
    return this.job.stop();
  }

  /** Recomputes every open ticket if a settings edit is not yet applied; null when none was owed. */
  async catchUp(): Promise<RecomputeResult | null> {
    const owed = await this.state.read(this.db.kysely);
    if (owed.recomputedGeneration >= owed.generation) return null;
    const result = await this.recomputeAll();
    await this.db.transaction((trx) => this.state.markRecomputed(trx, owed.generation));
    if (result.changed > 0) this.options.afterRecompute?.();
    return result;
  }

  /** Recomputes the SLA fields of every open ticket with the settings in force now. */
  async recomputeAll(): Promise<RecomputeResult> {
    // Another instance's edit may be younger than this instance's cache.
    this.policy.invalidate();
    const policy = await this.policy.current();
    const contracts = new Map<string, TicketContract>();
    let after = '';
    let tickets = 0;
    let changed = 0;
    for (;;) {
      const now = this.clock.now();
      const batch = await this.db.transaction(async (trx) => {
        const open = await this.tickets.listOpenAfter(trx, after, this.batchSize);
        const changes: { change: Ticket; expectedVersion: number }[] = [];
        for (const ticket of open) {
          let contract = contracts.get(ticket.contractId);
          if (!contract) {
            contract = await this.parties.contract(trx, ticket.contractId);
            contracts.set(ticket.contractId, contract);
          }
          const sla = slaFor(contract, ticket.impact, ticket.channel, ticket.life, now, policy);
          if (sameSla(sla, ticket.sla)) continue;
          const change = withSlaAndLife(ticket, {
            life: ticket.life,
            sla,
            slaRecorded: keysStillRelevant(slaEventsOf(ticket.life, sla), ticket.slaRecorded),
            updatedAt: ticket.updatedAt,
            version: ticket.version + 1,
          });
          changes.push({ change, expectedVersion: ticket.version });
        }
        // A ticket changed meanwhile was recomputed by that change, with these settings.
        const changedHere = await this.tickets.updateSlaAndLifeMany(trx, changes);
        return { open, changedHere };
      });
      tickets += batch.open.length;
      changed += batch.changedHere;
      const last = batch.open.at(-1);
      if (!last || batch.open.length < this.batchSize) break;
      after = last.id;
    }
    return { tickets, changed };
  }
}

function sameSla(a: Ticket['sla'], b: Ticket['sla']): boolean {
  return (
    a.clockStartsAt === b.clockStartsAt &&
    a.firstResponseDueAt === b.firstResponseDueAt &&
    a.firstResponseNearAt === b.firstResponseNearAt &&
    a.firstResponseMinutesLeft === b.firstResponseMinutesLeft &&
    a.nextUpdateDueAt === b.nextUpdateDueAt &&
    a.warningAt === b.warningAt &&
    a.autoCloseAt === b.autoCloseAt &&
    a.firstResponseBreached === b.firstResponseBreached &&
    a.nextDeadlineAt === b.nextDeadlineAt &&
    a.callTheCenter === b.callTheCenter &&
    a.calendarId === b.calendarId
  );
}
