/**
 * Monitoring alerts open and feed tickets (SPEC §6 "Monitoring", service Monitoreo of §9).
 *
 * - A firing alert opens a ticket on the organization's contract (channel `monitoring`, impact
 *   from its severity: alert.ts), or, when its key already feeds an open ticket, adds an
 *   internal note with the repeat count. Once that ticket is closed, the next firing opens a
 *   new ticket that names the old one.
 * - A resolved alert adds an internal note and changes nothing else: SPEC §5 closes a ticket
 *   only by the customer's acceptance, no response, or an agent's out-of-scope closure, so the
 *   agent still confirms and proposes the solution. Notes never count as an update to the
 *   customer, so an alert cannot stop an SLA clock.
 * - Everything the request can be refused for — the payload, the organization, its contract
 *   and Monitoreo service, someone to register for — is checked for every alert before the
 *   first write, so a refused request creates nothing.
 *
 * One ticket per key, also under concurrent deliveries (Alertmanager in HA sends each
 * notification from every replica): the unique (organization, key) row is claimed before a
 * ticket is opened. TicketService.register runs its own transaction, so the claim cannot share
 * it; instead the claim is a short lease on the row (insert-or-nothing, or compare-and-set),
 * taken, then the ticket registered, then the row pointed at it and the lease dropped. Another
 * request for the key meanwhile waits for the lease and then adds its note to the new ticket.
 * This works the same on SQLite and on PostgreSQL with several app instances; a process that
 * dies holding a lease loses it after CLAIM_LEASE_MS (a ticket it registered just before dying
 * is then not linked, and the next firing opens another: the one duplicate a crash can cause).
 */

import { setTimeout as sleep } from 'node:timers/promises';
import type { Instant } from '../../domain/time/instant.js';
import type { Db } from '../../storage/db.js';
import type { AlertFacts, MonitoringAlertStore } from '../../storage/monitoring-alert.store.js';
import type { OrganizationStore } from '../../storage/organization.store.js';
import { type Actor, isStaff } from '../actor.js';
import { AppError } from '../app-errors.js';
import type { Clock } from '../clock.js';
import { findActiveContract } from '../identity/organization.service.js';
import { isId, newId } from '../ids.js';
import type { TicketService } from '../tickets/ticket.service.js';
import type { AlertStatus, NormalisedAlert } from './alert.js';
import { type AlertPayload, normaliseAlertPayload } from './alert-payload.js';
import { alertRepeatNote, alertResolvedNote, alertTicketDescription } from './alert-texts.js';
import { isClaimed, type MonitoringAlertWithTicket } from './monitoring-alert.js';

/** What happened to one alert of a request. */
export type AlertAction = 'opened' | 'added' | 'resolved' | 'ignored';

export interface AlertOutcome {
  readonly key: string;
  readonly status: AlertStatus;
  readonly organizationId: string;
  /**
   * `opened` a ticket; `added` a note to the key's open ticket; `resolved`: noted the recovery
   * on it; `ignored`: nothing to do (a recovery of an unknown key, one already reported, or of
   * a closed ticket).
   */
  readonly action: AlertAction;
  readonly ticketId: string | null;
  readonly ticketNumber: string | null;
}

/** Where one organization's alerts go. */
interface AlertTarget {
  readonly organizationId: string;
  /** The customer the tickets are registered for. */
  readonly requesterId: string;
  readonly requesterLanguage: Actor['language'];
}

/** How long a claim protects a ticket being opened; far above a registration's duration. */
export const CLAIM_LEASE_MS = 30_000;
/** How long a request waits for another one opening the same key's ticket (real time). */
const CLAIM_WAIT_MS = 10_000;
/** Notes on one ticket from concurrent requests may collide; TicketService retries 3 times. */
const NOTE_ATTEMPTS = 5;

