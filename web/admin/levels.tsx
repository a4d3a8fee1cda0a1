/** The impact-level table: first response and notification interval per level (admins). */

import { type FormEvent, useState } from 'react';
import { api } from '../api/client';
import type { Impact } from '../api/types';
import { type FieldErrors, ProblemAlert, serverFieldErrors, TextField } from '../components/forms';
import { Loading, PageTitle } from '../components/layout';
import { useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';

interface Level {
  impact: Impact;
  firstResponseMinutes: number;
  notificationIntervalMinutes: number;
  isDefault: boolean;
}

function LevelRow(props: { level: Level; onSaved: () => void }) {
  const { t } = useI18n();
  const [first, setFirst] = useState(String(props.level.firstResponseMinutes));
  const [interval, setInterval] = useState(String(props.level.notificationIntervalMinutes));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  const whole = (value: string) =>
    /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 10_080
      ? undefined
      : t('admin.minutesRange');
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const local = {
      firstResponseMinutes: whole(first),
      notificationIntervalMinutes: whole(interval),
    };
    setErrors(local);
    setProblem(undefined);
    setSaved(false);
    if (local.firstResponseMinutes || local.notificationIntervalMinutes) return;
    try {
      await api('PUT', `/levels/${props.level.impact}`, {
        body: {
          firstResponseMinutes: Number(first),
          notificationIntervalMinutes: Number(interval),
        },
      });
      setSaved(true);
      props.onSaved();
    } catch (error) {
      setErrors(serverFieldErrors(error));
      setProblem(error);
    }
  };
  return (
    <form className="card" onSubmit={save} noValidate>
      <h2>
        {t(`impact.${props.level.impact}.title`)}{' '}
        {props.level.isDefault ? <span className="muted small">({t('admin.default')})</span> : null}
      </h2>
      <ProblemAlert error={problem} />
      {saved ? (
        <p className="alert alert-success" role="status">
          {t('admin.saved')}
        </p>
      ) : null}
      <div className="filters">
        <TextField
          label={t('admin.firstResponseMinutes')}
          inputMode="numeric"
          value={first}
          onChange={(e) => setFirst(e.target.value)}
          error={errors.firstResponseMinutes}
          required
        />
        <TextField
          label={t('admin.notificationMinutes')}
          inputMode="numeric"
          value={interval}
          onChange={(e) => setInterval(e.target.value)}
          error={errors.notificationIntervalMinutes}
          required
        />
      </div>
      <button type="submit" className="button">
        {t('admin.save')}
      </button>
    </form>
  );
}

export function LevelsAdmin() {
  const { t } = useI18n();
  const levels = useLoad(() => api<{ items: Level[] }>('GET', '/levels'), 'levels');
  return (
    <>
      <PageTitle>{t('admin.levels')}</PageTitle>
      <p>{t('admin.levelsIntro')}</p>
      <ProblemAlert error={levels.error} />
      {levels.data ? null : <Loading />}
      {levels.data?.items.map((level) => (
        <LevelRow key={level.impact} level={level} onSaved={() => void levels.reload()} />
      ))}
    </>
  );
}
