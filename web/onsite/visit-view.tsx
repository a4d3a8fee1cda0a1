/**
 * An on-site visit as both the console and the portal show it: its state among the steps
 * scheduled → on the way → on site → done (in words, not only by style), the planned arrival in
 * Bogotá and when each step happened. Who goes is the caller's to name: the portal says
 * "Centro de Servicios", as it does for every staff member.
 */

import type { ReactNode } from 'react';
import type { Visit, VisitStatus } from '../api/onsite-types';
import { useI18n } from '../i18n/i18n';

const STEPS: readonly VisitStatus[] = ['scheduled', 'on_the_way', 'on_site', 'done'];

/** When each step was reached (scheduled: when it was planned). */
function reachedAt(visit: Visit, step: VisitStatus): string | null {
  if (step === 'scheduled') return visit.scheduledAt;
  if (step === 'on_the_way') return visit.departedAt;
  if (step === 'on_site') return visit.arrivedAt;
  if (step === 'done') return visit.completedAt;
  return visit.cancelledAt;
}

export function VisitStatusBadge(props: { status: VisitStatus }) {
  const { t } = useI18n();
  return <span className={`badge visit-${props.status}`}>{t(`visit.status.${props.status}`)}</span>;
}

/** The four steps, the current one marked for assistive technology too. */
function VisitSteps(props: { visit: Visit }) {
  const { t, dateTime } = useI18n();
  const { visit } = props;
  const current = STEPS.indexOf(visit.status);
  return (
    <ol className="visit-steps" aria-label={t('visit.steps')}>
      {STEPS.map((step, index) => {
        const at = reachedAt(visit, step);
        const done = visit.status !== 'cancelled' && index <= current;
        return (
          <li
            key={step}
            className={done ? 'visit-step-done' : undefined}
            aria-current={step === visit.status ? 'step' : undefined}
          >
            <span aria-hidden="true">{done ? '✓ ' : '○ '}</span>
            {t(`visit.status.${step}`)}
            {at !== null && done ? (
              <span className="muted small">
                {' '}
                · <time dateTime={at}>{dateTime(at)}</time>
              </span>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

export function VisitFacts(props: { visit: Visit; technician: string; children?: ReactNode }) {
  const { t, dateTime } = useI18n();
  const { visit } = props;
  return (
    <article className="visit" aria-label={t('visit.one', { number: visit.ticketNumber })}>
      <p>
        <VisitStatusBadge status={visit.status} />
      </p>
      <dl className="facts">
        <dt>{t('visit.plannedArrival')}</dt>
        <dd>
          <time dateTime={visit.plannedArrivalAt}>{dateTime(visit.plannedArrivalAt)}</time>
        </dd>
        <dt>{t('visit.technician')}</dt>
        <dd>{props.technician}</dd>
        <dt>{t('visit.city')}</dt>
        <dd>{visit.city}</dd>
        <dt>{t('visit.reason')}</dt>
        <dd className="entry-body">{visit.reason}</dd>
        {visit.outcome ? (
          <>
            <dt>{t('visit.outcome')}</dt>
            <dd className="entry-body">{visit.outcome}</dd>
          </>
        ) : null}
        {visit.cancelledAt ? (
          <>
            <dt>{t('visit.status.cancelled')}</dt>
            <dd>
              <time dateTime={visit.cancelledAt}>{dateTime(visit.cancelledAt)}</time>
              {visit.cancelReason ? ` — ${visit.cancelReason}` : ''}
            </dd>
          </>
        ) : null}
      </dl>
      {visit.status === 'cancelled' ? null : <VisitSteps visit={visit} />}
      {props.children}
    </article>
  );
}
