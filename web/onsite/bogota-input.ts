/**
 * `<input type="datetime-local">` values read as Bogotá wall time, whatever the browser's zone.
 * America/Bogota is UTC-5 all year (no daylight saving, SPEC §3), so a fixed offset is exact.
 */

const OFFSET_MS = 5 * 60 * 60 * 1000;
const LOCAL_VALUE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** `2026-03-17T14:00` for an instant, in Bogotá. */
export function toBogotaInput(iso: string): string {
  return new Date(Date.parse(iso) - OFFSET_MS).toISOString().slice(0, 16);
}

/** The API's instant for a field value (`2026-03-17T14:00:00-05:00`), or null when incomplete. */
export function fromBogotaInput(value: string): string | null {
  return LOCAL_VALUE.test(value) ? `${value}:00-05:00` : null;
}

/** `2026-03` of an instant, in Bogotá. */
export function bogotaMonth(iso: string): string {
  return toBogotaInput(iso).slice(0, 7);
}

/** `2026-03-17` of an instant, in Bogotá. */
export function bogotaDate(iso: string): string {
  return toBogotaInput(iso).slice(0, 10);
}

/** The month `delta` months from `month` (`2026-03`, -1 → `2026-02`). */
export function shiftMonth(month: string, delta: number): string {
  const [year = 2026, number = 1] = month.split('-').map(Number);
  const index = year * 12 + (number - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The first instant of a Bogotá month, as the API takes it. */
export function monthStart(month: string): string {
  return `${month}-01T00:00:00-05:00`;
}
