/**
 * The four report sections of the console's reports page: each a heading with its CSV
 * download, a bar chart, and the table of its figures.
 */

import type { ReactNode } from 'react';
import { isMessageKey, type MessageKey, useI18n } from '../../i18n/i18n';
import { BarChart } from './bar-chart';
import type {
  DeflectionReport,
  FirstResponseReport,
  ResolutionReport,
  SatisfactionReport,
} from './report-types';

function Section(props: {
  id: string;
  title: MessageKey;
  csvHref: string;
  empty: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section className="card report-section" aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>
        {t(props.title)}{' '}
        <a className="csv-link" href={props.csvHref} download>
          {t('reports.csv')}
          <span className="visually-hidden"> – {t(props.title)}</span>
        </a>
      </h2>
      {props.empty ? <p>{t('reports.empty')}</p> : props.children}
    </section>
  );
}

function Table(props: {
  caption: string;
  head: readonly string[];
  rows: readonly (readonly ReactNode[])[];
}) {
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            {props.head.map((cell) => (
              <th key={cell} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows of a report have no id of their own
            <tr key={i}>
              {row.map((cell, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells by column
                <td key={j}>{cell ?? '—'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function useLabels() {
  const { t, locale } = useI18n();
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return {
    t,
    num: (value: number | null) => (value === null ? '—' : number.format(value)),
    impact: (impact: string) => {
      const key = `impact.${impact}.short`;
      return isMessageKey(key) ? t(key) : impact;
    },
    resolution: (resolution: string) => {
      const key = `resolution.${resolution}`;
      return isMessageKey(key) ? t(key) : resolution;
    },
  };
}

export function FirstResponseSection(props: { report: FirstResponseReport; csvHref: string }) {
  const { t, num, impact } = useLabels();
  const rows = props.report.rows;
  return (
    <Section
      id="first-responses"
      title="reports.firstResponses"
      csvHref={props.csvHref}
      empty={rows.length === 0}
    >
      <BarChart
        title={t('reports.firstResponsesChart')}
        max={100}
        bars={rows.map((r) => ({
          // Month and impact first: a long organization name is what gets cut.
          label: `${r.month} · ${impact(r.impact)} · ${r.organizationName}`,
          value: r.percentOnTime,
          text: r.percentOnTime === null ? '—' : `${num(r.percentOnTime)} %`,
        }))}
      />
      <Table
        caption={t('reports.firstResponses')}
        head={[
          t('reports.organization'),
          t('reports.month'),
          t('reports.impact'),
          t('reports.tickets'),
          t('reports.onTime'),
          t('reports.breaches'),
          t('reports.pending'),
          t('reports.percentOnTime'),
          t('reports.median'),
          t('reports.p90'),
        ]}
        rows={rows.map((r) => [
          r.organizationName,
          r.month,
          impact(r.impact),
          r.tickets,
          r.onTime,
          r.breaches,
          r.pending,
          num(r.percentOnTime),
          num(r.medianMinutes),
          num(r.p90Minutes),
        ])}
      />
    </Section>
  );
}

export function ResolutionSection(props: { report: ResolutionReport; csvHref: string }) {
  const { t, resolution } = useLabels();
  const rows = props.report.rows;
  const max = Math.max(0, ...rows.map((r) => r.tickets));
  return (
    <Section
      id="resolutions"
      title="reports.resolutions"
      csvHref={props.csvHref}
      empty={rows.length === 0}
    >
      <BarChart
        title={t('reports.resolutionsChart')}
        max={max}
        bars={rows.map((r) => ({
          label: `${r.month} · ${resolution(r.resolution)} · ${r.organizationName}`,
          value: r.tickets,
          text: String(r.tickets),
        }))}
      />
      <Table
        caption={t('reports.resolutions')}
        head={[
          t('reports.organization'),
          t('reports.month'),
          t('reports.resolution'),
          t('reports.tickets'),
        ]}
        rows={rows.map((r) => [r.organizationName, r.month, resolution(r.resolution), r.tickets])}
      />
    </Section>
  );
}

export function DeflectionSection(props: { report: DeflectionReport; csvHref: string }) {
  const { t } = useLabels();
  const rows = props.report.rows;
  const max = Math.max(0, ...rows.map((r) => r.deflections));
  return (
    <Section
      id="deflections"
      title="reports.deflections"
      csvHref={props.csvHref}
      empty={rows.length === 0}
    >
      <BarChart
        title={t('reports.deflectionsChart')}
        max={max}
        bars={rows.map((r) => ({
          label: r.title,
          value: r.deflections,
          text: String(r.deflections),
        }))}
      />
      <Table
        caption={t('reports.deflections')}
        head={[t('reports.article'), t('reports.deflectionCount')]}
        rows={rows.map((r) => [r.title, r.deflections])}
      />
    </Section>
  );
}

export function SatisfactionSection(props: { report: SatisfactionReport; csvHref: string }) {
  const { t, num } = useLabels();
  const rows = props.report.rows;
  const name = (r: SatisfactionReport['rows'][number]) =>
    r.organizationId === null ? t('reports.total') : r.organizationName;
  return (
    <Section
      id="satisfaction"
      title="reports.satisfaction"
      csvHref={props.csvHref}
      empty={rows.every((r) => r.invited === 0)}
    >
      <BarChart
        title={t('reports.satisfactionChart')}
        max={5}
        bars={rows.map((r) => ({ label: name(r), value: r.average, text: num(r.average) }))}
      />
      <Table
        caption={t('reports.satisfaction')}
        head={[
          t('reports.organization'),
          t('reports.invited'),
          t('reports.rated'),
          t('reports.average'),
          t('reports.distribution'),
        ]}
        rows={rows.map((r) => [
          name(r),
          r.invited,
          r.rated,
          num(r.average),
          r.distribution.join(' · '),
        ])}
      />
    </Section>
  );
}
