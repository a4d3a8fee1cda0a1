/**
 * The maintenance calendar as a month agenda in Bogotá time: each day with windows, and for
 * each its hours, equipment and work; a month at a time (a grid of 31 cells is unreadable on a
 * phone, an agenda reads the same everywhere). The whole calendar downloads as iCalendar
 * (.ics), which any calendar application imports.
 */

import { api, query } from '../api/client';
import type { MaintenanceWindow } from '../api/onsite-types';
import type { Page } from '../api/types';
import { ProblemAlert } from '../components/forms';
import { BOGOTA, useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';
import { bogotaDate, monthStart, shiftMonth, toBogotaInput } from './bogota-input';

function byDay(windows: readonly MaintenanceWindow[]): [string, MaintenanceWindow[]][] {
  const days = new Map<string, MaintenanceWindow[]>();
  for (const window of windows) {
    const day = bogotaDate(window.startsAt);
    days.set(day, [...(days.get(day) ?? []), window]);
  }
  return [...days.entries()];
}

export function WindowCalendar(props: {
  month: string;
  onMonth: (month: string) => void;
  /** Staff see every organization's windows, so each says whose it is. */
  showOrganization: boolean;
  version: number;
}) {
  const { t, locale } = useI18n();
  const windows = useLoad(
    () =>
      api<Page<MaintenanceWindow>>(
        'GET',
        `/maintenance-windows${query({
          from: monthStart(props.month),
          to: monthStart(shiftMonth(props.month, 1)),
          limit: '100',
        })}`,
      ),
    `${props.month}:${props.version}`,
  );
  const monthName = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${props.month}-15T12:00:00Z`));
  const dayName = new Intl.DateTimeFormat(locale, {
    timeZone: BOGOTA,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  });
  const clock = (iso: string) => toBogotaInput(iso).slice(11, 16);
  const span = (w: MaintenanceWindow) =>
    bogotaDate(w.startsAt) === bogotaDate(w.endsAt)
      ? `${clock(w.startsAt)}–${clock(w.endsAt)}`
      : `${clock(w.startsAt)} – ${dayName.format(new Date(w.endsAt))} ${clock(w.endsAt)}`;
  const items = windows.data?.items ?? [];

  return (
    <section aria-labelledby="calendar-title" className="window-calendar">
      <h2 id="calendar-title">{t('window.calendarTitle', { month: monthName })}</h2>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => props.onMonth(shiftMonth(props.month, -1))}
        >
          {t('window.previousMonth')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => props.onMonth(shiftMonth(props.month, 1))}
        >
          {t('window.nextMonth')}
        </button>
        <a className="button" href="/api/v1/maintenance-windows.ics" download="mantenimientos.ics">
          {t('window.downloadIcs')}
        </a>
      </div>
      <p className="hint">{t('window.icsHint')}</p>
      <ProblemAlert error={windows.error} />
      {windows.data && items.length === 0 ? <p>{t('window.none')}</p> : null}
      {byDay(items).map(([day, list]) => (
        <div key={day} className="window-day">
          <h3>
            <time dateTime={day}>{dayName.format(new Date(`${day}T12:00:00-05:00`))}</time>
          </h3>
          <ul className="window-list">
            {list.map((w) => (
              <li key={w.id} className={`window window-${w.status}`}>
                <p>
                  <strong>{span(w)}</strong> · {w.equipment}
                  {w.status === 'cancelled' ? (
                    <span className="badge badge-closed"> {t('window.cancelled')}</span>
                  ) : null}
                </p>
                <p className="entry-body">{w.title}</p>
                {props.showOrganization ? (
                  <p className="muted small">{w.organizationName}</p>
                ) : null}
                {w.requestedBy ? (
                  <p className="muted small">
                    {t('window.requestedBy', { name: w.requestedBy.name })}
                  </p>
                ) : null}
                {w.alertCount > 0 ? (
                  <p className="small">{t('window.alerts', { count: w.alertCount })}</p>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
