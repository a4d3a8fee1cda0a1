/**
 * The alert formats POST /integrations/alerts accepts, and their normalisation into
 * `NormalisedAlert`s. The HTTP schema has already checked shapes, types and lengths; this
 * checks what a schema cannot say (severity words in any letter case, blank text, a summary
 * from one of two places) and reports every problem of the payload at once, before anything
 * is written.
 */

import { createHash } from 'node:crypto';
import type { Language } from '../../domain/errors.js';
import { AppError } from '../app-errors.js';
import {
  ALERT_SEVERITIES,
  ALERTMANAGER_DEFAULT_SEVERITY,
  type AlertSeverity,
  type AlertStatus,
  impactOfSeverity,
  MAX_SUMMARY_LENGTH,
  type NormalisedAlert,
  parseSeverity,
} from './alert.js';

type Labels = Readonly<Record<string, string>>;

/** mesa's own format: one alert per request. */
export interface GenericAlertPayload {
  readonly source: string;
  readonly key: string;
  readonly severity: string;
  readonly summary: string;
  readonly details?: string;
  readonly status: AlertStatus;
  /** Required with a staff token: whose contract the alert is for. */
  readonly organizationId?: string;
  readonly equipment?: string;
}

/** One alert of an Alertmanager webhook notification (version 4). */
export interface AlertmanagerAlert {
  readonly status: AlertStatus;
  readonly labels: Labels;
  readonly annotations?: Labels;
  readonly startsAt?: string;
  readonly endsAt?: string;
  readonly generatorURL?: string;
  readonly fingerprint?: string;
}

/** Prometheus Alertmanager's webhook notification (version 4): one group of alerts. */
export interface AlertmanagerPayload {
  readonly version?: string;
  readonly groupKey?: string;
  readonly truncatedAlerts?: number;
  readonly status?: AlertStatus;
  readonly receiver?: string;
  readonly groupLabels?: Labels;
  readonly commonLabels?: Labels;
  readonly commonAnnotations?: Labels;
  readonly externalURL?: string;
  readonly alerts: readonly AlertmanagerAlert[];
}

export type AlertPayload = GenericAlertPayload | AlertmanagerPayload;

/** The Alertmanager labels mesa reads (`severity` is the Prometheus convention). */
export const ALERT_LABELS = {
  organization: 'organization',
  severity: 'severity',
  equipment: 'equipment',
} as const;

/** Alertmanager's payloads are the ones with an `alerts` list; anything else is generic. */
export function isAlertmanagerPayload(payload: unknown): payload is AlertmanagerPayload {
  return typeof payload === 'object' && payload !== null && Object.hasOwn(payload, 'alerts');
}

interface Problem {
  readonly field: string;
  readonly es: string;
  readonly en: string;
}

/**
 * The alerts of a payload, in order, or VALIDATION_FAILED listing every problem (in
 * `language`) when any alert is unusable: then nothing of the payload is processed.
 */
export function normaliseAlertPayload(
  payload: AlertPayload,
  language: Language,
): NormalisedAlert[] {
  const problems: Problem[] = [];
  const alerts = isAlertmanagerPayload(payload)
    ? payload.alerts.map((alert, index) => fromAlertmanager(payload, alert, index, problems))
    : [fromGeneric(payload, problems)];
  if (problems.length > 0) {
    throw new AppError('VALIDATION_FAILED', {
      detail: problems.map((p) => `${p.field}: ${p[language]}`).join('; '),
    });
  }
  return alerts;
}

/** A stable key for an alert without a fingerprint: the hash of its sorted labels. */
export function labelsFingerprint(labels: Labels): string {
  const sorted = Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex').slice(0, 16);
}

function fromGeneric(payload: GenericAlertPayload, problems: Problem[]): NormalisedAlert {
  const key = requireText(payload.key, 'key', problems);
  const source = requireText(payload.source, 'source', problems);
  const summary = requireText(payload.summary, 'summary', problems);
  const severity = severityOf(payload.severity, 'severity', problems);
  return {
    key,
    status: payload.status,
    severity,
    impact: impactOfSeverity(severity),
    source,
    summary,
    details: optionalText(payload.details),
    organizationId: payload.organizationId ?? null,
    equipment: optionalText(payload.equipment),
    startsAt: null,
    link: null,
    labels: {},
  };
}

function fromAlertmanager(
  payload: AlertmanagerPayload,
  alert: AlertmanagerAlert,
  index: number,
  problems: Problem[],
): NormalisedAlert {
  const at = `alerts.${index}`;
  // Alertmanager copies the group's common labels into every alert; reading both also accepts
  // senders that imitate the format and only set commonLabels.
  const labels: Labels = { ...payload.commonLabels, ...alert.labels };
  const annotations: Labels = { ...payload.commonAnnotations, ...alert.annotations };
  const severityLabel = labels[ALERT_LABELS.severity];
  const severity =
    severityLabel === undefined
      ? ALERTMANAGER_DEFAULT_SEVERITY
      : severityOf(severityLabel, `${at}.labels.${ALERT_LABELS.severity}`, problems);
  const summarySource = optionalText(annotations.summary) ?? optionalText(labels.alertname);
  if (summarySource === null) {
    problems.push({
      field: at,
      es: 'necesita annotations.summary o labels.alertname',
      en: 'needs annotations.summary or labels.alertname',
    });
  }
  return {
    key: optionalText(alert.fingerprint) ?? labelsFingerprint(labels),
    status: alert.status,
    severity,
    impact: impactOfSeverity(severity),
    source: 'alertmanager',
    summary: truncate(summarySource ?? '', MAX_SUMMARY_LENGTH),
    details: optionalText(annotations.description),
    organizationId: optionalText(labels[ALERT_LABELS.organization]),
    equipment: optionalText(labels[ALERT_LABELS.equipment]),
    startsAt: optionalText(alert.startsAt),
    link: optionalText(alert.generatorURL),
    labels,
  };
}

function severityOf(value: string, field: string, problems: Problem[]): AlertSeverity {
  const severity = parseSeverity(value);
  if (severity !== null) return severity;
  const allowed = ALERT_SEVERITIES.join(', ');
  problems.push({
    field,
    es: `severidad desconocida «${value}»; use una de: ${allowed}`,
    en: `unknown severity "${value}"; use one of: ${allowed}`,
  });
  return ALERTMANAGER_DEFAULT_SEVERITY;
}

function requireText(value: string, field: string, problems: Problem[]): string {
  const text = value.trim();
  if (text === '') problems.push({ field, es: 'no puede estar vacío', en: 'cannot be blank' });
  return text;
}

function optionalText(value: string | undefined): string | null {
  const text = value?.trim() ?? '';
  return text === '' ? null : text;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
