/**
 * The stored state of one alert key of an organization: which ticket it feeds, how often it
 * fired, and whether a request is opening a ticket for it right now (the claim).
 */

import type { Instant } from '../../domain/time/instant.js';
import type { AlertStatus } from './alert.js';

export interface MonitoringAlert {
  readonly id: string;
  readonly organizationId: string;
  readonly key: string;
  readonly source: string;
  readonly status: AlertStatus;
  readonly severity: string;
  readonly summary: string;
  readonly equipment: string | null;
  /** The ticket the key feeds now; null until its first ticket is open. */
  readonly ticketId: string | null;
  readonly previousTicketId: string | null;
  readonly ticketsOpened: number;
  /** Firings since the current ticket opened (1 at opening). */
  readonly fireCount: number;
  readonly totalFireCount: number;
  /** Set while a request opens a ticket for the key; others wait for it until `claimedUntil`. */
  readonly claimId: string | null;
  readonly claimedUntil: Instant | null;
  readonly firstSeenAt: Instant;
  readonly lastSeenAt: Instant;
  readonly lastFiredAt: Instant | null;
  readonly resolvedAt: Instant | null;
}

/** An alert row with what the service needs of its current ticket. */
export interface MonitoringAlertWithTicket extends MonitoringAlert {
  readonly ticketNumber: string | null;
  /** True when the current ticket is closed: the next firing opens a new one. */
  readonly ticketClosed: boolean;
}

/** Whether another request is opening a ticket for this key (a lapsed claim is abandoned). */
export function isClaimed(alert: MonitoringAlert, now: Instant): boolean {
  return alert.claimId !== null && alert.claimedUntil !== null && alert.claimedUntil > now;
}
