/** Small pieces of a ticket shown everywhere: its state, impact and the live SLA countdown. */

import type { Impact, TicketStatus, TicketSummary } from '../api/types';
import { useI18n } from '../i18n/i18n';

export function StatusBadge(props: { status: TicketStatus; resolution?: string | null }) {
  const { t } = useI18n();
  const resolution =
    props.status === 'closed' && props.resolution
      ? ` · ${t(`resolution.${props.resolution}` as 'resolution.accepted')}`
      : '';
  return (
    <span className={`badge badge-${props.status}`}>
      {t(`status.${props.status}`)}
      {resolution}
    </span>
  );
}

export function ImpactBadge(props: { impact: Impact }) {
  const { t } = useI18n();
  return (
    <span className={`badge impact-${props.impact}`}>{t(`impact.${props.impact}.short`)}</span>
  );
}

/** The SLA state of a deadline now: fine, 80 % of its time used, or past due. */
export type SlaTone = 'ok' | 'warn' | 'breach' | 'none';

/**
 * How much of the time to `due` is used at `now`, from `start`. **Approximation:** the share
 * is of wall-clock time between the two instants; the instants themselves are the server's,
 * computed in business time, so "past due" is exact and the 80 % mark is close while hours run
 * continuously (it comes early across nights and weekends).
 */
export function slaTone(start: string, due: string | null, now: number): SlaTone {
  if (due === null) return 'none';
  const dueMs = Date.parse(due);
  if (now >= dueMs) return 'breach';
  const startMs = Math.min(Date.parse(start), dueMs);
  const used = dueMs === startMs ? 1 : (now - startMs) / (dueMs - startMs);
  return used >= 0.8 ? 'warn' : 'ok';
}

/** The deadline a ticket is racing now, and from when it counts. */
export function currentDeadline(ticket: TicketSummary): { start: string; due: string | null } {
  const { sla } = ticket;
  if (ticket.status === 'closed') return { start: ticket.updatedAt, due: null };
  if (sla.firstRespondedAt === null && sla.firstResponseDueAt !== null) {
    return { start: sla.clockStartsAt, due: sla.nextDeadlineAt ?? sla.firstResponseDueAt };
  }
  return { start: ticket.updatedAt, due: sla.nextDeadlineAt };
}

/** "due in 1 h 05 min" / "overdue by 3 min", coloured at 80 % and at breach (not by colour alone). */
export function Countdown(props: { ticket: TicketSummary; now: number }) {
  const { t, duration, dateTime } = useI18n();
  const { start, due } = currentDeadline(props.ticket);
  if (due === null) return <span className="sla sla-none">—</span>;
  const tone = slaTone(start, due, props.now);
  const left = Date.parse(due) - props.now;
  const text =
    tone === 'breach'
      ? t('sla.overdueBy', { time: duration(left) })
      : t('sla.dueIn', { time: duration(left) });
  return (
    <span className={`sla sla-${tone}`} title={dateTime(due)}>
      {tone === 'breach' ? '⛔ ' : tone === 'warn' ? '⚠ ' : ''}
      {text}
    </span>
  );
}
