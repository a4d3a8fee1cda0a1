/**
 * The on-site and maintenance use cases (SPEC §8) wired to their stores; spread into
 * `Services` by createServices.
 */

import type { Db } from '../../storage/db.js';
import { MaintenanceWindowStore } from '../../storage/maintenance-window.store.js';
import { OrganizationStore } from '../../storage/organization.store.js';
import type { TicketStore } from '../../storage/ticket.store.js';
import { TravelTimeStore } from '../../storage/travel-time.store.js';
import { VisitStore } from '../../storage/visit.store.js';
import type { Clock } from '../clock.js';
import type { SlaPolicyCache } from '../tickets/sla-policy.js';
import { MaintenanceWindowService } from './maintenance-window.service.js';
import { TravelTimeService } from './travel-time.service.js';
import { VisitService } from './visit.service.js';

export interface OnsiteServices {
  /** The travel times by city admins edit (SPEC §8). */
  readonly travelTimes: TravelTimeService;
  /** On-site visits to a ticket's customer (SPEC §8). */
  readonly visits: VisitService;
  /** Maintenance windows of covered equipment; reminders and monitoring look them up. */
  readonly maintenanceWindows: MaintenanceWindowService;
}

/** Builds the on-site services over the shared ticket store and SLA policy. */
export function createOnsiteServices(
  deps: { readonly db: Db; readonly clock: Clock },
  ticketStore: TicketStore,
  slaPolicy: Pick<SlaPolicyCache, 'current'>,
): OnsiteServices {
  const { db, clock } = deps;
  const travelTimes = new TravelTimeService(db, clock, new TravelTimeStore());
  return {
    travelTimes,
    visits: new VisitService(db, clock, new VisitStore(), ticketStore, travelTimes),
    maintenanceWindows: new MaintenanceWindowService(
      db,
      clock,
      new MaintenanceWindowStore(),
      new OrganizationStore(),
      slaPolicy,
    ),
  };
}
