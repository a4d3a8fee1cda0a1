/**
 * SPEC §8: a preventive-maintenance window must lie entirely inside the contract's attention
 * hours — the 5x8 and 6x8 calendars of §3 (split shifts: the lunch break is outside, and so are
 * holidays and the admins' closures); a 7x24 contract takes a window at any time. A window that
 * does not fit is refused with exactly the parts that fall outside, each with its reason.
 */

import type { BusinessCalendar } from '../calendar/business-calendar.js';
import { explainSpan, type SkipReason } from '../calendar/explain.js';
import { DomainError } from '../errors.js';
import type { ContractCalendarId } from '../sla/contract-calendars.js';
import type { Modality } from '../sla/contract-terms.js';
import { describeInstant, type Instant } from '../time/instant.js';

/** Why a part of a window is outside attention hours (the explanation's vocabulary). */
export type OutsideReason = Exclude<SkipReason, 'paused' | 'phone_only_hours'>;

/** A maximal part of a window outside attention hours, with one reason (and a holiday's name). */
export interface OutsidePart {
  readonly start: Instant;
  readonly end: Instant;
  readonly reason: OutsideReason;
  readonly name?: string;
  readonly nameEn?: string;
}

/** The verdict on a window: inside attention hours, or the parts that are not. */
export type MaintenanceCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly outside: readonly OutsidePart[] };

/** Where contract calendars come from (ContractCalendars, with the admins' closures). */
export interface CalendarLookup {
  get(id: ContractCalendarId): BusinessCalendar;
}

/**
 * The calendar a window of this modality must fit in; null for 7x24, whose maintenance may
 * happen at any time (SPEC §8). The 7x24 ticket calendars do not apply: they say when tickets
 * are served, not when the customer may work on its own equipment.
 */
export function maintenanceCalendarId(modality: Modality): ContractCalendarId | null {
  return modality === '7x24' ? null : modality;
}

/**
 * Checks that [start, end) lies inside the contract's attention hours; INVALID_INTERVAL for an
 * empty or reversed window. Adjacent outside time of one reason is one part (a window from
 * Monday 17:00 to Tuesday 09:00 on 5x8 is refused with Monday 18:00 → Tuesday 08:00).
 */
export function checkMaintenanceWindow(
  calendars: CalendarLookup,
  modality: Modality,
  start: Instant,
  end: Instant,
): MaintenanceCheck {
  if (!(Number.isFinite(start) && Number.isFinite(end) && start < end)) {
    throw new DomainError('INVALID_INTERVAL', {
      start: describeInstant(start),
      end: describeInstant(end),
    });
  }
  const calendarId = maintenanceCalendarId(modality);
  if (calendarId === null) return { ok: true };
  const skipped = explainSpan(calendars.get(calendarId), start, end).skipped;
  if (skipped.length === 0) return { ok: true };
  const outside = skipped.map((span): OutsidePart => {
    // Without pauses, the explanation never says 'paused'; 'phone_only_hours' is a ticket rule.
    const reason = span.reason as OutsideReason;
    return {
      start: span.start,
      end: span.end,
      reason,
      ...(span.name !== undefined && { name: span.name }),
      ...(span.nameEn !== undefined && { nameEn: span.nameEn }),
    };
  });
  return { ok: false, outside };
}
