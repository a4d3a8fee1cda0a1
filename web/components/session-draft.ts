/**
 * Text being typed, kept in the tab's storage as it is typed: when a session expires mid-send
 * the app shows the sign-in page (the form unmounts), and after signing in again the same page
 * comes back with the text. Files cannot be kept this way; they are chosen again. Signing out
 * forgets every draft, so the next person at a shared computer does not see them.
 */

import { useCallback, useState } from 'react';

const PREFIX = 'mesa.draft.';

function read(key: string): string | null {
  try {
    return sessionStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    if (value === '') sessionStorage.removeItem(PREFIX + key);
    else sessionStorage.setItem(PREFIX + key, value);
  } catch {
    // No storage: the text lives as long as the page.
  }
}

/**
 * A text field's value that survives the page unmounting; `''` clears it. `forget` drops the
 * stored copy but keeps the value on screen (sent text that must not come back as a draft).
 */
export function useSessionDraft(key: string): [string, (value: string) => void, () => void] {
  const [value, setValue] = useState(() => read(key) ?? '');
  const update = useCallback(
    (next: string) => {
      write(key, next);
      setValue(next);
    },
    [key],
  );
  const forget = useCallback(() => write(key, ''), [key]);
  return [value, update, forget];
}

/** Forgets every draft of this tab (on signing out). */
export function clearSessionDrafts(): void {
  try {
    for (const key of Object.keys(sessionStorage)) {
      if (key.startsWith(PREFIX) || key === 'mesa.ticket-draft') sessionStorage.removeItem(key);
    }
  } catch {
    // No storage, nothing kept.
  }
}
