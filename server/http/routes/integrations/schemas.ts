/**
 * Request and response schemas of POST /integrations/alerts. Two request formats share the
 * route, told apart by an `alerts` list (alert-payload.ts `isAlertmanagerPayload`); routes.ts
 * validates a body against the one it is, so errors name that format's fields.
 */

import { type Static, Type } from '@fastify/type-provider-typebox';
import {
  ALERT_SEVERITIES,
  ALERT_STATUSES,
  MAX_ALERTS_PER_REQUEST,
  MAX_SUMMARY_LENGTH,
  SEVERITY_IMPACT,
} from '../../../app/integrations/alert.js';
import { closedObject, nullable, stringEnum } from '../../schemas.js';

const severityTable = ALERT_SEVERITIES.map((s) => `${s} → ${SEVERITY_IMPACT[s]}`).join(', ');

const Status = stringEnum(ALERT_STATUSES, 'firing opens or feeds a ticket; resolved notes it.');
const Details = Type.String({ maxLength: 10_000 });
const Labels = Type.Record(Type.String(), Type.String({ maxLength: 1000 }), {
  maxProperties: 100,
});
const Annotations = Type.Record(Type.String(), Details, { maxProperties: 100 });

/** mesa's own format: one alert. Closed, like every body of ours: a misspelt field is a 400. */
export const GenericAlertBody = closedObject(
  {
    source: Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'The monitoring system, e.g. zabbix.',
    }),
    key: Type.String({
      minLength: 1,
      maxLength: 200,
      description: 'Identity of the problem: firings with one key feed one open ticket.',
    }),
    severity: Type.String({
      minLength: 1,
      maxLength: 40,
      description: `Any letter case; the impact it opens: ${severityTable}.`,
    }),
    summary: Type.String({
      minLength: 1,
      maxLength: MAX_SUMMARY_LENGTH,
      description: "The ticket's subject.",
    }),
    details: Type.Optional(Details),
    status: Status,
    organizationId: Type.Optional(
      Type.String({ maxLength: 64, description: 'Required with a staff token.' }),
    ),
    equipment: Type.Optional(
      Type.String({ minLength: 1, maxLength: 200, description: 'The equipment alerting.' }),
    ),
  },
  { description: 'A generic alert.' },
);

// Alertmanager's objects stay open: its releases add fields (truncatedAlerts came in 0.24),
// and refusing a newer Alertmanager's notifications would lose alerts. The fields read are
// checked as strictly as ours.
const AlertmanagerAlert = Type.Object({
  status: Status,
  labels: Labels,
  annotations: Type.Optional(Annotations),
  startsAt: Type.Optional(Type.String({ maxLength: 64 })),
  endsAt: Type.Optional(Type.String({ maxLength: 64 })),
  generatorURL: Type.Optional(Type.String({ maxLength: 2000 })),
  fingerprint: Type.Optional(Type.String({ maxLength: 200 })),
});

/** Prometheus Alertmanager's webhook notification (version 4). */
export const AlertmanagerBody = Type.Object(
  {
    version: Type.Optional(Type.String({ maxLength: 10 })),
    groupKey: Type.Optional(Type.String({ maxLength: 10_000 })),
    truncatedAlerts: Type.Optional(Type.Integer({ minimum: 0 })),
    status: Type.Optional(Status),
    receiver: Type.Optional(Type.String({ maxLength: 200 })),
    groupLabels: Type.Optional(Labels),
    commonLabels: Type.Optional(Labels),
    commonAnnotations: Type.Optional(Annotations),
    externalURL: Type.Optional(Type.String({ maxLength: 2000 })),
    alerts: Type.Array(AlertmanagerAlert, { minItems: 1, maxItems: MAX_ALERTS_PER_REQUEST }),
  },
  {
    description:
      'An Alertmanager webhook notification. Key: fingerprint (else a hash of the labels); ' +
      'summary: annotations.summary or labels.alertname; details: annotations.description; ' +
      'label severity (default warning); label organization (an organization id) with a ' +
      'staff token; label equipment.',
  },
);

export const AlertBody = Type.Union([GenericAlertBody, AlertmanagerBody]);
export type AlertBody = Static<typeof AlertBody>;

const AlertOutcome = closedObject({
  key: Type.String(),
  status: Status,
  organizationId: Type.String(),
  action: stringEnum(
    ['opened', 'added', 'resolved', 'ignored'] as const,
    'opened a ticket; added a note to the open one; resolved: noted the recovery; ignored: nothing to do.',
  ),
  ticketId: nullable(Type.String()),
  ticketNumber: nullable(Type.String({ examples: ['OG-2026-000123'] })),
});

export const AlertsReceived = closedObject({
  alerts: Type.Array(AlertOutcome, { description: 'One per alert, in the order received.' }),
});
