/** A one-time notice carried across a navigation ("Case OG-2026-000123 registered"). */

let pending: string | null = null;

/** Leaves a notice for the next page. */
export function setFlash(message: string): void {
  pending = message;
}

/** The pending notice, once. */
export function takeFlash(): string | null {
  const message = pending;
  pending = null;
  return message;
}
