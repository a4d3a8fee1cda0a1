/**
 * The shapes of on-site visits and maintenance windows as the web reads them (the schemas in
 * server/http/routes/{visits,maintenance-windows} are the source of truth).
 */

import type { Modality } from './types';

export type VisitStatus = 'scheduled' | 'on_the_way' | 'on_site' | 'done' | 'cancelled';

export interface Visit {
  id: string;
  ticketId: string;
  ticketNumber: string;
  organizationId: string;
  technician: { id: string; name: string };
  reason: string;
  city: string;
  travelMinutes: number;
  travelTimeExample: boolean;
  status: VisitStatus;
  scheduledAt: string;
  plannedArrivalAt: string;
  departedAt: string | null;
  arrivedAt: string | null;
  completedAt: string | null;
  cancelledAt: string | null;
  outcome: string | null;
  cancelReason: string | null;
}

export interface VisitProposal {
  onSite: boolean;
  city: string | null;
  travelMinutes: number | null;
  travelTimeExample: boolean;
  plannedArrivalAt: string | null;
}

export interface MaintenanceWindow {
  id: string;
  organizationId: string;
  organizationName: string;
  equipment: string;
  title: string;
  notes: string | null;
  startsAt: string;
  endsAt: string;
  status: 'scheduled' | 'cancelled';
  requestedBy: { id: string; name: string } | null;
  createdAt: string;
  cancelledAt: string | null;
  alertCount: number;
}

export type OutsideReason =
  | 'lunch'
  | 'weekend'
  | 'non_working_day'
  | 'holiday'
  | 'closure'
  | 'outside_hours';

/** A part of a refused window outside the contract's hours, in Bogotá time. */
export interface OutsidePart {
  start: string;
  end: string;
  reason: OutsideReason;
  label: string;
  labelEn: string;
}

/** The members of a MAINTENANCE_OUTSIDE_HOURS problem. */
export interface OutsideHours {
  modality: Modality | null;
  outside: OutsidePart[];
}
