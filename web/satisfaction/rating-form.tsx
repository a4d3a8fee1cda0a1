/**
 * The 1–5 rating with an optional comment: five radio buttons in a fieldset (a keyboard moves
 * between them with the arrows, a screen reader reads "3 – Regular, 3 of 5"), the comment and
 * one button. The score can arrive pre-selected (the e-mail's one-click link); only the button
 * rates. What was typed stays when the server refuses.
 */

import { type FormEvent, useState } from 'react';
import { ProblemAlert, TextArea } from '../components/forms';
import { type MessageKey, useI18n } from '../i18n/i18n';
import { SCORES, type Score } from './satisfaction-types';

export function scoreLabelKey(score: number): MessageKey {
  return `satisfaction.score${Math.min(5, Math.max(1, score))}` as MessageKey;
}

export function RatingForm(props: {
  initialScore?: Score | null;
  onRate: (score: Score, comment: string) => Promise<void>;
}) {
  const { t } = useI18n();
  const [score, setScore] = useState<Score | null>(props.initialScore ?? null);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (score === null) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      await props.onRate(score, comment.trim());
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="rating-form" onSubmit={(event) => void submit(event)} noValidate>
      <ProblemAlert error={problem} />
      <fieldset
        className={missing && score === null ? 'field field-invalid' : 'field'}
        aria-describedby={missing && score === null ? 'rating-missing' : undefined}
      >
        <legend>{t('satisfaction.score')}</legend>
        <div className="rating-scores">
          {SCORES.map((value) => (
            <label key={value} className="rating-score">
              <input
                type="radio"
                name="score"
                value={value}
                checked={score === value}
                onChange={() => {
                  setScore(value);
                  setMissing(false);
                }}
              />{' '}
              <span>
                {value} – {t(scoreLabelKey(value))}
              </span>
            </label>
          ))}
        </div>
        {missing && score === null ? (
          <p className="field-error" id="rating-missing">
            {t('satisfaction.chooseScore')}
          </p>
        ) : null}
      </fieldset>
      <TextArea
        label={t('satisfaction.comment')}
        value={comment}
        rows={3}
        maxLength={2000}
        onChange={(event) => setComment(event.target.value)}
      />
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          {t('satisfaction.submit')}
        </button>
      </div>
    </form>
  );
}

/** A rating already given, in words. */
export function GivenRating(props: { view: { score: number | null; comment: string | null } }) {
  const { t } = useI18n();
  if (props.view.score === null) return null;
  const words = {
    score: props.view.score,
    label: t(scoreLabelKey(props.view.score)),
  };
  return (
    <div className="given-rating">
      <p>{t('satisfaction.givenOther', words)}</p>
      {props.view.comment ? (
        <p>
          <strong>{t('satisfaction.yourComment')}</strong> {props.view.comment}
        </p>
      ) : null}
    </div>
  );
}
