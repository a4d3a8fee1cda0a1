/**
 * The list requests the benchmark measures — the open queue and each kind of full-text query,
 * globally and within the big organization — described once and turned into a store filter
 * (for the store-level figures) or a URL (for the HTTP ones).
 */

import { parseSearchQuery } from '../../server/app/search-query.js';
import type { TicketStatus } from '../../server/domain/ticket/ticket-vocabulary.js';
import type { TicketListFilter } from '../../server/storage/ticket.store.js';
import { SEARCH_QUERIES, type SearchQueryKind } from './vocabulary.js';

export const PAGE_SIZE = 50;
/** The queue the center works: tickets it holds, nearest deadline first. */
const QUEUE_STATUSES: readonly TicketStatus[] = ['new', 'in_progress'];

export interface ListCase {
  /** Stable key in the JSON line, e.g. `search.common.org`. */
  readonly key: string;
  readonly label: string;
  readonly kind: 'queue' | 'search';
  readonly statuses?: readonly TicketStatus[];
  readonly q?: string;
  readonly organizationId?: string;
  /** The target on p95, in ms. */
  readonly p95TargetMs: number;
}

const QUEUE_P95_TARGET_MS = 10;
const SEARCH_P95_TARGET_MS = 50;

const QUERY_LABELS: Readonly<Record<SearchQueryKind, string>> = {
  rare: 'rare word',
  common: 'very common word',
  twoWords: 'two words',
  phrase: 'phrase',
  prefix: 'prefix',
};

/** Every case, global then within `organizationId`. */
export function listCases(organizationId: string): ListCase[] {
  const cases: ListCase[] = [];
  for (const scoped of [false, true]) {
    const scope = scoped ? { organizationId } : {};
    const suffix = scoped ? '.org' : '';
    const where = scoped ? ' in the big org' : '';
    cases.push({
      key: `queue${suffix}`,
      label: `open queue page${where}`,
      kind: 'queue',
      statuses: QUEUE_STATUSES,
      p95TargetMs: QUEUE_P95_TARGET_MS,
      ...scope,
    });
    for (const kind of Object.keys(SEARCH_QUERIES) as SearchQueryKind[]) {
      cases.push({
        key: `search.${kind}${suffix}`,
        label: `search ${QUERY_LABELS[kind]} ${SEARCH_QUERIES[kind]}${where}`,
        kind: 'search',
        q: SEARCH_QUERIES[kind],
        p95TargetMs: SEARCH_P95_TARGET_MS,
        ...scope,
      });
    }
  }
  return cases;
}

/** The store filter TicketQueries.list builds for a staff member asking this (kept in step). */
export function storeFilter(listCase: ListCase): TicketListFilter {
  const filter: { -readonly [K in keyof TicketListFilter]: TicketListFilter[K] } = {};
  if (listCase.statuses) filter.statuses = listCase.statuses;
  if (listCase.organizationId !== undefined) filter.organizationId = listCase.organizationId;
  if (listCase.q !== undefined) {
    filter.search = {
      terms: parseSearchQuery(listCase.q),
      includeInternal: true,
      ...(listCase.organizationId === undefined ? {} : { organizationId: listCase.organizationId }),
    };
  }
  return filter;
}

/** The request path of `GET /api/v1/tickets` for this case. */
export function listPath(listCase: ListCase): string {
  const params = new URLSearchParams();
  for (const status of listCase.statuses ?? []) params.append('status', status);
  if (listCase.organizationId !== undefined) params.set('organizationId', listCase.organizationId);
  if (listCase.q !== undefined) params.set('q', listCase.q);
  params.set('limit', String(PAGE_SIZE));
  return `/api/v1/tickets?${params.toString()}`;
}
