import { describe, expect, it } from 'vitest';
import { AppError } from '../app-errors.js';
import { ALERT_SEVERITIES, impactOfSeverity, parseSeverity } from './alert.js';
import {
  type AlertmanagerPayload,
  type GenericAlertPayload,
  labelsFingerprint,
  normaliseAlertPayload,
} from './alert-payload.js';

const generic: GenericAlertPayload = {
  source: 'zabbix',
  key: 'srv-01/disk',
  severity: 'Critical',
  summary: 'Disco lleno en srv-01',
  details: '/var al 98 %',
  status: 'firing',
};

function alertmanager(overrides: Partial<AlertmanagerPayload> = {}): AlertmanagerPayload {
  return {
    version: '4',
    status: 'firing',
    receiver: 'mesa',
    groupKey: '{}:{alertname="HostDown"}',
    commonLabels: { alertname: 'HostDown' },
    commonAnnotations: {},
    alerts: [
      {
        status: 'firing',
        labels: { alertname: 'HostDown', instance: 'srv-01:9100', severity: 'warning' },
        annotations: { summary: 'srv-01 no responde', description: 'Sin respuesta a ping' },
        startsAt: '2026-03-16T14:58:00Z',
        fingerprint: 'a1b2c3d4e5f60718',
        generatorURL: 'http://prometheus/graph',
      },
      {
        status: 'resolved',
        labels: { alertname: 'HostDown', instance: 'srv-02:9100' },
      },
    ],
    ...overrides,
  };
}

/** The detail of the VALIDATION_FAILED that `run` throws. */
function validationDetail(run: () => unknown, language: 'es' | 'en' = 'en'): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('VALIDATION_FAILED');
    return (error as AppError).messageIn(language);
  }
  throw new Error('expected VALIDATION_FAILED');
}

describe('the severity table', () => {
  it.each([
    ['critical', 'high'],
    ['PAGE', 'high'],
    [' High ', 'high'],
    ['warning', 'medium'],
    ['Major', 'medium'],
    ['medium', 'medium'],
    ['info', 'low'],
    ['minor', 'low'],
    ['LOW', 'low'],
  ])('maps %j to %s impact', (word, impact) => {
    const severity = parseSeverity(word);
    expect(severity).not.toBeNull();
    expect(impactOfSeverity(severity ?? 'info')).toBe(impact);
  });

  it('knows no other words, and never the change level', () => {
    for (const word of ['error', 'disaster', 'change', 'toString', '__proto__', '']) {
      expect(parseSeverity(word), word).toBeNull();
    }
    expect(ALERT_SEVERITIES.map(impactOfSeverity)).not.toContain('change');
  });
});

describe('normaliseAlertPayload', () => {
  it('reads a generic alert', () => {
    expect(normaliseAlertPayload({ ...generic, equipment: ' Servidores Linux ' }, 'es')).toEqual([
      {
        key: 'srv-01/disk',
        status: 'firing',
        severity: 'critical',
        impact: 'high',
        source: 'zabbix',
        summary: 'Disco lleno en srv-01',
        details: '/var al 98 %',
        organizationId: null,
        equipment: 'Servidores Linux',
        startsAt: null,
        link: null,
        labels: {},
      },
    ]);
  });

  it('reads every alert of an Alertmanager notification, in order', () => {
    const [first, second] = normaliseAlertPayload(
      alertmanager({ commonLabels: { alertname: 'HostDown', organization: 'org-1' } }),
      'es',
    );
    expect(first).toMatchObject({
      key: 'a1b2c3d4e5f60718',
      status: 'firing',
      severity: 'warning',
      impact: 'medium',
      source: 'alertmanager',
      summary: 'srv-01 no responde',
      details: 'Sin respuesta a ping',
      organizationId: 'org-1',
      startsAt: '2026-03-16T14:58:00Z',
      link: 'http://prometheus/graph',
    });
    // No fingerprint: a hash of the labels; no summary annotation: the alert's name; no
    // severity label: warning.
    expect(second).toMatchObject({
      key: labelsFingerprint({
        alertname: 'HostDown',
        instance: 'srv-02:9100',
        organization: 'org-1',
      }),
      status: 'resolved',
      severity: 'warning',
      summary: 'HostDown',
      details: null,
    });
  });

  it('hashes labels independently of their order', () => {
    expect(labelsFingerprint({ a: '1', b: '2' })).toBe(labelsFingerprint({ b: '2', a: '1' }));
    expect(labelsFingerprint({ a: '1', b: '2' })).not.toBe(labelsFingerprint({ a: '1', b: '3' }));
    expect(labelsFingerprint({ a: '1' })).toMatch(/^[0-9a-f]{16}$/);
  });

  it('shortens a long Alertmanager summary to a ticket subject', () => {
    const [alert] = normaliseAlertPayload(
      alertmanager({
        alerts: [
          {
            status: 'firing',
            labels: { alertname: 'X' },
            annotations: { summary: 'a'.repeat(300) },
          },
        ],
      }),
      'es',
    );
    expect(alert?.summary).toHaveLength(200);
    expect(alert?.summary.endsWith('…')).toBe(true);
  });

  it('refuses an unknown severity, listing the accepted words', () => {
    const detail = validationDetail(() =>
      normaliseAlertPayload({ ...generic, severity: 'disaster' }, 'en'),
    );
    expect(detail).toContain('severity: unknown severity "disaster"');
    expect(detail).toContain('critical, page, high, warning, major, medium, info, minor, low');
    const es = validationDetail(
      () => normaliseAlertPayload({ ...generic, severity: 'disaster' }, 'es'),
      'es',
    );
    expect(es).toContain('severidad desconocida «disaster»');
  });

  it('lists every problem of a notification at once', () => {
    const detail = validationDetail(() =>
      normaliseAlertPayload(
        alertmanager({
          commonLabels: {},
          alerts: [
            { status: 'firing', labels: { alertname: 'A', severity: 'error' } },
            { status: 'firing', labels: { job: 'node' } },
          ],
        }),
        'en',
      ),
    );
    expect(detail).toContain('alerts.0.labels.severity: unknown severity "error"');
    expect(detail).toContain('alerts.1: needs annotations.summary or labels.alertname');
  });

  it('refuses blank text in the generic format', () => {
    const detail = validationDetail(() =>
      normaliseAlertPayload({ ...generic, key: '   ', summary: ' ' }, 'en'),
    );
    expect(detail).toContain('key: cannot be blank');
    expect(detail).toContain('summary: cannot be blank');
  });
});
