/**
 * One send at a time: a ref, not only state, guards the send, because a double click or a
 * held Enter can fire a second submit before React re-renders the button as disabled.
 */

import { useCallback, useRef, useState } from 'react';

export function useSendOnce(): {
  readonly busy: boolean;
  readonly sendOnce: (task: () => Promise<void>) => Promise<void>;
} {
  const inFlight = useRef(false);
  const [busy, setBusy] = useState(false);
  const sendOnce = useCallback(async (task: () => Promise<void>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    try {
      await task();
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, sendOnce };
}
