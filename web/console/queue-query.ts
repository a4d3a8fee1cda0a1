/**
 * The queue's filters (kept in the tab's storage) and its API query, small enough to live in
 * the first chunk: right after sign-in is known, an agent's first page of the queue is asked
 * for while the console's code is still loading, instead of after.
 */

import { api, query } from '../api/client';
import { OPEN_STATUSES, type Page, type TicketSummary } from '../api/types';

export interface Filters {
  status: string;
  organizationId: string;
  assignee: string;
  impact: string;
  breached: boolean;
  q: string;
}

const FILTERS_KEY = 'mesa.queue-filters';
const EMPTY: Filters = {
  status: 'open',
  organizationId: '',
  assignee: '',
  impact: '',
  breached: false,
  q: '',
};

export function savedFilters(): Filters {
  try {
    const saved = sessionStorage.getItem(FILTERS_KEY);
    return saved ? { ...EMPTY, ...(JSON.parse(saved) as Partial<Filters>) } : EMPTY;
  } catch {
    return EMPTY;
  }
}

export function listQuery(filters: Filters, cursor?: string): string {
  return query({
    status:
      filters.status === 'open'
        ? OPEN_STATUSES
        : filters.status === 'all'
          ? undefined
          : filters.status,
    organizationId: filters.organizationId,
    assignee: filters.assignee,
    impact: filters.impact,
    breached: filters.breached ? 'true' : undefined,
    q: filters.q.trim(),
    limit: '50',
    cursor,
  });
}

/** Remembers the filters for this tab. */
export function saveFilters(filters: Filters): void {
  try {
    sessionStorage.setItem(FILTERS_KEY, JSON.stringify(filters));
  } catch {
    // Filters then last as long as the page.
  }
}

let prefetched: { key: string; page: Promise<Page<TicketSummary>> } | null = null;

/** Starts loading the queue's first page with the saved filters (once until it is taken). */
export function prefetchQueue(): void {
  if (prefetched !== null) return;
  const filters = savedFilters();
  const page = api<Page<TicketSummary>>('GET', `/tickets${listQuery(filters)}`);
  page.catch(() => {});
  prefetched = { key: JSON.stringify(filters), page };
}

/** The prefetched first page if it was asked with these filters (once). */
export function takePrefetchedQueue(filters: Filters): Promise<Page<TicketSummary>> | null {
  const taken = prefetched;
  prefetched = null;
  return taken !== null && taken.key === JSON.stringify(filters) ? taken.page : null;
}
