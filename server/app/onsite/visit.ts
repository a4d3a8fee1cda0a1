/** An on-site visit as the use cases hold it (SPEC §8), and what lists show with it. */

import type { VisitStatus } from '../../domain/maintenance/visit-lifecycle.js';
import type { Instant } from '../../domain/time/instant.js';

export interface Visit {
  readonly id: string;
  readonly ticketId: string;
  readonly organizationId: string;
  readonly contractId: string;
  /** The staff member who goes. */
  readonly technicianId: string;
  /** Why the case could not be solved remotely. */
  readonly reason: string;
  /** The contract's on-site city, and its travel time when the visit was scheduled. */
  readonly city: string;
  readonly travelMinutes: number;
  /** True when that travel time was a shipped example, not the center's own value. */
  readonly travelTimeExample: boolean;
  readonly status: VisitStatus;
  /** Who scheduled it; null for the CLI operator. */
  readonly scheduledBy: string | null;
  readonly scheduledAt: Instant;
  readonly plannedArrivalAt: Instant;
  readonly departedAt: Instant | null;
  readonly arrivedAt: Instant | null;
  readonly completedAt: Instant | null;
  readonly cancelledAt: Instant | null;
  /** What the technician did (on completion). */
  readonly outcome: string | null;
  readonly cancelReason: string | null;
  readonly updatedAt: Instant;
}

/** A visit with the names a screen shows beside it. */
export interface ListedVisit extends Visit {
  readonly technicianName: string;
  readonly ticketNumber: string;
}
