/**
 * The impact levels in the guide's words with their response times (`change` only when the
 * contract allows it), and the notice to call the center with its numbers.
 */

import type { Impact } from '../api/types';
import { PhoneNumbers } from '../components/phones';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session';

export function ImpactChoice(props: {
  value: Impact | '';
  onChange: (impact: Impact) => void;
  error: string | undefined;
  disabled: boolean;
}) {
  const { t, duration } = useI18n();
  const { attention } = useSession();
  const allowed = attention.contract?.impacts ?? ['high', 'medium', 'low'];
  return (
    <fieldset
      className={`impact-choice${props.error ? ' field-invalid' : ''}`}
      aria-describedby={props.error ? 'impact-error' : undefined}
      disabled={props.disabled}
    >
      <legend>
        {t('form.impact')}
        <span className="required" aria-hidden="true">
          {' '}
          *
        </span>
      </legend>
      {allowed.map((impact) => {
        const level = attention.levels[impact];
        return (
          <label key={impact} className="impact-option">
            <input
              type="radio"
              name="impact"
              value={impact}
              checked={props.value === impact}
              onChange={() => props.onChange(impact)}
            />
            <span>
              <strong>
                {t(`impact.${impact}.title`)} ({t('impact.firstResponse')}{' '}
                {duration(level.firstResponseMinutes * 60_000)})
              </strong>
              <br />
              {t(`impact.${impact}.description`)}{' '}
              <span className="muted">
                {t('impact.notifications', {
                  time: duration(level.notificationIntervalMinutes * 60_000),
                })}
              </span>
            </span>
          </label>
        );
      })}
      {props.error ? (
        <p className="field-error" id="impact-error">
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}

export function CallNotice(props: { message?: string }) {
  const { t } = useI18n();
  return (
    <div className="alert alert-call" role="alert">
      <p>
        <strong>{props.message ?? t('form.callNotice')}</strong>
      </p>
      <PhoneNumbers nationalOnly />
    </div>
  );
}
