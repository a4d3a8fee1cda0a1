/** How instants leave the API: ISO 8601 in America/Bogota, the zone every calendar counts in. */

import { BOGOTA } from '../domain/sla/contract-calendars.js';
import { formatInstant, type Instant } from '../domain/time/instant.js';

/** `2026-03-16T10:00:00-05:00` for an instant. */
export function instantText(instant: Instant): string {
  return formatInstant(instant, BOGOTA);
}

/** instantText, or null. */
export function optionalInstantText(instant: Instant | null): string | null {
  return instant === null ? null : instantText(instant);
}
