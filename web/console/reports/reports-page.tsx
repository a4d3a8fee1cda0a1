/**
 * /console/reports (supervisors and admins): the reports of issue 5 over months of Bogotá and
 * optionally one organization — first responses on time, closures by resolution, FAQ
 * deflections and satisfaction — each with a chart, its table and a CSV download.
 */

import { type FormEvent, useEffect, useState } from 'react';
import { api, query } from '../../api/client';
import type { Organization } from '../../api/types';
import { ProblemAlert, SelectField, TextField } from '../../components/forms';
import { Loading, PageTitle } from '../../components/layout';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import { useLoad } from '../../use-load';
import { loadOrganizations } from '../people';
import {
  DeflectionSection,
  FirstResponseSection,
  ResolutionSection,
  SatisfactionSection,
} from './report-sections';
import type {
  DeflectionReport,
  FirstResponseReport,
  ReportFilters,
  ResolutionReport,
  SatisfactionReport,
} from './report-types';
import './reports.css';

const EMPTY: ReportFilters = { from: '', to: '', organizationId: '' };
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Checked before asking (browsers without a month picker show a plain text box). */
function monthErrors(filters: ReportFilters): { from?: MessageKey; to?: MessageKey } {
  const bad = (value: string) => value !== '' && !MONTH.test(value);
  if (bad(filters.from) || bad(filters.to)) {
    return {
      ...(bad(filters.from) ? { from: 'reports.badMonth' as const } : {}),
      ...(bad(filters.to) ? { to: 'reports.badMonth' as const } : {}),
    };
  }
  if (filters.from !== '' && filters.to !== '' && filters.from > filters.to) {
    return { to: 'reports.toBeforeFrom' };
  }
  return {};
}

function searchOf(filters: ReportFilters, format?: 'csv'): string {
  return query({
    from: filters.from,
    to: filters.to,
    organizationId: filters.organizationId,
    format,
  });
}

export default function ReportsPage() {
  const { t, language } = useI18n();
  const [filters, setFilters] = useState<ReportFilters>(EMPTY);
  const [draft, setDraft] = useState<ReportFilters>(EMPTY);
  const [organizations, setOrganizations] = useState<Organization[]>([]);
  const [checked, setChecked] = useState(false);
  const errors = checked ? monthErrors(draft) : {};
  const search = searchOf(filters);
  const loaded = useLoad(async () => {
    const [firstResponses, resolutions, deflections, satisfaction] = await Promise.all([
      api<FirstResponseReport>('GET', `/reports/first-responses${search}`),
      api<ResolutionReport>('GET', `/reports/resolutions${search}`),
      api<DeflectionReport>('GET', `/reports/deflections${search}`),
      api<SatisfactionReport>('GET', `/reports/satisfaction${search}`),
    ]);
    return { firstResponses, resolutions, deflections, satisfaction };
  }, search);

  useEffect(() => {
    loadOrganizations()
      .then(setOrganizations)
      .catch(() => {});
  }, []);

  // The server chose the months when none were asked for: show them in the form.
  const period = loaded.data?.firstResponses;
  useEffect(() => {
    if (period)
      setDraft((d) =>
        d.from === '' && d.to === '' ? { ...d, from: period.from, to: period.to } : d,
      );
  }, [period]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(monthErrors(draft)).length === 0) setFilters(draft);
  };
  const csv = (report: string) => `/api/v1/reports/${report}${searchOf(filters, 'csv')}`;

  return (
    <>
      <PageTitle>{t('reports.title')}</PageTitle>
      <p>{t('reports.intro')}</p>
      <form className="card report-filters" onSubmit={apply} noValidate>
        <TextField
          label={t('reports.from')}
          type="month"
          placeholder={language === 'es' ? 'AAAA-MM' : 'YYYY-MM'}
          error={errors.from ? t(errors.from) : undefined}
          value={draft.from}
          onChange={(event) => setDraft({ ...draft, from: event.target.value })}
        />
        <TextField
          label={t('reports.to')}
          type="month"
          placeholder={language === 'es' ? 'AAAA-MM' : 'YYYY-MM'}
          error={errors.to ? t(errors.to) : undefined}
          value={draft.to}
          onChange={(event) => setDraft({ ...draft, to: event.target.value })}
        />
        <SelectField
          label={t('reports.organization')}
          value={draft.organizationId}
          onChange={(event) => setDraft({ ...draft, organizationId: event.target.value })}
        >
          <option value="">{t('reports.allOrganizations')}</option>
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <div className="actions">
          <button type="submit" className="button primary">
            {t('reports.apply')}
          </button>
        </div>
      </form>
      <ProblemAlert error={loaded.error} />
      {loaded.data ? (
        <>
          <FirstResponseSection
            report={loaded.data.firstResponses}
            csvHref={csv('first-responses')}
          />
          <ResolutionSection report={loaded.data.resolutions} csvHref={csv('resolutions')} />
          <DeflectionSection report={loaded.data.deflections} csvHref={csv('deflections')} />
          <SatisfactionSection report={loaded.data.satisfaction} csvHref={csv('satisfaction')} />
        </>
      ) : loaded.error ? null : (
        <Loading />
      )}
    </>
  );
}
