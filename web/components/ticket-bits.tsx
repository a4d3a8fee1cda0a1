/** Small pieces of a ticket shown everywhere: its state, impact and the live SLA countdown. */

import type { Impact, TicketStatus, TicketSummary } from '../api/types';
import { useI18n } from '../i18n/i18n';
import {
  businessMsBetween,
  isCountedTime,
  isKnownCalendar,
  observesHolidays,
  yearsBetween,
} from './business-time';
import { useOffDays } from './use-off-days';

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

/** The tone for `used` (0–1 of the deadline's time) or a passed deadline. */
function toneOf(used: number, passed: boolean): SlaTone {
  if (passed) return 'breach';
  return used >= 0.8 ? 'warn' : 'ok';
}

/**
 * How much of the time to `due` is used at `now`, from `start`, in clock time: the fallback
 * while a calendar's days off are loading (the instants are the server's, so "past due" is
 * exact either way).
 */
export function slaTone(start: string, due: string | null, now: number): SlaTone {
  if (due === null) return 'none';
  const dueMs = Date.parse(due);
  const startMs = Math.min(Date.parse(start), dueMs);
  const used = dueMs === startMs ? 1 : (now - startMs) / (dueMs - startMs);
  return toneOf(used, now >= dueMs);
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

/** A ticket's countdown at `now`. */
export interface SlaClock {
  readonly tone: SlaTone;
  readonly due: string | null;
  /** Time left (negative when overdue): counted time when `business`, else clock time. */
  readonly leftMs: number;
  readonly business: boolean;
  /** False while the calendar is closed (night, weekend, holiday): the countdown stands still. */
  readonly counting: boolean;
}

/**
 * The countdown of a ticket's current deadline in the business time of its calendar: time
 * left, and the 80 % mark, are counted minutes, so a 5x8 case due Monday 09:00 shows one
 * hour on Friday 17:00, not sixty-four.
 */
export function useSlaClock(ticket: TicketSummary, now: number): SlaClock {
  const { start, due } = currentDeadline(ticket);
  const calendar = ticket.sla.calendar;
  const dueMs = due === null ? now : Date.parse(due);
  const startMs = Math.min(Date.parse(start), dueMs);
  const years =
    due !== null && observesHolidays(calendar)
      ? yearsBetween(Math.min(startMs, now), Math.max(dueMs, now))
      : [];
  const offDays = useOffDays(years);
  if (due === null) return { tone: 'none', due, leftMs: 0, business: false, counting: false };
  const days = observesHolidays(calendar) ? offDays : new Set<string>();
  const total = days === null ? null : businessMsBetween(calendar, startMs, dueMs, days);
  const left = days === null ? null : businessMsBetween(calendar, now, dueMs, days);
  if (days === null || total === null || left === null || !isKnownCalendar(calendar)) {
    return {
      tone: slaTone(start, due, now),
      due,
      leftMs: dueMs - now,
      business: false,
      counting: true,
    };
  }
  const used = total === 0 ? 1 : (total - Math.max(left, 0)) / total;
  return {
    tone: toneOf(used, now >= dueMs),
    due,
    leftMs: left,
    business: true,
    counting: isCountedTime(calendar, now, days),
  };
}

/**
 * "vence en 1 h 05 min hábiles" / "vencido hace 3 min hábiles", coloured at 80 % and at
 * breach, and never by colour alone: a symbol (✖ rather than ⛔, which Debian's fonts lack)
 * and words say the same to screen readers.
 */
export function CountdownText(props: { clock: SlaClock }) {
  const { t, duration, dateTime } = useI18n();
  const { clock } = props;
  if (clock.due === null) return <span className="sla sla-none">—</span>;
  const time = duration(clock.leftMs);
  const text =
    clock.tone === 'breach'
      ? t(clock.business ? 'sla.overdueByBusiness' : 'sla.overdueBy', { time })
      : t(clock.business ? 'sla.dueInBusiness' : 'sla.dueIn', { time });
  return (
    <span className={`sla sla-${clock.tone}`} title={dateTime(clock.due)}>
      {clock.tone === 'breach' ? (
        <>
          <span aria-hidden="true">✖ </span>
          <span className="visually-hidden">{t('sla.toneBreach')} </span>
        </>
      ) : clock.tone === 'warn' ? (
        <>
          <span aria-hidden="true">⚠ </span>
          <span className="visually-hidden">{t('sla.toneWarn')} </span>
        </>
      ) : null}
      {text}
      {clock.counting ? null : <span className="sla-paused"> · {t('sla.paused')}</span>}
    </span>
  );
}

/** A ticket's live countdown (see useSlaClock). */
export function Countdown(props: { ticket: TicketSummary; now: number }) {
  return <CountdownText clock={useSlaClock(props.ticket, props.now)} />;
}
