/**
 * Schedule a maintenance window (SPEC §8): equipment the contract covers, start and end in
 * Bogotá time, what will be done. Checked before sending (everything filled, end after start)
 * and after: a window outside the contract's hours comes back with each part outside, said
 * beside the times in the user's language; other refusals go beside their field. What was typed
 * stays in place whatever the answer.
 */

import { type FormEvent, useEffect, useId, useState } from 'react';
import { ApiError, api } from '../api/client';
import type { MaintenanceWindow } from '../api/onsite-types';
import type { Organization, Page } from '../api/types';
import {
  type FieldErrors,
  InvalidAlert,
  isValid,
  ProblemAlert,
  SelectField,
  serverFieldErrors,
  TextArea,
  TextField,
} from '../components/forms';
import { useI18n } from '../i18n/i18n';
import { fromBogotaInput } from './bogota-input';
import { describeOutsidePart, outsideHoursOf } from './outside-hours';

/** Which field a refusal belongs beside (the times for every refusal about them). */
const FIELD_OF_CODE: Readonly<Record<string, string>> = {
  EQUIPMENT_NOT_COVERED: 'equipment',
  MAINTENANCE_WINDOW_IN_PAST: 'times',
  MAINTENANCE_WINDOW_TOO_LONG: 'times',
  MAINTENANCE_WINDOW_OVERLAP: 'times',
  INVALID_INTERVAL: 'times',
  CONTRACT_NOT_IN_FORCE: 'times',
};

interface ContractPlatforms {
  active: boolean;
  coveredPlatforms: string[];
}

/** The covered platforms of an organization's contract in force (staff pick the organization). */
async function platformsOf(organizationId: string): Promise<string[]> {
  const page = await api<Page<ContractPlatforms>>(
    'GET',
    `/organizations/${organizationId}/contracts?limit=100`,
  );
  return page.items.find((contract) => contract.active)?.coveredPlatforms ?? [];
}

export function WindowForm(props: {
  /** Staff choose the organization; a customer admin's is their own. */
  organizations: Organization[] | null;
  /** A customer admin's covered platforms (from the portal's contract). */
  platforms: string[];
  onScheduled: (window: MaintenanceWindow) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const timesId = useId();
  const [organizationId, setOrganizationId] = useState('');
  const [platforms, setPlatforms] = useState<string[]>(props.platforms);
  const [equipment, setEquipment] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [title, setTitle] = useState('');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [outside, setOutside] = useState<string[]>([]);
  const [problem, setProblem] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const staff = props.organizations !== null;

  useEffect(() => {
    if (!staff) return;
    setPlatforms([]);
    if (organizationId === '') return;
    platformsOf(organizationId)
      .then(setPlatforms)
      .catch(() => setPlatforms([]));
  }, [staff, organizationId]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const start = fromBogotaInput(startsAt);
    const end = fromBogotaInput(endsAt);
    const local: FieldErrors = {
      organizationId: staff && organizationId === '' ? t('form.requiredField') : undefined,
      equipment: equipment === '' ? t('form.requiredField') : undefined,
      startsAt: start === null ? t('window.timeRequired') : undefined,
      endsAt: end === null ? t('window.timeRequired') : undefined,
      times:
        start !== null && end !== null && Date.parse(end) <= Date.parse(start)
          ? t('window.endAfterStart')
          : undefined,
      title: title.trim() === '' ? t('form.requiredField') : undefined,
    };
    setErrors(local);
    setOutside([]);
    setProblem(undefined);
    if (!isValid(local)) return;
    setBusy(true);
    try {
      const window = await api<MaintenanceWindow>('POST', '/maintenance-windows', {
        body: {
          ...(staff ? { organizationId } : {}),
          equipment,
          title: title.trim(),
          ...(notes.trim() === '' ? {} : { notes: notes.trim() }),
          startsAt: start,
          endsAt: end,
        },
      });
      setTitle('');
      setNotes('');
      props.onScheduled(window);
    } catch (error) {
      const hours = outsideHoursOf(error);
      if (hours !== null) {
        setOutside(hours.outside.map((part) => describeOutsidePart(part, hours.modality, i18n)));
        return;
      }
      const fields: Record<string, string | undefined> = { ...serverFieldErrors(error) };
      const field = error instanceof ApiError ? FIELD_OF_CODE[error.code] : undefined;
      if (field !== undefined && error instanceof ApiError) fields[field] = error.problem.detail;
      setErrors(fields);
      setProblem(isValid(fields) ? error : undefined);
    } finally {
      setBusy(false);
    }
  };

  const timesError = errors.times ?? (outside.length > 0 ? 'outside' : undefined);
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="window-form-title">
      <h2 id="window-form-title">{t('window.formTitle')}</h2>
      <InvalidAlert show={!isValid(errors)} />
      <ProblemAlert error={problem} />
      {staff ? (
        <SelectField
          label={t('window.organization')}
          value={organizationId}
          onChange={(e) => setOrganizationId(e.target.value)}
          error={errors.organizationId}
          required
        >
          <option value="">{t('window.chooseOrganization')}</option>
          {(props.organizations ?? []).map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <SelectField
        label={t('window.equipment')}
        value={equipment}
        onChange={(e) => setEquipment(e.target.value)}
        error={errors.equipment}
        hint={t('window.equipmentHint')}
        required
      >
        <option value="">{t('window.chooseEquipment')}</option>
        {platforms.map((platform) => (
          <option key={platform} value={platform}>
            {platform}
          </option>
        ))}
      </SelectField>
      <fieldset
        className={`window-times${timesError ? ' field-invalid' : ''}`}
        aria-describedby={timesError ? `${timesId}-error` : `${timesId}-hint`}
      >
        <legend>{t('window.times')}</legend>
        <p className="hint" id={`${timesId}-hint`}>
          {t('window.timesHint')}
        </p>
        <TextField
          label={t('window.startsAt')}
          type="datetime-local"
          value={startsAt}
          onChange={(e) => setStartsAt(e.target.value)}
          error={errors.startsAt}
          aria-invalid={timesError ? true : undefined}
          required
        />
        <TextField
          label={t('window.endsAt')}
          type="datetime-local"
          value={endsAt}
          onChange={(e) => setEndsAt(e.target.value)}
          error={errors.endsAt}
          aria-invalid={timesError ? true : undefined}
          required
        />
        {timesError ? (
          <div className="field-error" id={`${timesId}-error`} role="alert">
            {outside.length > 0 ? (
              <>
                <p>{t('window.refusedOutside')}</p>
                <ul>
                  {outside.map((sentence) => (
                    <li key={sentence}>{sentence}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{errors.times}</p>
            )}
          </div>
        ) : null}
      </fieldset>
      <TextField
        label={t('window.title')}
        value={title}
        maxLength={200}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.title}
        required
      />
      <TextArea
        label={t('window.notes')}
        value={notes}
        rows={3}
        maxLength={4000}
        onChange={(e) => setNotes(e.target.value)}
        error={errors.notes}
      />
      <button type="submit" className="button primary" disabled={busy}>
        {t('window.submit')}
      </button>
    </form>
  );
}
