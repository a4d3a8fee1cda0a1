/** Loads data for a page: the value, the error (an ApiError) and a reload. */

import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './api/client';

export interface Loaded<T> {
  readonly data: T | undefined;
  readonly error: ApiError | undefined;
  readonly loading: boolean;
  readonly reload: () => Promise<void>;
  readonly setData: (data: T) => void;
}

/** Runs `load` now and whenever `key` changes; the latest call wins. */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);
  const loader = useRef(load);
  loader.current = load;

  const reload = useCallback(async () => {
    const call = latest.current + 1;
    latest.current = call;
    setLoading(true);
    try {
      const value = await loader.current();
      if (latest.current !== call) return;
      setData(value);
      setError(undefined);
    } catch (caught) {
      if (latest.current !== call) return;
      setError(
        caught instanceof ApiError
          ? caught
          : new ApiError({ status: 0, code: 'INTERNAL_ERROR', detail: String(caught) }),
      );
    } finally {
      if (latest.current === call) setLoading(false);
    }
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` says when to load again
  useEffect(() => {
    void reload();
  }, [key, reload]);

  return { data, error, loading, reload, setData };
}
