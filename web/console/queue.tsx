/**
 * The queue: open tickets by nearest deadline (the server sorts), with live countdowns in
 * business time that turn amber at 80 % of the time used and red at breach, filters (status,
 * organization, assignee, impact, breached) and full-text search (newest first). Filters live in the URL's
 * tab storage, so coming back from a ticket keeps them.
 */

import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../api/client';
import {
  IMPACTS,
  type Organization,
  type Page,
  TICKET_STATUSES,
  type TicketSummary,
  type User,
} from '../api/types';
import { useServerNow } from '../clock';
import { ProblemAlert, SelectField, TextField } from '../components/forms';
import { Loading, PageTitle } from '../components/layout';
import { CountdownText, ImpactBadge, StatusBadge, useSlaClock } from '../components/ticket-bits';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { useLoad } from '../use-load';
import { loadOrganizations, loadStaff } from './people';
import {
  type Filters,
  listQuery,
  savedFilters,
  saveFilters,
  takePrefetchedQueue,
} from './queue-query';

/** One ticket of the queue, its row edged in the countdown's colour (the text says it too). */
function QueueRow(props: {
  ticket: TicketSummary;
  now: number;
  organization: string;
  assignee: string;
}) {
  const { ticket } = props;
  const clock = useSlaClock(ticket, props.now);
  return (
    <tr className={`row-${clock.tone}`}>
      <td>
        <Link to={`/console/tickets/${ticket.id}`}>{ticket.number}</Link>
      </td>
      <td>{ticket.subject}</td>
      <td>{props.organization}</td>
      <td>
        <ImpactBadge impact={ticket.impact} />
      </td>
      <td>
        <StatusBadge status={ticket.status} resolution={ticket.resolution} />
      </td>
      <td>{props.assignee}</td>
      <td>
        <CountdownText clock={clock} />
      </td>
    </tr>
  );
}

export function QueuePage() {
  const { t } = useI18n();
  const [filters, setFilters] = useState<Filters>(savedFilters);
  const [search, setSearch] = useState(filters.q);
  const [organizations, setOrganizations] = useState<Organization[]>([]);
  const [staff, setStaff] = useState<User[]>([]);
  const [more, setMore] = useState<TicketSummary[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const now = useServerNow();

  useEffect(() => {
    loadOrganizations()
      .then(setOrganizations)
      .catch(() => {});
    loadStaff()
      .then(setStaff)
      .catch(() => {});
  }, []);

  const key = JSON.stringify(filters);
  const list = useLoad(async () => {
    const page = await (takePrefetchedQueue(filters) ??
      api<Page<TicketSummary>>('GET', `/tickets${listQuery(filters)}`));
    setMore([]);
    setCursor(page.nextCursor);
    return page.items;
  }, key);

  const change = (patch: Partial<Filters>) => {
    const next = { ...filters, ...patch };
    setFilters(next);
    saveFilters(next);
  };

  const [searchError, setSearchError] = useState<string | undefined>();
  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    // The server searches words and numbers; punctuation alone is said here, not sent.
    const words = search.trim() === '' || /[\p{L}\p{N}]/u.test(search);
    setSearchError(words ? undefined : t('queue.searchNoWords'));
    if (words) change({ q: search });
  };
  // A search the server refused is said beside the search box, which keeps the text.
  const refused = list.error;
  const searchRefusal =
    refused === undefined
      ? undefined
      : refused.code === 'INVALID_SEARCH_QUERY'
        ? refused.problem.detail
        : refused.fieldError('q');

  const loadMore = async () => {
    if (cursor === null) return;
    const page = await api<Page<TicketSummary>>('GET', `/tickets${listQuery(filters, cursor)}`);
    setMore((current) => [...current, ...page.items]);
    setCursor(page.nextCursor);
  };

  const orgName = (id: string) => organizations.find((o) => o.id === id)?.name ?? '…';
  const staffName = (id: string | null) =>
    id === null ? t('queue.unassigned') : (staff.find((u) => u.id === id)?.name ?? '…');
  const tickets = [...(list.data ?? []), ...more];

  return (
    <>
      <PageTitle>{t('queue.title')}</PageTitle>
      <search>
        <form className="search-row" onSubmit={submitSearch}>
          <TextField
            label={t('queue.search')}
            hint={t('queue.searchHint')}
            maxLength={200}
            error={searchError ?? searchRefusal}
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
          <button type="submit" className="button">
            {t('queue.searchButton')}
          </button>
          {filters.q ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                setSearch('');
                change({ q: '' });
              }}
            >
              {t('queue.clearSearch')}
            </button>
          ) : null}
        </form>
      </search>
      <div className="filters">
        <SelectField
          label={t('ticket.status')}
          value={filters.status}
          onChange={(e) => change({ status: e.target.value })}
        >
          <option value="open">{t('queue.allOpen')}</option>
          {TICKET_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
          <option value="all">{t('queue.any')}</option>
        </SelectField>
        <SelectField
          label={t('queue.organization')}
          value={filters.organizationId}
          onChange={(e) => change({ organizationId: e.target.value })}
        >
          <option value="">{t('queue.any')}</option>
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('queue.assignee')}
          value={filters.assignee}
          onChange={(e) => change({ assignee: e.target.value })}
        >
          <option value="">{t('queue.any')}</option>
          <option value="me">{t('queue.me')}</option>
          <option value="none">{t('queue.unassigned')}</option>
          {staff.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('ticket.impact')}
          value={filters.impact}
          onChange={(e) => change({ impact: e.target.value })}
        >
          <option value="">{t('queue.any')}</option>
          {IMPACTS.map((impact) => (
            <option key={impact} value={impact}>
              {t(`impact.${impact}.short`)}
            </option>
          ))}
        </SelectField>
        <label className="choice checkbox">
          <input
            type="checkbox"
            checked={filters.breached}
            onChange={(e) => change({ breached: e.target.checked })}
          />{' '}
          {t('queue.breachedOnly')}
        </label>
      </div>
      <p className="muted">{t(filters.q ? 'queue.searchOrder' : 'queue.deadlineOrder')}</p>
      <ProblemAlert error={searchRefusal === undefined ? list.error : undefined} />
      {list.loading && !list.data ? <Loading /> : null}
      {list.data && tickets.length === 0 ? <p>{t('queue.empty')}</p> : null}
      {tickets.length > 0 ? (
        <div className="table-scroll">
          <table className="tickets queue">
            <caption className="visually-hidden">{t('queue.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ticket.number')}</th>
                <th scope="col">{t('ticket.subject')}</th>
                <th scope="col">{t('queue.organization')}</th>
                <th scope="col">{t('ticket.impact')}</th>
                <th scope="col">{t('ticket.status')}</th>
                <th scope="col">{t('queue.assignee')}</th>
                <th scope="col">{t('ticket.due')}</th>
              </tr>
            </thead>
            <tbody>
              {tickets.map((ticket) => (
                <QueueRow
                  key={ticket.id}
                  ticket={ticket}
                  now={now}
                  organization={orgName(ticket.organizationId)}
                  assignee={staffName(ticket.assigneeId)}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {cursor !== null ? (
        <button type="button" className="button" onClick={() => void loadMore()}>
          {t('common.loadMore')}
        </button>
      ) : null}
      <p className="muted small">{t('queue.approximation')}</p>
    </>
  );
}
