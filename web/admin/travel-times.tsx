/**
 * The on-site travel-time table by city (admins, SPEC §8): a visit's planned arrival comes from
 * it. The guide's own table was not preserved, so the shipped values are examples and are
 * marked so, row by row, until an admin saves the center's own table.
 */

import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, api } from '../api/client';
import { type FieldErrors, InvalidAlert, ProblemAlert } from '../components/forms';
import { Loading, PageTitle } from '../components/layout';
import { useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';
import { CellInput } from './cell-input';
import { type Keyed, keyed, rowErrorsOf, rowsValid } from './table-rows';

interface TravelTimeTable {
  example: boolean;
  note: string | null;
  noteEn: string | null;
  items: { city: string; minutes: number; hours: number; example: boolean; updatedAt: string }[];
}

interface Row {
  city: string;
  minutes: string;
  example: boolean;
}

/** 1–10,080 whole minutes (a week), as the server checks. */
const MAX_MINUTES = 7 * 24 * 60;

function rowsOf(table: TravelTimeTable): Keyed<Row>[] {
  return table.items.map((item) =>
    keyed({ city: item.city, minutes: String(item.minutes), example: item.example }),
  );
}

/** Accents and case aside, as the server compares cities. */
function cityKey(city: string): string {
  return city
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

export function TravelTimesAdmin() {
  const { t, language } = useI18n();
  const table = useLoad(() => api<TravelTimeTable>('GET', '/travel-times'), 'travel-times');
  const [rows, setRows] = useState<Keyed<Row>[] | null>(null);
  const [errors, setErrors] = useState<Map<number, FieldErrors>>(new Map());
  const [problem, setProblem] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (table.data && rows === null) setRows(rowsOf(table.data));
  }, [table.data, rows]);

  const change = (index: number, patch: Partial<Row>) => {
    setSaved(false);
    setRows((current) =>
      (current ?? []).map((row, i) => (i === index ? { ...row, ...patch } : row)),
    );
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const current = rows ?? [];
    const seen = new Set<string>();
    const local = new Map<number, FieldErrors>(
      current.map((row, index) => {
        const key = cityKey(row.city);
        const repeated = key !== '' && seen.has(key);
        seen.add(key);
        const minutes = Number(row.minutes);
        return [
          index,
          {
            city:
              key === ''
                ? t('form.requiredField')
                : repeated
                  ? t('adminTravel.repeated')
                  : undefined,
            minutes:
              /^\d+$/.test(row.minutes.trim()) && minutes >= 1 && minutes <= MAX_MINUTES
                ? undefined
                : t('admin.minutesRange'),
          },
        ];
      }),
    );
    setErrors(local);
    setProblem(undefined);
    setSaved(false);
    if (current.length === 0 || !rowsValid(local)) return;
    setBusy(true);
    try {
      const answer = await api<TravelTimeTable>('PUT', '/travel-times', {
        body: {
          entries: current.map((row) => ({ city: row.city.trim(), minutes: Number(row.minutes) })),
        },
      });
      table.setData(answer);
      setRows(rowsOf(answer));
      setSaved(true);
    } catch (error) {
      const byRow = rowErrorsOf(error);
      // The server names a repeated city, not its row: mark the rows of that city.
      if (error instanceof ApiError && error.code === 'TRAVEL_TIME_CITY_REPEATED') {
        current.forEach((row, index) => {
          const city = /«(.+)»|"(.+)"/.exec(error.problem.detail);
          const named = city?.[1] ?? city?.[2] ?? '';
          if (cityKey(row.city) === cityKey(named))
            byRow.set(index, { city: error.problem.detail });
        });
      }
      setErrors(byRow);
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  const note = language === 'en' ? table.data?.noteEn : table.data?.note;
  return (
    <>
      <PageTitle>{t('admin.travelTimes')}</PageTitle>
      <p>{t('adminTravel.intro')}</p>
      {note ? (
        <p className="alert alert-warning" role="note">
          {note}
        </p>
      ) : null}
      <ProblemAlert error={table.error} />
      {rows === null ? (
        <Loading />
      ) : (
        <form onSubmit={save} noValidate>
          <InvalidAlert show={!rowsValid(errors)} />
          <ProblemAlert error={problem} />
          {saved ? (
            <p className="alert alert-success" role="status">
              {t('admin.saved')}
            </p>
          ) : null}
          <div className="table-scroll">
            <table className="editable">
              <caption>{t('adminTravel.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('contact.city')}</th>
                  <th scope="col">{t('adminTravel.minutes')}</th>
                  <th scope="col">{t('adminTravel.source')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('admin.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => {
                  const name = row.city || String(index + 1);
                  const minutes = Number(row.minutes);
                  return (
                    <tr key={row.key}>
                      <td>
                        <CellInput
                          label={`${t('contact.city')}: ${name}`}
                          value={row.city}
                          maxLength={100}
                          onChange={(e) => change(index, { city: e.target.value, example: false })}
                          error={errors.get(index)?.city}
                        />
                      </td>
                      <td>
                        <CellInput
                          label={`${t('adminTravel.minutes')}: ${name}`}
                          inputMode="numeric"
                          value={row.minutes}
                          onChange={(e) =>
                            change(index, { minutes: e.target.value, example: false })
                          }
                          error={errors.get(index)?.minutes}
                        />
                        {Number.isFinite(minutes) && minutes > 0 ? (
                          <span className="muted small">
                            {' '}
                            {t('adminTravel.hours', {
                              hours: Math.round((minutes / 60) * 100) / 100,
                            })}
                          </span>
                        ) : null}
                      </td>
                      <td>
                        {row.example ? (
                          <span className="badge">{t('adminTravel.example')}</span>
                        ) : (
                          t('adminTravel.own')
                        )}
                      </td>
                      <td>
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => {
                            setSaved(false);
                            setErrors(new Map());
                            setRows(rows.filter((_, i) => i !== index));
                          }}
                        >
                          {t('admin.remove')} <span className="visually-hidden">{name}</span>
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p className="hint">{t('adminTravel.saveHint')}</p>
          <div className="actions">
            <button
              type="button"
              className="button"
              onClick={() => setRows([...rows, keyed({ city: '', minutes: '', example: false })])}
            >
              {t('adminTravel.add')}
            </button>
            <button type="submit" className="button primary" disabled={busy || rows.length === 0}>
              {busy ? t('reset.saving') : t('admin.save')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
