/**
 * A monitoring alert as mesa understands it, whatever system sent it (SPEC §6 "Monitoring",
 * service Monitoreo), and the table from the senders' severities to SPEC §4 impact levels.
 */

import type { Impact } from '../../domain/sla/contract-terms.js';

export const ALERT_STATUSES = ['firing', 'resolved'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** Alerts never open `change` tickets: a change is requested by people, not raised by probes. */
export type AlertImpact = Exclude<Impact, 'change'>;

/**
 * **Decision:** the severity words of the common monitoring systems (Prometheus rules use
 * critical/warning/info, paging tools page, ITSM tools high/medium/low or major/minor) and the
 * impact level each opens. Matched case-insensitively; anything else is refused with this list,
 * so a misconfigured sender is noticed at once instead of having its alerts silently
 * mis-prioritised.
 */
export const SEVERITY_IMPACT = {
  critical: 'high',
  page: 'high',
  high: 'high',
  warning: 'medium',
  major: 'medium',
  medium: 'medium',
  info: 'low',
  minor: 'low',
  low: 'low',
} as const satisfies Record<string, AlertImpact>;

export type AlertSeverity = keyof typeof SEVERITY_IMPACT;

/** Every accepted severity word, in the order of the table (for messages and docs). */
export const ALERT_SEVERITIES = Object.keys(SEVERITY_IMPACT) as AlertSeverity[];

/**
 * **Decision:** the severity an Alertmanager alert without a `severity` label gets. Such
 * alerts are common (severity is a convention, not part of the format), and refusing them
 * would lose the whole notification: Alertmanager does not retry a 4xx. Medium is the middle
 * level; an agent raises or lowers it when diagnosing.
 */
export const ALERTMANAGER_DEFAULT_SEVERITY: AlertSeverity = 'warning';

/** The most alerts one request may carry (Alertmanager's max_alerts can be set to it). */
export const MAX_ALERTS_PER_REQUEST = 100;

/** The longest ticket subject (the same limit as POST /tickets). */
export const MAX_SUMMARY_LENGTH = 200;

/** The canonical severity of a sender's word, or null when it is not in the table. */
export function parseSeverity(value: string): AlertSeverity | null {
  const word = value.trim().toLowerCase();
  return Object.hasOwn(SEVERITY_IMPACT, word) ? (word as AlertSeverity) : null;
}

/** The impact level an alert of this severity opens its ticket with. */
export function impactOfSeverity(severity: AlertSeverity): AlertImpact {
  return SEVERITY_IMPACT[severity];
}

/** One alert, normalised from any accepted format; validated, never trusted further. */
export interface NormalisedAlert {
  /** The sender's identity of the problem: repeated firings of one key feed one ticket. */
  readonly key: string;
  readonly status: AlertStatus;
  readonly severity: AlertSeverity;
  readonly impact: AlertImpact;
  /** `alertmanager`, or the generic payload's `source` (e.g. zabbix, uptime-kuma). */
  readonly source: string;
  /** One line: the ticket's subject. */
  readonly summary: string;
  readonly details: string | null;
  /** The organization the payload names (required of staff tokens), or null. */
  readonly organizationId: string | null;
  /**
   * The equipment the alert is about, as named by the sender (generic `equipment`, Alertmanager
   * label `equipment`). SPEC §8 (issue 5): alerts for equipment inside an active maintenance
   * window are recorded on the window instead of opening tickets; this is what it matches.
   */
  readonly equipment: string | null;
  /** When the sender says the problem started, as it wrote it (shown, never computed with). */
  readonly startsAt: string | null;
  /** A link back to the sender (Alertmanager's generatorURL). */
  readonly link: string | null;
  /** Alertmanager labels, shown on the ticket so agents see what matched. */
  readonly labels: Readonly<Record<string, string>>;
}
