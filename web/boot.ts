/**
 * The first requests, sent while the rest of the app's code is still being evaluated: main.tsx
 * imports this module first, so "who is signed in?" is on the wire before React starts, and an
 * agent opening the console has its code and its queue's first page on the way as soon as the
 * answer says so (rendering React on a busy 2-core machine takes longer than all three).
 */

// A static import: app.tsx imports it too, so it is in the first chunk either way, and the
// queue's request can leave the moment the answer arrives.
import { prefetchQueue } from './console/queue-query';

const STAFF = new Set(['agent', 'supervisor', 'admin']);

/** GET /api/v1/me, started at load; taken once by the app. */
let pending: Promise<Response> | null = fetch('/api/v1/me', {
  headers: { accept: 'application/json' },
  credentials: 'same-origin',
});

pending
  .then((response) => (response.ok ? response.clone().json() : null))
  .then((me: { user?: { role?: string } } | null) => {
    if (!STAFF.has(me?.user?.role ?? '')) return;
    void import('./console/console');
    if (location.pathname.replace(/\/$/, '') === '/console') {
      prefetchQueue();
    }
  })
  .catch(() => {});

/** The response of the GET /me sent at load (null after the first call). */
export function takeBootMe(): Promise<Response> | null {
  const response = pending;
  pending = null;
  return response;
}
