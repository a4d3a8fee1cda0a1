/** A ticket's facts and deadlines, in Bogotá time. */

import type { TicketSummary } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { Countdown, ImpactBadge, StatusBadge } from './ticket-bits';

export function TicketFacts(props: {
  ticket: TicketSummary;
  now: number;
  extra?: React.ReactNode;
}) {
  const { t, dateTime } = useI18n();
  const { ticket } = props;
  const { sla } = ticket;
  const row = (label: string, value: string | null) =>
    value === null ? null : (
      <>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </>
    );
  return (
    <dl className="facts">
      <dt>{t('ticket.status')}</dt>
      <dd>
        <StatusBadge status={ticket.status} resolution={ticket.resolution} />
      </dd>
      <dt>{t('ticket.impact')}</dt>
      <dd>
        <ImpactBadge impact={ticket.impact} />
      </dd>
      {row(t('ticket.channel'), t(`channel.${ticket.channel}` as 'channel.web'))}
      {row(t('ticket.reportedAt'), dateTime(ticket.reportedAt))}
      {row(
        t('ticket.clockStartsAt'),
        sla.clockStartsAt === ticket.reportedAt ? null : dateTime(sla.clockStartsAt),
      )}
      {sla.firstRespondedAt
        ? row(t('ticket.firstRespondedAt'), dateTime(sla.firstRespondedAt))
        : row(
            t('ticket.firstResponseDueAt'),
            sla.firstResponseDueAt ? dateTime(sla.firstResponseDueAt) : null,
          )}
      {row(t('ticket.nextUpdateDueAt'), sla.nextUpdateDueAt ? dateTime(sla.nextUpdateDueAt) : null)}
      {row(t('ticket.warningAt'), sla.warningAt ? dateTime(sla.warningAt) : null)}
      {row(t('ticket.autoCloseAt'), sla.autoCloseAt ? dateTime(sla.autoCloseAt) : null)}
      {row(t('ticket.closedAt'), ticket.closedAt ? dateTime(ticket.closedAt) : null)}
      {ticket.status === 'closed' ? null : (
        <>
          <dt>{t('ticket.due')}</dt>
          <dd>
            <Countdown ticket={ticket} now={props.now} />
            {sla.breached ? <span className="badge badge-breach"> {t('sla.breached')}</span> : null}
          </dd>
        </>
      )}
      {props.extra}
    </dl>
  );
}