export class MonitoringAlertService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly tickets: TicketService,
    private readonly store: MonitoringAlertStore,
    private readonly organizations: OrganizationStore,
  ) {}

  /**
   * Receives one request's alerts (a generic alert or an Alertmanager notification) from the
   * actor (an API token's user): customer admins for their organization, staff for the
   * organization each alert names. Returns one outcome per alert, in order.
   */
  async receive(actor: Actor, payload: AlertPayload): Promise<AlertOutcome[]> {
    // A plain customer may report problems, not wire the organization's monitoring to mesa.
    if (!isStaff(actor) && actor.role !== 'customer_admin') throw new AppError('FORBIDDEN');
    const alerts = normaliseAlertPayload(payload, actor.language);
    const organizationIds = organizationsOf(actor, alerts);
    const targets = new Map<string, AlertTarget>();
    for (const organizationId of new Set(organizationIds)) {
      targets.set(organizationId, await this.target(actor, organizationId));
    }
    const writer = monitoringWriter(actor);
    const outcomes: AlertOutcome[] = [];
    // One alert after the other: a notification may carry one key twice (firing, then resolved).
    for (const [index, alert] of alerts.entries()) {
      const target = targets.get(organizationIds[index] ?? '');
      if (target === undefined) throw new Error('an alert without its organization');
      outcomes.push(
        alert.status === 'firing'
          ? await this.fire(writer, target, alert)
          : await this.resolve(writer, target, alert),
      );
    }
    return outcomes;
  }

  /** The organization may receive alerts now: it exists, has Monitoreo in force and people. */
  private async target(actor: Actor, organizationId: string): Promise<AlertTarget> {
    const organization = isId(organizationId)
      ? await this.organizations.find(this.db.kysely, organizationId)
      : null;
    if (organization === null) {
      throw new AppError('NOT_FOUND', { what: 'la organización', whatEn: 'organization' });
    }
    const contract = await findActiveContract(this.db.kysely, organizationId, this.clock.now());
    if (contract === null) {
      throw new AppError('NO_ACTIVE_CONTRACT', { organization: organization.name });
    }
    if (!contract.services.includes('monitoring')) {
      throw new AppError('MONITORING_NOT_CONTRACTED', { organization: organization.name });
    }
    // A customer admin's alerts are theirs: they wired the monitoring and answer for it.
    if (actor.role === 'customer_admin') {
      return { organizationId, requesterId: actor.userId, requesterLanguage: actor.language };
    }
    const requester = await this.store.defaultRequester(this.db.kysely, organizationId);
    if (requester === null) {
      throw new AppError('NO_ALERT_REQUESTER', { organization: organization.name });
    }
    return { organizationId, requesterId: requester.id, requesterLanguage: requester.language };
  }

  private async fire(
    writer: Actor,
    target: AlertTarget,
    alert: NormalisedAlert,
  ): Promise<AlertOutcome> {
    // SPEC §8 (issue 5): an alert for `alert.equipment` inside an active maintenance window of
    // the organization is recorded on the window instead of opening or feeding a ticket. That
    // check belongs here, before any claim.
    const waitUntil = performance.now() + CLAIM_WAIT_MS;
    for (let attempt = 0; ; attempt++) {
      const now = this.clock.now();
      const row = await this.store.find(this.db.kysely, target.organizationId, alert.key);
      if (row?.ticketId != null && !row.ticketClosed) {
        return this.addFiring(writer, target, alert, row, row.ticketId);
      }
      if (row !== null && isClaimed(row, now)) {
        await waitForClaim(attempt, waitUntil);
        continue;
      }
      const claim = await this.claim(target, alert, row, now);
      // Lost the race: read again (the winner's claim, or its ticket).
      if (claim === null) continue;
      return this.open(writer, target, alert, row, claim);
    }
  }

  /** Claims the key's row to open its ticket; null when another request claimed it first. */
  private async claim(
    target: AlertTarget,
    alert: NormalisedAlert,
    row: MonitoringAlertWithTicket | null,
    now: Instant,
  ): Promise<{ rowId: string; claimId: string } | null> {
    const claimId = newId(now);
    const claimedUntil = now + CLAIM_LEASE_MS;
    const rowId = row?.id ?? newId(now);
    const claimed = await this.db.transaction((trx) =>
      row === null
        ? this.store.insertClaimed(trx, {
            id: rowId,
            organizationId: target.organizationId,
            key: alert.key,
            source: alert.source,
            facts: factsOf(alert),
            claimId,
            claimedUntil,
            at: now,
          })
        : this.store.claim(trx, {
            id: rowId,
            ticketsOpened: row.ticketsOpened,
            claimId,
            claimedUntil,
            now,
          }),
    );
    return claimed ? { rowId, claimId } : null;
  }

  private async open(
    writer: Actor,
    target: AlertTarget,
    alert: NormalisedAlert,
    row: MonitoringAlertWithTicket | null,
    claim: { rowId: string; claimId: string },
  ): Promise<AlertOutcome> {
    const previousNumber = row?.ticketClosed ? row.ticketNumber : null;
    let ticket: { id: string; number: string };
    try {
      ({ ticket } = await this.tickets.register(writer, {
        subject: alert.summary,
        description: alertTicketDescription(alert, previousNumber, target.requesterLanguage),
        impact: alert.impact,
        requesterId: target.requesterId,
        organizationId: target.organizationId,
        channel: 'monitoring',
      }));
    } catch (error) {
      await this.db.transaction((trx) => this.store.release(trx, claim.rowId, claim.claimId));
      throw error;
    }
    await this.db.transaction((trx) =>
      this.store.recordOpened(trx, {
        id: claim.rowId,
        claimId: claim.claimId,
        ticketId: ticket.id,
        facts: factsOf(alert),
        at: this.clock.now(),
      }),
    );
    return outcome(target, alert, 'opened', ticket.id, ticket.number);
  }

  private async addFiring(
    writer: Actor,
    target: AlertTarget,
    alert: NormalisedAlert,
    row: MonitoringAlertWithTicket,
    ticketId: string,
  ): Promise<AlertOutcome> {
    const count = await this.db.transaction((trx) =>
      this.store.recordFiring(trx, row.id, factsOf(alert), this.clock.now()),
    );
    const afterResolved = row.status === 'resolved';
    await this.note(
      writer,
      ticketId,
      alertRepeatNote(alert, count, afterResolved, writer.language),
    );
    return outcome(target, alert, 'added', ticketId, row.ticketNumber);
  }

  private async resolve(
    writer: Actor,
    target: AlertTarget,
    alert: NormalisedAlert,
  ): Promise<AlertOutcome> {
    const waitUntil = performance.now() + CLAIM_WAIT_MS;
    for (let attempt = 0; ; attempt++) {
      const row = await this.store.find(this.db.kysely, target.organizationId, alert.key);
      // Its ticket is being opened right now: the recovery belongs on it.
      if (row !== null && isClaimed(row, this.clock.now())) {
        await waitForClaim(attempt, waitUntil);
        continue;
      }
      if (row?.ticketId == null) return outcome(target, alert, 'ignored', null, null);
      const ignored = outcome(target, alert, 'ignored', row.ticketId, row.ticketNumber);
      const first = await this.db.transaction((trx) =>
        this.store.recordResolved(trx, row.id, row.ticketId ?? '', this.clock.now()),
      );
      // A repeated recovery notes nothing; a closed ticket needs no note (the state is kept).
      if (!first || row.ticketClosed) return ignored;
      await this.note(writer, row.ticketId, alertResolvedNote(alert, writer.language));
      return outcome(target, alert, 'resolved', row.ticketId, row.ticketNumber);
    }
  }

  /** An internal note by the alert's sender, retried when other notes land at the same time. */
  private async note(writer: Actor, ticketId: string, body: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.tickets.postMessage(writer, ticketId, { kind: 'note', body });
        return;
      } catch (error) {
        const collided = error instanceof AppError && error.code === 'CONCURRENT_UPDATE';
        if (!collided || attempt >= NOTE_ATTEMPTS) throw error;
        await sleep(Math.random() * 20 * attempt);
      }
    }
  }
}

