/**
 * Maintenance windows (SPEC §8): an organization's calendar, the overlap and monitoring
 * lookups by equipment, and the reminder sweep by start. Equipment is compared by its
 * matchKey column, so lookups use the (organization, equipment_key, starts_at) index.
 */

import { type Selectable, sql } from 'kysely';
import type {
  ListedMaintenanceWindow,
  MaintenanceWindow,
  MaintenanceWindowStatus,
  WindowAlert,
} from '../app/onsite/maintenance-window.js';
import { matchKey } from '../domain/maintenance/matching.js';
import type { Instant } from '../domain/time/instant.js';
import type { Executor } from './db.js';
import type { MaintenanceWindowAlertsTable, MaintenanceWindowsTable } from './schema.js';

export interface MaintenanceWindowFilter {
  readonly organizationId?: string;
  readonly statuses?: readonly MaintenanceWindowStatus[];
  /** Only windows overlapping [from, to). */
  readonly from?: Instant;
  readonly to?: Instant;
  /** Keyset pagination in (starts_at, id) order. */
  readonly after?: { readonly startsAt: number; readonly id: string };
  readonly limit: number;
}

type ListedRow = Selectable<MaintenanceWindowsTable> & {
  organization_name: string;
  requested_by_name: string | null;
  alert_count: number | string | bigint | null;
};

function rowToWindow(row: ListedRow): ListedMaintenanceWindow {
  return {
    id: row.id,
    organizationId: row.organization_id,
    contractId: row.contract_id,
    equipment: row.equipment,
    title: row.title,
    notes: row.notes,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    status: row.status as MaintenanceWindowStatus,
    requestedBy: row.requested_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    cancelledAt: row.cancelled_at,
    cancelledBy: row.cancelled_by,
    cancelReason: row.cancel_reason,
    reminderQueuedAt: row.reminder_queued_at,
    organizationName: row.organization_name,
    requestedByName: row.requested_by_name,
    alertCount: Number(row.alert_count ?? 0),
  };
}

function listed(ex: Executor) {
  return ex
    .selectFrom('maintenance_windows')
    .innerJoin('organizations', 'organizations.id', 'maintenance_windows.organization_id')
    .leftJoin('users', 'users.id', 'maintenance_windows.requested_by')
    .selectAll('maintenance_windows')
    .select(['organizations.name as organization_name', 'users.name as requested_by_name'])
    .select((eb) =>
      eb
        .selectFrom('maintenance_window_alerts')
        .select(eb.fn.countAll().as('n'))
        .whereRef('maintenance_window_alerts.window_id', '=', 'maintenance_windows.id')
        .as('alert_count'),
    );
}

function rowToAlert(row: Selectable<MaintenanceWindowAlertsTable>): WindowAlert {
  return {
    id: row.id,
    windowId: row.window_id,
    key: row.alert_key,
    source: row.source,
    equipment: row.equipment,
    summary: row.summary,
    details: row.details,
    receivedAt: row.received_at,
  };
}

export class MaintenanceWindowStore {
  /**
   * Takes the equipment's write lock until the transaction ends (an upsert: a row lock on
   * PostgreSQL, the single writer on SQLite), so two overlapping requests cannot both pass.
   */
  async lockEquipment(ex: Executor, organizationId: string, equipment: string): Promise<void> {
    await ex
      .insertInto('maintenance_equipment_locks')
      .values({ organization_id: organizationId, equipment_key: matchKey(equipment), writes: 1 })
      .onConflict((oc) =>
        oc
          .columns(['organization_id', 'equipment_key'])
          .doUpdateSet({ writes: sql`maintenance_equipment_locks.writes + 1` }),
      )
      .execute();
  }

  async insert(ex: Executor, window: MaintenanceWindow): Promise<void> {
    await ex
      .insertInto('maintenance_windows')
      .values({
        id: window.id,
        organization_id: window.organizationId,
        contract_id: window.contractId,
        equipment: window.equipment,
        equipment_key: matchKey(window.equipment),
        title: window.title,
        notes: window.notes,
        starts_at: window.startsAt,
        ends_at: window.endsAt,
        status: window.status,
        requested_by: window.requestedBy,
        created_at: window.createdAt,
        updated_at: window.updatedAt,
        cancelled_at: window.cancelledAt,
        cancelled_by: window.cancelledBy,
        cancel_reason: window.cancelReason,
        reminder_queued_at: window.reminderQueuedAt,
      })
      .execute();
  }

  async find(ex: Executor, id: string): Promise<ListedMaintenanceWindow | null> {
    const row = await listed(ex).where('maintenance_windows.id', '=', id).executeTakeFirst();
    return row ? rowToWindow(row) : null;
  }

