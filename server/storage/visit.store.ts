/** On-site visits (SPEC §8) and the contract facts scheduling one needs. */

import type { Selectable } from 'kysely';
import type { Role } from '../app/actor.js';
import type { ListedVisit, Visit } from '../app/onsite/visit.js';
import type { VisitStatus } from '../domain/maintenance/visit-lifecycle.js';
import type { Executor } from './db.js';
import type { VisitsTable } from './schema.js';

/** What scheduling a visit reads of the ticket's contract. */
export interface VisitContract {
  readonly id: string;
  /** The customer's city when on-site support is included; null when it is not. */
  readonly onSiteCity: string | null;
}

export interface VisitListFilter {
  readonly organizationId?: string;
  readonly ticketId?: string;
  readonly technicianId?: string;
  readonly statuses?: readonly VisitStatus[];
  /** Keyset pagination in (scheduled_at desc, id desc) order. */
  readonly before?: { readonly scheduledAt: number; readonly id: string };
  readonly limit: number;
}

/** The fields a move of the lifecycle changes. */
export type VisitChanges = Pick<
  Visit,
  | 'status'
  | 'departedAt'
  | 'arrivedAt'
  | 'completedAt'
  | 'cancelledAt'
  | 'outcome'
  | 'cancelReason'
  | 'updatedAt'
>;

type ListedRow = Selectable<VisitsTable> & { technician_name: string; ticket_number: string };

function rowToVisit(row: ListedRow): ListedVisit {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    organizationId: row.organization_id,
    contractId: row.contract_id,
    technicianId: row.technician_id,
    reason: row.reason,
    city: row.city,
    travelMinutes: row.travel_minutes,
    travelTimeExample: row.travel_time_example === 1,
    status: row.status as VisitStatus,
    scheduledBy: row.scheduled_by,
    scheduledAt: row.scheduled_at,
    plannedArrivalAt: row.planned_arrival_at,
    departedAt: row.departed_at,
    arrivedAt: row.arrived_at,
    completedAt: row.completed_at,
    cancelledAt: row.cancelled_at,
    outcome: row.outcome,
    cancelReason: row.cancel_reason,
    updatedAt: row.updated_at,
    technicianName: row.technician_name,
    ticketNumber: row.ticket_number,
  };
}

function listed(ex: Executor) {
  return ex
    .selectFrom('visits')
    .innerJoin('users', 'users.id', 'visits.technician_id')
    .innerJoin('tickets', 'tickets.id', 'visits.ticket_id')
    .selectAll('visits')
    .select(['users.name as technician_name', 'tickets.number as ticket_number']);
}

export class VisitStore {
  /** The on-site terms of a contract; null when there is no such contract. */
  async contract(ex: Executor, contractId: string): Promise<VisitContract | null> {
    const row = await ex
      .selectFrom('contracts')
      .select(['id', 'on_site', 'on_site_city'])
      .where('id', '=', contractId)
      .executeTakeFirst();
    if (!row) return null;
    return { id: row.id, onSiteCity: row.on_site === 1 ? row.on_site_city : null };
  }

  /** A user's role and whether active (a technician must be active staff); null if none. */
  async person(ex: Executor, userId: string): Promise<{ role: Role; active: boolean } | null> {
    const row = await ex
      .selectFrom('users')
      .select(['role', 'active'])
      .where('id', '=', userId)
      .executeTakeFirst();
    return row ? { role: row.role as Role, active: row.active === 1 } : null;
  }

  /** Inserts a visit; a second active visit of the ticket fails with a unique violation. */
  async insert(ex: Executor, visit: Visit): Promise<void> {
    await ex
      .insertInto('visits')
      .values({
        id: visit.id,
        ticket_id: visit.ticketId,
        organization_id: visit.organizationId,
        contract_id: visit.contractId,
        technician_id: visit.technicianId,
        reason: visit.reason,
        city: visit.city,
        travel_minutes: visit.travelMinutes,
        travel_time_example: visit.travelTimeExample ? 1 : 0,
        status: visit.status,
        scheduled_by: visit.scheduledBy,
        scheduled_at: visit.scheduledAt,
        planned_arrival_at: visit.plannedArrivalAt,
        departed_at: visit.departedAt,
        arrived_at: visit.arrivedAt,
        completed_at: visit.completedAt,
        cancelled_at: visit.cancelledAt,
        outcome: visit.outcome,
        cancel_reason: visit.cancelReason,
        updated_at: visit.updatedAt,
      })
      .execute();
  }

  async find(ex: Executor, id: string): Promise<ListedVisit | null> {
    const row = await listed(ex).where('visits.id', '=', id).executeTakeFirst();
    return row ? rowToVisit(row) : null;
  }

  /**
   * Applies a move if the visit is still in `expected` status; false when another request
   * moved it first (the caller re-reads and decides again).
   */
  async move(
    ex: Executor,
    id: string,
    expected: VisitStatus,
    changes: VisitChanges,
  ): Promise<boolean> {
    const result = await ex
      .updateTable('visits')
      .set({
        status: changes.status,
        departed_at: changes.departedAt,
        arrived_at: changes.arrivedAt,
        completed_at: changes.completedAt,
        cancelled_at: changes.cancelledAt,
        outcome: changes.outcome,
        cancel_reason: changes.cancelReason,
        updated_at: changes.updatedAt,
      })
      .where('id', '=', id)
      .where('status', '=', expected)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  /** Visits newest first (by scheduling time), one page. */
  async list(ex: Executor, filter: VisitListFilter): Promise<ListedVisit[]> {
    let query = listed(ex);
    if (filter.organizationId !== undefined) {
      query = query.where('visits.organization_id', '=', filter.organizationId);
    }
    if (filter.ticketId !== undefined)
      query = query.where('visits.ticket_id', '=', filter.ticketId);
    if (filter.technicianId !== undefined) {
      query = query.where('visits.technician_id', '=', filter.technicianId);
    }
    if (filter.statuses !== undefined && filter.statuses.length > 0) {
      query = query.where('visits.status', 'in', [...filter.statuses]);
    }
    const before = filter.before;
    if (before !== undefined) {
      query = query.where((eb) =>
        eb.or([
          eb('visits.scheduled_at', '<', before.scheduledAt),
          eb.and([
            eb('visits.scheduled_at', '=', before.scheduledAt),
            eb('visits.id', '<', before.id),
          ]),
        ]),
      );
    }
    const rows = await query
      .orderBy('visits.scheduled_at', 'desc')
      .orderBy('visits.id', 'desc')
      .limit(filter.limit)
      .execute();
    return rows.map(rowToVisit);
  }
}
