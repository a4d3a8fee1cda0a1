/**
 * A year's days without attention: Colombia's public holidays (computed by law, with their
 * names) and the closures admins add or remove (a new holiday, a company day off).
 */

import { type FormEvent, useState } from 'react';
import { api, query } from '../api/client';
import type { Page } from '../api/types';
import { serverNow } from '../clock';
import {
  type FieldErrors,
  isValid,
  ProblemAlert,
  serverFieldErrors,
  TextField,
} from '../components/forms';
import { Loading, PageTitle } from '../components/layout';
import { useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';

interface Day {
  date: string;
  name: string;
  nameEn: string;
  kind: 'holiday' | 'closure';
}

interface Closure {
  id: string;
  date: string;
  name: string;
}

export function ClosuresAdmin() {
  const { t, language } = useI18n();
  const [year, setYear] = useState(() => new Date(serverNow()).getUTCFullYear());
  const days = useLoad(async () => {
    const [all, closures] = await Promise.all([
      api<Page<Day>>('GET', `/calendar/holidays${query({ year: String(year) })}`),
      api<Page<Closure>>('GET', `/closures${query({ year: String(year) })}`),
    ]);
    return { days: all.items, closures: closures.items };
  }, String(year));
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<unknown>();

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const local = {
      date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? undefined : t('admin.dateFormat'),
      name: name.trim() === '' ? t('form.requiredField') : undefined,
    };
    setErrors(local);
    setProblem(undefined);
    if (!isValid(local)) return;
    try {
      await api('POST', '/closures', { body: { date, name: name.trim() } });
      setDate('');
      setName('');
      void days.reload();
    } catch (error) {
      setErrors(serverFieldErrors(error));
      setProblem(error);
    }
  };

  const remove = async (id: string) => {
    setProblem(undefined);
    try {
      await api('DELETE', `/closures/${id}`);
      void days.reload();
    } catch (error) {
      setProblem(error);
    }
  };

  return (
    <>
      <PageTitle>{t('admin.closures')}</PageTitle>
      <p>{t('admin.closuresIntro')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => setYear(year - 1)}>
          ← {year - 1}
        </button>
        <strong className="year">{year}</strong>
        <button type="button" className="button" onClick={() => setYear(year + 1)}>
          {year + 1} →
        </button>
      </div>
      <ProblemAlert error={days.error ?? problem} />
      {days.data ? (
        <table>
          <caption>{t('admin.daysCaption', { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.date')}</th>
              <th scope="col">{t('admin.name')}</th>
              <th scope="col">{t('admin.kind')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('admin.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {days.data.days.map((day) => {
              const closure = days.data?.closures.find(
                (c) => c.date === day.date && day.kind === 'closure',
              );
              return (
                <tr key={`${day.date}-${day.kind}`}>
                  <td>{day.date}</td>
                  <td>{language === 'en' ? day.nameEn : day.name}</td>
                  <td>{t(day.kind === 'holiday' ? 'admin.holiday' : 'admin.closure')}</td>
                  <td>
                    {closure ? (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => void remove(closure.id)}
                      >
                        {t('admin.remove')} <span className="visually-hidden">{day.name}</span>
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <Loading />
      )}
      <form className="card" onSubmit={add} noValidate>
        <h2>{t('admin.addClosure')}</h2>
        <TextField
          label={t('admin.date')}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          error={errors.date}
          required
        />
        <TextField
          label={t('admin.name')}
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
          error={errors.name}
          required
        />
        <button type="submit" className="button primary">
          {t('admin.addClosure')}
        </button>
      </form>
    </>
  );
}
