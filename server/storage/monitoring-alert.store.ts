/**
 * Monitoring alert rows (monitoring_alerts): one per (organization, key). Besides the state,
 * the row is the lock of "one ticket per key": a request claims it (insert-or-nothing on the
 * unique key, or a compare-and-set on an existing row) before opening a ticket, and every
 * later write that depends on the claim checks it is still the holder.
 */

import type { AlertStatus } from '../app/integrations/alert.js';
import type {
  MonitoringAlert,
  MonitoringAlertWithTicket,
} from '../app/integrations/monitoring-alert.js';
import type { Language } from '../domain/errors.js';
import type { Instant } from '../domain/time/instant.js';
import type { Executor } from './db.js';
import type { MonitoringAlertsTable } from './schema.js';

/** What the latest firing says about the alert (kept on the row for agents and windows). */
export interface AlertFacts {
  readonly severity: string;
  readonly summary: string;
  readonly equipment: string | null;
}

type Row = MonitoringAlertsTable & { ticket_number: string | null; ticket_status: string | null };

function rowToAlert(row: Row): MonitoringAlertWithTicket {
  return {
    id: row.id,
    organizationId: row.organization_id,
    key: row.key,
    source: row.source,
    status: row.status as AlertStatus,
    severity: row.severity,
    summary: row.summary,
    equipment: row.equipment,
    ticketId: row.ticket_id,
    previousTicketId: row.previous_ticket_id,
    ticketsOpened: row.tickets_opened,
    fireCount: row.fire_count,
    totalFireCount: row.total_fire_count,
    claimId: row.claim_id,
    claimedUntil: row.claimed_until,
    firstSeenAt: row.first_seen_at,
    lastSeenAt: row.last_seen_at,
    lastFiredAt: row.last_fired_at,
    resolvedAt: row.resolved_at,
    ticketNumber: row.ticket_number,
    ticketClosed: row.ticket_status === 'closed',
  };
}

export class MonitoringAlertStore {
  /** The organization's row for `key`, with its current ticket's number and state. */
  async find(
    ex: Executor,
    organizationId: string,
    key: string,
  ): Promise<MonitoringAlertWithTicket | null> {
    const row = await ex
      .selectFrom('monitoring_alerts')
      .leftJoin('tickets', 'tickets.id', 'monitoring_alerts.ticket_id')
      .selectAll('monitoring_alerts')
      .select(['tickets.number as ticket_number', 'tickets.status as ticket_status'])
      .where('monitoring_alerts.organization_id', '=', organizationId)
      .where('monitoring_alerts.key', '=', key)
      .executeTakeFirst();
    return row ? rowToAlert(row) : null;
  }

  /** The rows of an organization, most recently seen first (agents, tests). */
  async listForOrganization(ex: Executor, organizationId: string): Promise<MonitoringAlert[]> {
    const rows = await ex
      .selectFrom('monitoring_alerts')
      .leftJoin('tickets', 'tickets.id', 'monitoring_alerts.ticket_id')
      .selectAll('monitoring_alerts')
      .select(['tickets.number as ticket_number', 'tickets.status as ticket_status'])
      .where('monitoring_alerts.organization_id', '=', organizationId)
      .orderBy('monitoring_alerts.last_seen_at', 'desc')
      .orderBy('monitoring_alerts.id', 'desc')
      .execute();
    return rows.map(rowToAlert);
  }

