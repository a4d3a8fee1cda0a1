/**
 * The checklist of SPEC §7 before the form, one question at a time: yes / no / not applicable
 * with an optional note; it will not move on without an answer.
 */

import { type FormEvent, useState } from 'react';
import { CHECKLIST_ITEMS, type ChecklistAnswer, type ChecklistItem } from '../api/types';
import { TextField } from '../components/forms';
import { PhoneNumbers } from '../components/phones';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import type { Draft } from './ticket-draft';

const ANSWERS: readonly ChecklistAnswer[] = ['yes', 'no', 'not_applicable'];

export function ChecklistStep(props: { draft: Draft; update: (change: Partial<Draft>) => void }) {
  const { t } = useI18n();
  const { draft, update } = props;
  const index = Math.min(draft.step, CHECKLIST_ITEMS.length - 1);
  const item = CHECKLIST_ITEMS[index] as ChecklistItem;
  const current = draft.answers[item];
  const [missing, setMissing] = useState(false);
  const setAnswer = (answer: ChecklistAnswer) => {
    setMissing(false);
    update({ answers: { ...draft.answers, [item]: { answer, note: current?.note ?? '' } } });
  };
  const setNote = (note: string) =>
    update({
      answers: { ...draft.answers, [item]: { answer: current?.answer ?? 'yes', note } },
    });
  const next = (event: FormEvent) => {
    event.preventDefault();
    if (current === undefined) {
      setMissing(true);
      return;
    }
    update({ step: draft.step + 1 });
  };
  return (
    <form onSubmit={next} noValidate className="card checklist">
      <h2>
        {t('checklist.title')}{' '}
        <span className="muted">
          {t('checklist.progress', { n: index + 1, total: CHECKLIST_ITEMS.length })}
        </span>
      </h2>
      <progress value={index + 1} max={CHECKLIST_ITEMS.length} aria-hidden="true" />
      <fieldset aria-describedby={missing ? 'checklist-missing' : undefined}>
        <legend>
          <strong>{t(`checklist.${item}.title`)}</strong>
          <br />
          {t(`checklist.${item}.question`)}
        </legend>
        {item === 'faq_visited' ? (
          <p>
            <Link to="/portal/faq" target="_blank" rel="noopener">
              {t('checklist.openFaq')}
            </Link>
          </p>
        ) : null}
        {item === 'contact_center' ? <PhoneNumbers nationalOnly /> : null}
        <div className="choices">
          {ANSWERS.map((answer) => (
            <label key={answer} className="choice">
              <input
                type="radio"
                name={`checklist-${item}`}
                value={answer}
                checked={current?.answer === answer}
                onChange={() => setAnswer(answer)}
              />{' '}
              {t(`answer.${answer}`)}
            </label>
          ))}
        </div>
        {missing ? (
          <p className="field-error" id="checklist-missing" role="alert">
            {t('checklist.chooseOne')}
          </p>
        ) : null}
      </fieldset>
      <TextField
        label={t('checklist.note')}
        value={current?.note ?? ''}
        maxLength={1000}
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="actions">
        {index > 0 ? (
          <button type="button" className="button" onClick={() => update({ step: index - 1 })}>
            {t('common.back')}
          </button>
        ) : null}
        <button type="submit" className="button primary">
          {index === CHECKLIST_ITEMS.length - 1 ? t('checklist.toForm') : t('common.next')}
        </button>
      </div>
    </form>
  );
}
