/**
 * The tables as Kysely sees them. Instants are UTC epoch milliseconds (bigint columns read
 * back as numbers), civil dates are 'YYYY-MM-DD' text, booleans are 0/1 integers and lists
 * are JSON text: one representation that SQLite and PostgreSQL store alike.
 */

import type { Selectable } from 'kysely';

export interface OrganizationsTable {
  id: string;
  name: string;
  created_at: number;
  updated_at: number;
}

export interface ContractsTable {
  id: string;
  organization_id: string;
  modality: string;
  /** JSON array of services. */
  services: string;
  on_site: number;
  on_site_city: string | null;
  /** JSON array of covered platforms or equipment. */
  covered_platforms: string;
  valid_from: string;
  valid_to: string | null;
  created_at: number;
}

export interface UsersTable {
  id: string;
  /** Lower-cased; unique. */
  email: string;
  name: string;
  role: string;
  organization_id: string | null;
  password_hash: string | null;
  active: number;
  language: string;
  created_at: number;
  updated_at: number;
}

export interface SessionsTable {
  /** SHA-256 of the cookie value: a leaked table does not leak sessions. */
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: number;
  expires_at: number;
}

/** A password-reset link's token, as its SHA-256 (0008-password-reset). */
export interface PasswordResetTokensTable {
  token_hash: string;
  user_id: string;
  created_at: number;
  expires_at: number;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

export interface ImpactLevelsTable {
  impact: string;
  first_response_minutes: number;
  notification_interval_minutes: number;
  updated_at: number;
}

export interface ClosuresTable {
  id: string;
  date: string;
  name: string;
  created_by: string | null;
  created_at: number;
}

export interface TicketCountersTable {
  year: number;
  last_number: number;
}

export interface TicketsTable {
  id: string;
  /** year × 10,000,000 + number within the year: orders tickets and keys the search index. */
  seq: number;
  number: string;
  organization_id: string;
  contract_id: string;
  requester_id: string;
  assignee_id: string | null;
  subject: string;
  description: string;
  impact: string;
  channel: string;
  status: string;
  resolution: string | null;
  close_reason: string | null;
  close_cause: string | null;
  /** JSON of the checklist answers (SPEC §7), or null. */
  checklist: string | null;
  previous_ticket_id: string | null;
  reported_at: number;
  created_at: number;
  updated_at: number;
  closed_at: number | null;
  // lifecycle (what the SLA clock needs)
  first_responded_at: number | null;
  /** JSON array of {start,end} first-response pauses. */
  pauses: string;
  paused_since: number | null;
  last_agent_update_at: number | null;
  held_since: number | null;
  waiting_since: number | null;
  // stored SLA fields, recomputed by every use case
  calendar_id: string;
  clock_starts_at: number;
  first_response_due_at: number | null;
  first_response_minutes_left: number | null;
  next_update_due_at: number | null;
  warning_at: number | null;
  auto_close_at: number | null;
  first_response_breached: number;
  next_deadline_at: number | null;
  call_the_center: number;
  /** When 80 % of the first-response time is used (staff are warned). */
  first_response_near_at: number | null;
  /** The last automatic status update sent to the requester (SPEC §4). */
  automatic_update_at: number | null;
  /** JSON array of the keys of SLA events already recorded (sla_events holds them all). */
  sla_recorded: string;
  /** The scheduler's next look at the ticket: its earliest unrecorded SLA event. */
  sla_wake_at: number;
  /** Secret of the ticket's Reply-To address (reply-token.ts). */
  reply_token: string;
  version: number;
}

export interface MessagesTable {
  id: string;
  ticket_id: string;
  author_id: string | null;
  kind: string;
  body: string;
  /** 0 for internal notes: never shown to customers. */
  public: number;
  created_at: number;
}

export interface AttachmentsTable {
  id: string;
  ticket_id: string;
  message_id: string | null;
  uploaded_by: string;
  file_name: string;
  content_type: string;
  size: number;
  sha256: string;
  /** Path relative to the data folder. */
  storage_key: string;
  created_at: number;
}

export interface TicketHistoryTable {
  id: string;
  ticket_id: string;
  actor_id: string | null;
  action: string;
  /** JSON object of what changed. */
  changes: string;
  created_at: number;
}

export interface IdempotencyKeysTable {
  user_id: string;
  key: string;
  request_hash: string;
  ticket_id: string;
  created_at: number;
}

/** Tickets whose search document must be rebuilt (written in the ticket's transaction). */
export interface SearchQueueTable {
  ticket_id: string;
  queued_at: number;
}

export interface FaqArticlesTable {
  id: string;
  slug: string;
  title: string;
  body: string;
  /** JSON array of tags. */
  tags: string;
  language: string;
  created_at: number;
  updated_at: number;
  /** Set while an admin has retired the article (0009-faq-retirement): not on the portal. */
  retired_at: number | null;
}

export interface DirectoryEntriesTable {
  id: string;
  position: number;
  kind: string;
  label: string;
  label_en: string | null;
  phone: string;
}

/**
 * The full-text index (search-dialect.ts): an FTS5 table keyed by rowid on SQLite, a table of
 * tsvectors keyed by seq on PostgreSQL. Typed here only for joins; written with raw SQL.
 */
export interface TicketSearchTable {
  rowid: number;
  seq: number;
  organization_id: string;
}

/** Each SLA event of a ticket, recorded once before anything is sent (sla-events.ts). */
export interface SlaEventsTable {
  ticket_id: string;
  key: string;
  kind: string;
  due_at: number;
  recorded_at: number;
}

/**
 * The transactional outbox: each e-mail to send, written in the transaction of the change that
 * causes it and sent later by the dispatcher (jobs/mail-dispatcher.ts).
 */
export interface OutboxTable {
  id: string;
  /** Stable across retries, so a resend after a crash is recognisable as the same message. */
  message_id: string;
  kind: string;
  ticket_id: string | null;
  recipient_user_id: string | null;
  recipient_email: string;
  recipient_name: string;
  language: string;
  /** JSON of the template's payload (notifications/templates). */
  payload: string;
  /** 'pending' | 'sent' | 'failed' (permanent, shown to admins). */
  status: string;
  attempts: number;
  next_attempt_at: number;
  /** A dispatcher holds the row until then; after it (a crash), another may send it. */
  claimed_until: number | null;
  last_error: string | null;
  created_at: number;
  sent_at: number | null;
}

/**
 * One row: the generation of the SLA settings (bumped by every level or closure edit) and the
 * generation open tickets were last recomputed for. A gap means a recompute is owed, also
 * after a crash.
 */
export interface SlaPolicyStateTable {
  id: number;
  generation: number;
  recomputed_generation: number;
}

/** "This solved it" on a FAQ article: a case the FAQ answered (0005-portal). */
export interface FaqDeflectionsTable {
  id: string;
  article_id: string;
  user_id: string | null;
  organization_id: string | null;
  query: string | null;
  created_at: number;
}

/** On-site travel times by city, edited by admins (0004-onsite-maintenance, SPEC §8). */
export interface TravelTimesTable {
  id: string;
  city: string;
  /** matchKey(city): unique. */
  city_key: string;
  minutes: number;
  /** 1 while the value is a shipped example. */
  example: number;
  updated_by: string | null;
  updated_at: number;
}

/** On-site visits to a ticket's customer (0004-onsite-maintenance). */
export interface VisitsTable {
  id: string;
  ticket_id: string;
  organization_id: string;
  contract_id: string;
  technician_id: string;
  reason: string;
  city: string;
  travel_minutes: number;
  travel_time_example: number;
  status: string;
  scheduled_by: string | null;
  scheduled_at: number;
  planned_arrival_at: number;
  departed_at: number | null;
  arrived_at: number | null;
  completed_at: number | null;
  cancelled_at: number | null;
  outcome: string | null;
  cancel_reason: string | null;
  updated_at: number;
}

/** Maintenance windows of covered equipment (0004-onsite-maintenance). */
export interface MaintenanceWindowsTable {
  id: string;
  organization_id: string;
  contract_id: string;
  equipment: string;
  /** matchKey(equipment). */
  equipment_key: string;
  title: string;
  notes: string | null;
  starts_at: number;
  ends_at: number;
  status: string;
  requested_by: string | null;
  created_at: number;
  updated_at: number;
  cancelled_at: number | null;
  cancelled_by: string | null;
  cancel_reason: string | null;
  reminder_queued_at: number | null;
}

/** Monitoring alerts recorded on a maintenance window in force (0004-onsite-maintenance). */
export interface MaintenanceWindowAlertsTable {
  id: string;
  window_id: string;
  alert_key: string;
  source: string;
  equipment: string;
  summary: string;
  details: string | null;
  received_at: number;
}

/** A row per equipment that window writes bump, so they serialize (0004-onsite-maintenance). */
export interface MaintenanceEquipmentLocksTable {
  organization_id: string;
  equipment_key: string;
  writes: number;
}

/**
 * One row per monitoring alert key of an organization (0003-monitoring-alerts, SPEC §6): the
 * ticket it currently feeds and its counters. Also the lock that makes concurrent firings of a
 * new key open one ticket: `claim_id`/`claimed_until` while a ticket is being opened.
 */
export interface MonitoringAlertsTable {
  id: string;
  organization_id: string;
  key: string;
  /** 'alertmanager' or the generic payload's `source`. */
  source: string;
  /** 'firing' | 'resolved': the last state the monitoring system reported. */
  status: string;
  severity: string;
  summary: string;
  /** The equipment the alert names (maintenance windows, SPEC §8); null when it names none. */
  equipment: string | null;
  ticket_id: string | null;
  /** The ticket the key fed before the current one (closed when the key fired again). */
  previous_ticket_id: string | null;
  tickets_opened: number;
  /** Firings received since the current ticket was opened (1 at opening). */
  fire_count: number;
  total_fire_count: number;
  claim_id: string | null;
  claimed_until: number | null;
  first_seen_at: number;
  last_seen_at: number;
  last_fired_at: number | null;
  resolved_at: number | null;
}

/**
 * One received e-mail (0006-inbound-mail): what became of it, unique by (message_id, sender) so
 * a redelivery is filed once; the raw bytes in `<dataDir>/inbound/<raw_key>`.
 */
export interface InboundMessagesTable {
  id: string;
  message_id: string;
  /** The From address, lower-cased; '' when there is none. */
  sender: string;
  sender_name: string;
  /** MAIL FROM; null for the null reverse-path. */
  envelope_from: string | null;
  /** JSON array of RCPT TO addresses. */
  recipients: string;
  subject: string;
  received_at: number;
  /** 'received' while being filed; then the outcome (app/mail/inbound-mail.ts). */
  outcome: string;
  reason: string | null;
  ticket_id: string | null;
  /** JSON object. */
  details: string;
  raw_key: string;
  raw_size: number;
  claimed_until: number | null;
}

/** The satisfaction survey of a closed ticket, rated at most once (0007-satisfaction). */
export interface SatisfactionSurveysTable {
  ticket_id: string;
  organization_id: string;
  requester_id: string;
  /** SHA-256 of the e-mail link's secret. */
  token_hash: string;
  closed_at: number;
  /** 1–5; null until rated. */
  score: number | null;
  comment: string | null;
  rated_at: number | null;
  /** 'portal' | 'email'. */
  rated_via: string | null;
}

export interface Database {
  organizations: OrganizationsTable;
  contracts: ContractsTable;
  users: UsersTable;
  sessions: SessionsTable;
  password_reset_tokens: PasswordResetTokensTable;
  api_tokens: ApiTokensTable;
  impact_levels: ImpactLevelsTable;
  closures: ClosuresTable;
  ticket_counters: TicketCountersTable;
  tickets: TicketsTable;
  messages: MessagesTable;
  attachments: AttachmentsTable;
  ticket_history: TicketHistoryTable;
  idempotency_keys: IdempotencyKeysTable;
  search_queue: SearchQueueTable;
  ticket_search: TicketSearchTable;
  faq_articles: FaqArticlesTable;
  faq_deflections: FaqDeflectionsTable;
  directory_entries: DirectoryEntriesTable;
  sla_events: SlaEventsTable;
  outbox: OutboxTable;
  sla_policy_state: SlaPolicyStateTable;
  travel_times: TravelTimesTable;
  visits: VisitsTable;
  maintenance_windows: MaintenanceWindowsTable;
  maintenance_window_alerts: MaintenanceWindowAlertsTable;
  maintenance_equipment_locks: MaintenanceEquipmentLocksTable;
  inbound_messages: InboundMessagesTable;
  monitoring_alerts: MonitoringAlertsTable;
  satisfaction_surveys: SatisfactionSurveysTable;
}

export type TicketRow = Selectable<TicketsTable>;
export type UserRow = Selectable<UsersTable>;
export type ContractRow = Selectable<ContractsTable>;
export type OrganizationRow = Selectable<OrganizationsTable>;
export type MessageRow = Selectable<MessagesTable>;
export type OutboxRow = Selectable<OutboxTable>;
