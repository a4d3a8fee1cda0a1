/** Customer organizations and their service contracts (SPEC §2). */

import { type FormEvent, useState } from 'react';
import { api, query } from '../api/client';
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
import { Loading, PageTitle } from '../components/layout';
import { forgetOrganizations } from '../console/people';
import { useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';

interface ContractView {
  id: string;
  modality: string;
  services: string[];
  onSite: { city: string } | null;
  coveredPlatforms: string[];
  validFrom: string;
  validTo: string | null;
  active: boolean;
}

const SERVICES = ['support', 'administration', 'monitoring', 'managed'] as const;

function NewContract(props: { organizationId: string; onCreated: () => void }) {
  const { t } = useI18n();
  const [modality, setModality] = useState('5x8');
  const [services, setServices] = useState<string[]>(['support']);
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');
  const [city, setCity] = useState('');
  const [platforms, setPlatforms] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<unknown>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const date = /^\d{4}-\d{2}-\d{2}$/;
    const local: FieldErrors = {
      validFrom: date.test(validFrom) ? undefined : t('admin.dateFormat'),
      validTo: validTo === '' || date.test(validTo) ? undefined : t('admin.dateFormat'),
      services: services.length === 0 ? t('admin.chooseService') : undefined,
    };
    setErrors(local);
    setProblem(undefined);
    if (!isValid(local)) return;
    try {
      await api('POST', `/organizations/${props.organizationId}/contracts`, {
        body: {
          modality,
          services,
          validFrom,
          validTo: validTo === '' ? null : validTo,
          onSite: city.trim() === '' ? null : { city: city.trim() },
          coveredPlatforms: platforms
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean),
        },
      });
      props.onCreated();
    } catch (error) {
      setErrors(serverFieldErrors(error));
      setProblem(error);
    }
  };
  return (
    <form className="card" onSubmit={submit} noValidate>
      <h3>{t('admin.newContract')}</h3>
      <InvalidAlert show={!isValid(errors)} />
      <ProblemAlert error={problem} />
      <div className="filters">
        <SelectField
          label={t('contact.modality')}
          value={modality}
          onChange={(e) => setModality(e.target.value)}
        >
          <option value="5x8">5x8</option>
          <option value="6x8">6x8</option>
          <option value="7x24">7x24</option>
        </SelectField>
        <TextField
          label={t('admin.validFrom')}
          type="date"
          value={validFrom}
          onChange={(e) => setValidFrom(e.target.value)}
          error={errors.validFrom}
          required
        />
        <TextField
          label={t('admin.validTo')}
          type="date"
          value={validTo}
          onChange={(e) => setValidTo(e.target.value)}
          error={errors.validTo}
        />
        <TextField
          label={t('admin.onSiteCity')}
          hint={t('admin.onSiteHint')}
          value={city}
          onChange={(e) => setCity(e.target.value)}
        />
      </div>
      <fieldset aria-describedby={errors.services ? 'services-error' : undefined}>
        <legend>{t('home.services')}</legend>
        {SERVICES.map((service) => (
          <label key={service} className="choice">
            <input
              type="checkbox"
              checked={services.includes(service)}
              onChange={(e) =>
                setServices(
                  e.target.checked ? [...services, service] : services.filter((s) => s !== service),
                )
              }
            />{' '}
            {t(`service.${service}`)}
          </label>
        ))}
        {errors.services ? (
          <p className="field-error" id="services-error">
            {errors.services}
          </p>
        ) : null}
      </fieldset>
      <TextArea
        label={t('admin.platforms')}
        hint={t('admin.platformsHint')}
        rows={3}
        value={platforms}
        onChange={(e) => setPlatforms(e.target.value)}
      />
      <button type="submit" className="button primary">
        {t('admin.addContract')}
      </button>
    </form>
  );
}

function Contracts(props: { organization: Organization }) {
  const { t } = useI18n();
  const contracts = useLoad(
    () => api<Page<ContractView>>('GET', `/organizations/${props.organization.id}/contracts`),
    props.organization.id,
  );
  return (
    <section aria-labelledby="contracts-title">
      <h2 id="contracts-title">{t('admin.contractsOf', { name: props.organization.name })}</h2>
      <ProblemAlert error={contracts.error} />
      {contracts.data ? (
        contracts.data.items.length === 0 ? (
          <p>{t('admin.noContracts')}</p>
        ) : (
          <ul>
            {contracts.data.items.map((c) => (
              <li key={c.id}>
                <strong>{c.modality}</strong> ·{' '}
                {c.services.map((s) => t(`service.${s}` as 'service.support')).join(', ')} ·{' '}
                {c.validFrom} – {c.validTo ?? '…'}
                {c.onSite ? ` · ${t('home.onSite')}: ${c.onSite.city}` : ''}{' '}
                {c.active ? <span className="badge badge-new">{t('admin.inForce')}</span> : null}
                {c.coveredPlatforms.length > 0 ? (
                  <p className="muted small">{c.coveredPlatforms.join(' · ')}</p>
                ) : null}
              </li>
            ))}
          </ul>
        )
      ) : (
        <Loading />
      )}
      <NewContract
        organizationId={props.organization.id}
        onCreated={() => void contracts.reload()}
      />
    </section>
  );
}

export function OrganizationsAdmin() {
  const { t } = useI18n();
  const organizations = useLoad(
    () => api<Page<Organization>>('GET', `/organizations${query({ limit: '100' })}`),
    'organizations',
  );
  const [selected, setSelected] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<unknown>();
  const create = async (event: FormEvent) => {
    event.preventDefault();
    const local = { name: name.trim() === '' ? t('form.requiredField') : undefined };
    setErrors(local);
    setProblem(undefined);
    if (!isValid(local)) return;
    try {
      const created = await api<Organization>('POST', '/organizations', {
        body: { name: name.trim() },
      });
      setName('');
      forgetOrganizations();
      await organizations.reload();
      setSelected(created.id);
    } catch (error) {
      setErrors(serverFieldErrors(error));
      setProblem(error);
    }
  };
  const organization = organizations.data?.items.find((o) => o.id === selected);
  return (
    <>
      <PageTitle>{t('admin.organizations')}</PageTitle>
      <ProblemAlert error={organizations.error} />
      <form className="card" onSubmit={create} noValidate>
        <ProblemAlert error={problem} />
        <TextField
          label={t('admin.newOrganization')}
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
          error={errors.name}
          required
        />
        <button type="submit" className="button">
          {t('admin.create')}
        </button>
      </form>
      <SelectField
        label={t('admin.chooseOrganization')}
        value={selected}
        onChange={(e) => setSelected(e.target.value)}
      >
        <option value="">{t('phone.choose')}</option>
        {(organizations.data?.items ?? []).map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </SelectField>
      {organization ? <Contracts key={organization.id} organization={organization} /> : null}
    </>
  );
}
