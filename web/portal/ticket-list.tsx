/**
 * The customer's tickets with their state and due times. A customer sees the cases they
 * requested (`requester=me`, paged on the server); a customer admin can switch to the whole
 * organization's (the API lists them to every customer, SPEC §1).
 */

import { useState } from 'react';
import { api, query } from '../api/client';
import { OPEN_STATUSES, type Page, type TicketSummary } from '../api/types';
import { useServerNow } from '../clock';
import { SelectField } from '../components/forms';
import { Loading, PageTitle } from '../components/layout';
import { Countdown, ImpactBadge, StatusBadge } from '../components/ticket-bits';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { useSession } from '../session';
import { useLoad } from '../use-load';

type Scope = 'mine' | 'organization';
type Which = 'open' | 'closed' | 'all';

export function TicketListPage() {
  const { t, dateTime } = useI18n();
  const { user } = useSession();
  const isAdmin = user.role === 'customer_admin';
  const [scope, setScope] = useState<Scope>('mine');
  const [which, setWhich] = useState<Which>('open');
  const [more, setMore] = useState<TicketSummary[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const now = useServerNow();
  const statuses = which === 'open' ? OPEN_STATUSES : which === 'closed' ? ['closed'] : undefined;
  const requester = scope === 'mine' ? 'me' : undefined;
  const list = useLoad(async () => {
    const page = await api<Page<TicketSummary>>(
      'GET',
      `/tickets${query({ limit: '100', status: statuses, requester })}`,
    );
    setMore([]);
    setCursor(page.nextCursor);
    return page.items;
  }, `${which}:${scope}`);

  const loadMore = async () => {
    if (cursor === null) return;
    const page = await api<Page<TicketSummary>>(
      'GET',
      `/tickets${query({ limit: '100', status: statuses, requester, cursor })}`,
    );
    setMore((current) => [...current, ...page.items]);
    setCursor(page.nextCursor);
  };

  const tickets = [...(list.data ?? []), ...more];

  return (
    <>
      <PageTitle>{t(scope === 'organization' ? 'list.titleOrganization' : 'list.title')}</PageTitle>
      <div className="filters">
        {isAdmin ? (
          <SelectField
            label={t('list.scope')}
            value={scope}
            onChange={(event) => setScope(event.target.value as Scope)}
          >
            <option value="mine">{t('list.mine')}</option>
            <option value="organization">{t('list.organization')}</option>
          </SelectField>
        ) : null}
        <SelectField
          label={t('list.which')}
          value={which}
          onChange={(event) => setWhich(event.target.value as Which)}
        >
          <option value="open">{t('list.open')}</option>
          <option value="closed">{t('list.closed')}</option>
          <option value="all">{t('list.all')}</option>
        </SelectField>
      </div>
      {list.loading ? <Loading /> : null}
      {list.data && tickets.length === 0 ? <p>{t('list.empty')}</p> : null}
      {tickets.length > 0 ? (
        <div className="table-scroll">
          <table className="tickets">
            <caption className="visually-hidden">{t('list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ticket.number')}</th>
                <th scope="col">{t('ticket.subject')}</th>
                <th scope="col">{t('ticket.status')}</th>
                <th scope="col">{t('ticket.impact')}</th>
                <th scope="col">{t('ticket.reportedAt')}</th>
                <th scope="col">{t('ticket.due')}</th>
              </tr>
            </thead>
            <tbody>
              {tickets.map((ticket) => (
                <tr key={ticket.id}>
                  <td>
                    <Link to={`/portal/tickets/${ticket.id}`}>{ticket.number}</Link>
                  </td>
                  <td>{ticket.subject}</td>
                  <td>
                    <StatusBadge status={ticket.status} resolution={ticket.resolution} />
                  </td>
                  <td>
                    <ImpactBadge impact={ticket.impact} />
                  </td>
                  <td>{dateTime(ticket.reportedAt)}</td>
                  <td>
                    {ticket.sla.nextDeadlineAt ? dateTime(ticket.sla.nextDeadlineAt) : '—'}
                    <br />
                    <Countdown ticket={ticket} now={now} />
                  </td>
                </tr>
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
    </>
  );
}