  /**
   * Inserts the first row of a key, already claimed by `claimId`; false when the key has a row
   * (another request got there first: the unique index decides, on both databases).
   */
  async insertClaimed(
    ex: Executor,
    alert: {
      readonly id: string;
      readonly organizationId: string;
      readonly key: string;
      readonly source: string;
      readonly facts: AlertFacts;
      readonly claimId: string;
      readonly claimedUntil: Instant;
      readonly at: Instant;
    },
  ): Promise<boolean> {
    const inserted = await ex
      .insertInto('monitoring_alerts')
      .values({
        id: alert.id,
        organization_id: alert.organizationId,
        key: alert.key,
        source: alert.source,
        status: 'firing',
        severity: alert.facts.severity,
        summary: alert.facts.summary,
        equipment: alert.facts.equipment,
        ticket_id: null,
        previous_ticket_id: null,
        tickets_opened: 0,
        fire_count: 0,
        total_fire_count: 0,
        claim_id: alert.claimId,
        claimed_until: alert.claimedUntil,
        first_seen_at: alert.at,
        last_seen_at: alert.at,
        last_fired_at: null,
        resolved_at: null,
      })
      .onConflict((oc) => oc.columns(['organization_id', 'key']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  /**
   * Claims an existing row to open a new ticket for it: only if nobody holds a live claim and
   * no ticket was opened since the caller read `ticketsOpened` (compare-and-set).
   */
  async claim(
    ex: Executor,
    input: {
      readonly id: string;
      readonly ticketsOpened: number;
      readonly claimId: string;
      readonly claimedUntil: Instant;
      readonly now: Instant;
    },
  ): Promise<boolean> {
    const result = await ex
      .updateTable('monitoring_alerts')
      .set({ claim_id: input.claimId, claimed_until: input.claimedUntil })
      .where('id', '=', input.id)
      .where('tickets_opened', '=', input.ticketsOpened)
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', input.now)]))
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /**
   * The claimed row now feeds `ticketId` (the previous ticket is kept); the claim ends. False
   * when the claim lapsed and another request took the row meanwhile.
   */
  async recordOpened(
    ex: Executor,
    input: {
      readonly id: string;
      readonly claimId: string;
      readonly ticketId: string;
      readonly facts: AlertFacts;
      readonly at: Instant;
    },
  ): Promise<boolean> {
    const result = await ex
      .updateTable('monitoring_alerts')
      .set((eb) => ({
        // The right-hand side reads the row before the update on both databases.
        previous_ticket_id: eb.ref('ticket_id'),
        ticket_id: input.ticketId,
        tickets_opened: eb('tickets_opened', '+', 1),
        fire_count: 1,
        total_fire_count: eb('total_fire_count', '+', 1),
        status: 'firing',
        severity: input.facts.severity,
        summary: input.facts.summary,
        equipment: input.facts.equipment,
        last_seen_at: input.at,
        last_fired_at: input.at,
        resolved_at: null,
        claim_id: null,
        claimed_until: null,
      }))
      .where('id', '=', input.id)
      .where('claim_id', '=', input.claimId)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /**
   * Gives a claim up (opening the ticket failed): a row that never had a ticket is removed, so
   * a refused alert leaves nothing behind; others just lose the claim.
   */
  async release(ex: Executor, id: string, claimId: string): Promise<void> {
    await ex
      .deleteFrom('monitoring_alerts')
      .where('id', '=', id)
      .where('claim_id', '=', claimId)
      .where('tickets_opened', '=', 0)
      .execute();
    await ex
      .updateTable('monitoring_alerts')
      .set({ claim_id: null, claimed_until: null })
      .where('id', '=', id)
      .where('claim_id', '=', claimId)
      .execute();
  }

  /** Counts one more firing on the current ticket; returns the count since it opened. */
  async recordFiring(ex: Executor, id: string, facts: AlertFacts, at: Instant): Promise<number> {
    const row = await ex
      .updateTable('monitoring_alerts')
      .set((eb) => ({
        fire_count: eb('fire_count', '+', 1),
        total_fire_count: eb('total_fire_count', '+', 1),
        status: 'firing',
        severity: facts.severity,
        summary: facts.summary,
        equipment: facts.equipment,
        last_seen_at: at,
        last_fired_at: at,
      }))
      .where('id', '=', id)
      .returning('fire_count')
      .executeTakeFirstOrThrow();
    return row.fire_count;
  }

  /**
   * Marks the key resolved if it was firing on `ticketId`; false when it already was resolved
   * (a repeated notification) or moved to another ticket meanwhile.
   */
  async recordResolved(ex: Executor, id: string, ticketId: string, at: Instant): Promise<boolean> {
    const result = await ex
      .updateTable('monitoring_alerts')
      .set({ status: 'resolved', resolved_at: at, last_seen_at: at })
      .where('id', '=', id)
      .where('ticket_id', '=', ticketId)
      .where('status', '=', 'firing')
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /**
   * Who an alert's ticket is registered for when a staff token sends it: the organization's
   * earliest active customer admin, else its earliest active customer.
   */
  async defaultRequester(
    ex: Executor,
    organizationId: string,
  ): Promise<{ id: string; language: Language } | null> {
    for (const role of ['customer_admin', 'customer'] as const) {
      const row = await ex
        .selectFrom('users')
        .select(['id', 'language'])
        .where('organization_id', '=', organizationId)
        .where('role', '=', role)
        .where('active', '=', 1)
        .orderBy('created_at')
        .orderBy('id')
        .limit(1)
        .executeTakeFirst();
      if (row) return { id: row.id, language: row.language as Language };
    }
    return null;
  }
}
