/**
 * The on-site visits of a customer's ticket (SPEC §8): its state and planned arrival, so the
 * customer knows when someone comes. The technician is "Centro de Servicios", as the portal
 * names every staff member. Nothing is shown when the ticket never had a visit.
 */

import { api, query } from '../api/client';
import type { Visit } from '../api/onsite-types';
import type { Page } from '../api/types';
import { ProblemAlert } from '../components/forms';
import { useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';
import { VisitFacts } from './visit-view';

export function TicketVisits(props: { ticketId: string; version: string }) {
  const { t } = useI18n();
  const visits = useLoad(
    () => api<Page<Visit>>('GET', `/visits${query({ ticketId: props.ticketId, limit: '20' })}`),
    `${props.ticketId}:${props.version}`,
  );
  const list = visits.data?.items ?? [];
  if (list.length === 0 && visits.error === undefined) return null;
  return (
    <section className="card" aria-labelledby="visit-title">
      <h2 id="visit-title">{t('visit.title')}</h2>
      <ProblemAlert error={visits.error} />
      {list.map((visit) => (
        <VisitFacts key={visit.id} visit={visit} technician={t('ticket.center')} />
      ))}
    </section>
  );
}
