/**
 * Every e-mail mesa sends, one kind per event (issue 4: ticket events and SLA alerts; issue 5:
 * satisfaction, password reset, maintenance reminder). The outbox stores the kind with its
 * payload; the template of the kind renders it at send time.
 */

export const NOTIFICATION_KINDS = [
  /** To the requester: the ticket was registered, with its first-response deadline. */
  'ticket_registered',
  /** To the agents of the queue: a new ticket arrived. */
  'ticket_registered_staff',
  /** To the requester: the center's diagnosis (the first response, SPEC §4). */
  'diagnosis',
  /** To the requester: the center asks for information or for tests (payload says which). */
  'information_requested',
  /** To the assignee: the customer answered. */
  'customer_answered',
  /** To the requester: the automatic update when the notification interval ran out (SPEC §4). */
  'status_update',
  /** To the requester: one interval without an answer; the next one closes the ticket (SPEC §5.2). */
  'no_response_warning',
  /** To the requester: closed after two intervals without an answer (SPEC §5.2). */
  'closed_no_response',
  /** To the requester: a solution to accept or reject. */
  'solution_proposed',
  /** To the requester: closed as accepted or out of scope, with the reason. */
  'ticket_closed',
  /** To the requester: a reply to a closed ticket opened a new one (SPEC §5). */
  'follow_up_opened',
  /** To the assignee and supervisors: most of the first-response time is used. */
  'first_response_near',
  /** To the assignee and supervisors: the first-response deadline passed. */
  'first_response_breached',
  /** To the assignee and supervisors: the notification interval ran out without an update. */
  'update_overdue',
  /** To the requester: a plain public reply by an agent. */
  'agent_reply',
  /** To the requester at closure: rate the attention from 1 to 5 with one click. */
  'satisfaction_request',
  /** To a user who asked to reset the password. */
  'password_reset',
  /** To the customer's contacts the day before a maintenance window. */
  'maintenance_reminder',
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Whether `value` names a notification kind (stored rows are read back as plain strings). */
export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === 'string' && (NOTIFICATION_KINDS as readonly string[]).includes(value);
}
