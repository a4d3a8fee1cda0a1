/**
 * The server's "now" in the browser. Deadlines are instants computed by the server's clock
 * (a test clock in demos and tests), so countdowns run from the server's time: each answer
 * that carries `now` re-syncs the offset to the browser's clock.
 */

import { useEffect, useState } from 'react';

let offsetMs = 0;

/** Aligns the browser's clock with the server's `now` (ISO 8601). */
export function syncServerClock(serverNow: string): void {
  offsetMs = Date.parse(serverNow) - Date.now();
}

/** The server's current time, in epoch ms. */
export function serverNow(): number {
  return Date.now() + offsetMs;
}

/** The server's time, ticking every `everyMs` (live countdowns). */
export function useServerNow(everyMs = 1000): number {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    const timer = setInterval(() => setNow(serverNow()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