/**
 * Who writes an alert's ticket and notes: the token's user, so the history shows who sent it.
 * A customer admin acts with staff rights for exactly these two calls (register on a customer's
 * behalf with channel `monitoring`, post an internal note) — what the center's monitoring
 * integration would do for them; they gain nothing else.
 */
function monitoringWriter(actor: Actor): Actor {
  return isStaff(actor) ? actor : { ...actor, role: 'agent', organizationId: null };
}

/**
 * The organization of each alert: a customer admin's own (naming another is NOT_FOUND, like
 * any organization they cannot see); for staff, the one each alert names, which is required.
 */
function organizationsOf(actor: Actor, alerts: readonly NormalisedAlert[]): string[] {
  if (actor.role === 'customer_admin') {
    const own = actor.organizationId ?? '';
    if (alerts.some((a) => a.organizationId !== null && a.organizationId !== own)) {
      throw new AppError('NOT_FOUND', { what: 'la organización', whatEn: 'organization' });
    }
    return alerts.map(() => own);
  }
  const unnamed = alerts.flatMap((alert, index) => (alert.organizationId === null ? [index] : []));
  if (unnamed.length > 0) {
    const where = alerts.length === 1 ? '' : ` (alerts ${unnamed.join(', ')})`;
    throw new AppError('VALIDATION_FAILED', {
      detail:
        actor.language === 'es'
          ? `con un token del personal, cada alerta debe indicar la organización: organizationId, o la etiqueta organization en Alertmanager${where}`
          : `with a staff token every alert must name its organization: organizationId, or the organization label in Alertmanager${where}`,
    });
  }
  return alerts.map((alert) => alert.organizationId ?? '');
}

function factsOf(alert: NormalisedAlert): AlertFacts {
  return { severity: alert.severity, summary: alert.summary, equipment: alert.equipment };
}

function outcome(
  target: AlertTarget,
  alert: NormalisedAlert,
  action: AlertAction,
  ticketId: string | null,
  ticketNumber: string | null,
): AlertOutcome {
  return {
    key: alert.key,
    status: alert.status,
    organizationId: target.organizationId,
    action,
    ticketId,
    ticketNumber,
  };
}

/** Waits a little for another request's claim (10, 20, 40 … 100 ms), or gives up. */
async function waitForClaim(attempt: number, waitUntil: number): Promise<void> {
  if (performance.now() >= waitUntil) throw new AppError('CONCURRENT_UPDATE');
  await sleep(Math.min(10 * 2 ** attempt, 100));
}