  /** The scheduled windows of this equipment that overlap [start, end), earliest first. */
  async overlapping(
    ex: Executor,
    organizationId: string,
    equipment: string,
    start: Instant,
    end: Instant,
  ): Promise<ListedMaintenanceWindow[]> {
    const rows = await listed(ex)
      .where('maintenance_windows.organization_id', '=', organizationId)
      .where('maintenance_windows.equipment_key', '=', matchKey(equipment))
      .where('maintenance_windows.status', '=', 'scheduled')
      .where('maintenance_windows.starts_at', '<', end)
      .where('maintenance_windows.ends_at', '>', start)
      .orderBy('maintenance_windows.starts_at')
      .orderBy('maintenance_windows.id')
      .execute();
    return rows.map(rowToWindow);
  }

  /** Cancels a window still scheduled; false when it was not (any more). */
  async cancel(
    ex: Executor,
    id: string,
    change: { readonly at: Instant; readonly by: string | null; readonly reason: string | null },
  ): Promise<boolean> {
    const result = await ex
      .updateTable('maintenance_windows')
      .set({
        status: 'cancelled',
        cancelled_at: change.at,
        cancelled_by: change.by,
        cancel_reason: change.reason,
        updated_at: change.at,
      })
      .where('id', '=', id)
      .where('status', '=', 'scheduled')
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  /** Windows in (starts_at, id) order, one page. */
  async list(ex: Executor, filter: MaintenanceWindowFilter): Promise<ListedMaintenanceWindow[]> {
    let query = listed(ex);
    if (filter.organizationId !== undefined) {
      query = query.where('maintenance_windows.organization_id', '=', filter.organizationId);
    }
    if (filter.statuses !== undefined && filter.statuses.length > 0) {
      query = query.where('maintenance_windows.status', 'in', [...filter.statuses]);
    }
    if (filter.to !== undefined)
      query = query.where('maintenance_windows.starts_at', '<', filter.to);
    if (filter.from !== undefined) {
      query = query.where('maintenance_windows.ends_at', '>', filter.from);
    }
    const after = filter.after;
    if (after !== undefined) {
      query = query.where((eb) =>
        eb.or([
          eb('maintenance_windows.starts_at', '>', after.startsAt),
          eb.and([
            eb('maintenance_windows.starts_at', '=', after.startsAt),
            eb('maintenance_windows.id', '>', after.id),
          ]),
        ]),
      );
    }
    const rows = await query
      .orderBy('maintenance_windows.starts_at')
      .orderBy('maintenance_windows.id')
      .limit(filter.limit)
      .execute();
    return rows.map(rowToWindow);
  }

  /** Scheduled windows starting in [from, to), in start order (the reminder sweep). */
  async startingBetween(
    ex: Executor,
    from: Instant,
    to: Instant,
  ): Promise<ListedMaintenanceWindow[]> {
    const rows = await listed(ex)
      .where('maintenance_windows.status', '=', 'scheduled')
      .where('maintenance_windows.starts_at', '>=', from)
      .where('maintenance_windows.starts_at', '<', to)
      .orderBy('maintenance_windows.starts_at')
      .orderBy('maintenance_windows.id')
      .execute();
    return rows.map(rowToWindow);
  }

  /** The scheduled window of this equipment in force at `at` (start ≤ at < end), if any. */
  async activeAt(
    ex: Executor,
    organizationId: string,
    equipment: string,
    at: Instant,
  ): Promise<ListedMaintenanceWindow | null> {
    const row = await listed(ex)
      .where('maintenance_windows.organization_id', '=', organizationId)
      .where('maintenance_windows.equipment_key', '=', matchKey(equipment))
      .where('maintenance_windows.status', '=', 'scheduled')
      .where('maintenance_windows.starts_at', '<=', at)
      .where('maintenance_windows.ends_at', '>', at)
      .orderBy('maintenance_windows.starts_at')
      .executeTakeFirst();
    return row ? rowToWindow(row) : null;
  }

  async insertAlert(ex: Executor, alert: WindowAlert): Promise<void> {
    await ex
      .insertInto('maintenance_window_alerts')
      .values({
        id: alert.id,
        window_id: alert.windowId,
        alert_key: alert.key,
        source: alert.source,
        equipment: alert.equipment,
        summary: alert.summary,
        details: alert.details,
        received_at: alert.receivedAt,
      })
      .execute();
  }

  /** The alerts recorded on a window, oldest first. */
  async listAlerts(ex: Executor, windowId: string): Promise<WindowAlert[]> {
    const rows = await ex
      .selectFrom('maintenance_window_alerts')
      .selectAll()
      .where('window_id', '=', windowId)
      .orderBy('received_at')
      .orderBy('id')
      .execute();
    return rows.map(rowToAlert);
  }

  /** Marks the reminder queued, once: true for the one caller that marked it. */
  async claimReminder(ex: Executor, id: string, at: Instant): Promise<boolean> {
    const result = await ex
      .updateTable('maintenance_windows')
      .set({ reminder_queued_at: at })
      .where('id', '=', id)
      .where('status', '=', 'scheduled')
      .where('reminder_queued_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }
}
