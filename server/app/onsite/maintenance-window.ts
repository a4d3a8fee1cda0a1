/** A preventive-maintenance window of covered equipment (SPEC §8), as the use cases hold it. */

import type { Instant } from '../../domain/time/instant.js';

/**
 * **Decision:** `scheduled` or `cancelled`, nothing in between. SPEC §8 has the customer's
 * platform administrator *schedule* a window (not ask for one), and mesa already refuses any
 * window outside attention hours, so there is nothing left for the center to approve; a
 * window is in force from its start to its end unless cancelled.
 */
export const MAINTENANCE_WINDOW_STATUSES = ['scheduled', 'cancelled'] as const;
export type MaintenanceWindowStatus = (typeof MAINTENANCE_WINDOW_STATUSES)[number];

export interface MaintenanceWindow {
  readonly id: string;
  readonly organizationId: string;
  readonly contractId: string;
  /** As the contract lists it among its covered platforms. */
  readonly equipment: string;
  readonly title: string;
  readonly notes: string | null;
  readonly startsAt: Instant;
  readonly endsAt: Instant;
  readonly status: MaintenanceWindowStatus;
  /** Who scheduled it; null for the CLI operator. */
  readonly requestedBy: string | null;
  readonly createdAt: Instant;
  readonly updatedAt: Instant;
  readonly cancelledAt: Instant | null;
  readonly cancelledBy: string | null;
  readonly cancelReason: string | null;
  /** When the day-before reminder was queued (once), or null. */
  readonly reminderQueuedAt: Instant | null;
}

/** A window with the names a calendar shows beside it. */
export interface ListedMaintenanceWindow extends MaintenanceWindow {
  readonly organizationName: string;
  readonly requestedByName: string | null;
  /** Monitoring alerts recorded on it. */
  readonly alertCount: number;
}

/** A monitoring alert recorded on a window instead of opening a ticket (SPEC §8). */
export interface WindowAlert {
  readonly id: string;
  readonly windowId: string;
  /** The monitoring system's key for the alert (what would have named its ticket). */
  readonly key: string;
  /** `alertmanager`, `zabbix`, … */
  readonly source: string;
  /** The equipment as the monitoring system named it. */
  readonly equipment: string;
  readonly summary: string;
  readonly details: string | null;
  readonly receivedAt: Instant;
}
