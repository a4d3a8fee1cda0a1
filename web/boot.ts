/**
 * The first request, sent while the rest of the app's code is still being evaluated: main.tsx
 * imports this module first, so "who is signed in?" is on the wire before React starts.
 */

/** GET /api/v1/me, started at load; taken once by the app. */
let pending: Promise<Response> | null = fetch('/api/v1/me', {
  headers: { accept: 'application/json' },
  credentials: 'same-origin',
});

/** The response of the GET /me sent at load (null after the first call). */
export function takeBootMe(): Promise<Response> | null {
  const response = pending;
  pending = null;
  return response;
}
