/**
 * What each e-mail needs, and nothing more: one payload per notification kind, discriminated by
 * `kind`. Payloads are plain JSON (strings, numbers, booleans, null, arrays, objects; instants
 * as epoch milliseconds) because the outbox stores them as JSON and renders them at send time.
 */

import type { Channel, Impact } from '../../domain/sla/contract-terms.js';
import type { OutOfScopeCause, TicketStatus } from '../../domain/ticket/ticket-vocabulary.js';
import type { Instant } from '../../domain/time/instant.js';
import type { NotificationKind } from './notification-kind.js';

/** The ticket as an e-mail shows it. */
export interface TicketRef {
  /** The human number, e.g. OG-2026-000123: every ticket e-mail's subject starts with it. */
  readonly number: string;
  readonly subject: string;
  readonly impact: Impact;
  /** The status after the event the e-mail tells about. */
  readonly status: TicketStatus;
  /** Absolute http(s) address of the ticket (the portal for customers, the console for staff). */
  readonly link: string;
}

/** Another ticket mentioned by an e-mail (the closed one a follow-up came from). */
export interface TicketLink {
  readonly number: string;
  readonly link: string;
}

interface ToRecipient {
  /** How the e-mail greets its recipient; empty greets without a name. */
  readonly recipientName: string;
}

interface AboutTicket extends ToRecipient {
  readonly ticket: TicketRef;
}

/** A public message written on the ticket, quoted in the e-mail. */
interface WithMessage {
  /** Who wrote it (an agent's or the customer's display name). */
  readonly authorName: string;
  /** Plain text; line breaks are kept. */
  readonly body: string;
  /** File names of the message's attachments (they are read in the portal). */
  readonly attachmentNames: readonly string[];
}

/** Staff alerts name the organization and who holds the ticket. */
interface StaffAlert extends AboutTicket {
  readonly organizationName: string;
  /** Null while the ticket is unassigned. */
  readonly assigneeName: string | null;
}

export interface TicketRegisteredPayload extends AboutTicket {
  readonly kind: 'ticket_registered';
  readonly description: string;
  readonly registeredAt: Instant;
  /** The ticket's sla.clockStartsAt: later than registeredAt when reported out of hours. */
  readonly clockStartsAt: Instant;
  readonly firstResponseDueAt: Instant;
  /** The ticket's sla.callTheCenter: high impact reported on the web out of hours (SPEC §3). */
  readonly callTheCenter: boolean;
}

export interface TicketRegisteredStaffPayload extends AboutTicket {
  readonly kind: 'ticket_registered_staff';
  readonly organizationName: string;
  readonly requesterName: string;
  readonly channel: Channel;
  readonly description: string;
  readonly registeredAt: Instant;
  readonly clockStartsAt: Instant;
  readonly firstResponseDueAt: Instant;
  /** The closed ticket whose reply opened this one, if any. */
  readonly previousTicket: TicketLink | null;
}

export interface DiagnosisPayload extends AboutTicket, WithMessage {
  readonly kind: 'diagnosis';
  /** When the next update is due (null when none is, e.g. the ticket waits on the customer). */
  readonly nextUpdateDueAt: Instant | null;
}

export interface InformationRequestedPayload extends AboutTicket, WithMessage {
  readonly kind: 'information_requested';
  /** An info_request or a test_request message. */
  readonly request: 'information' | 'tests';
  /** The ticket's sla.warningAt: the warning goes out then without an answer. */
  readonly warningAt: Instant;
  /** The ticket's sla.autoCloseAt: closed for no response then. */
  readonly autoCloseAt: Instant;
  /** True when asked before the diagnosis: the first-response clock waits for the answer. */
  readonly firstResponsePaused: boolean;
}

export interface CustomerAnsweredPayload extends AboutTicket, WithMessage {
  readonly kind: 'customer_answered';
  /** The first-response deadline if still pending (resumed by this answer), else null. */
  readonly firstResponseDueAt: Instant | null;
  readonly nextUpdateDueAt: Instant | null;
}

export interface StatusUpdatePayload extends AboutTicket {
  readonly kind: 'status_update';
  /** The center's last public message, null when it has not written yet. */
  readonly lastUpdateAt: Instant | null;
  /** Null once the first response was given. */
  readonly firstResponseDueAt: Instant | null;
  readonly nextUpdateDueAt: Instant;
}

export interface NoResponseWarningPayload extends AboutTicket {
  readonly kind: 'no_response_warning';
  /** Since when the ticket waits on the customer. */
  readonly waitingSince: Instant;
  readonly autoCloseAt: Instant;
}

export interface ClosedNoResponsePayload extends AboutTicket {
  readonly kind: 'closed_no_response';
  readonly closedAt: Instant;
}

export interface SolutionProposedPayload extends AboutTicket, WithMessage {
  readonly kind: 'solution_proposed';
  readonly warningAt: Instant;
  readonly autoCloseAt: Instant;
}

/** How a ticket closed by a person ended (no_response has its own e-mail). */
export type TicketClosure =
  | { readonly resolution: 'accepted' }
  | {
      readonly resolution: 'out_of_scope';
      readonly cause: OutOfScopeCause;
      /** The agent's written reason; null or empty shows the cause alone. */
      readonly reason: string | null;
    };

export interface TicketClosedPayload extends AboutTicket {
  readonly kind: 'ticket_closed';
  readonly closedAt: Instant;
  readonly closure: TicketClosure;
}

export interface FollowUpOpenedPayload extends AboutTicket {
  readonly kind: 'follow_up_opened';
  /** `ticket` is the NEW ticket; this is the closed one the customer replied to. */
  readonly previousTicket: TicketLink;
  /** The customer's reply that opened the new ticket. */
  readonly body: string;
  readonly firstResponseDueAt: Instant;
}

export interface FirstResponseNearPayload extends StaffAlert {
  readonly kind: 'first_response_near';
  /** Share of the first-response time used, in percent (e.g. 80). */
  readonly percentUsed: number;
  readonly firstResponseDueAt: Instant;
}

export interface FirstResponseBreachedPayload extends StaffAlert {
  readonly kind: 'first_response_breached';
  readonly firstResponseDueAt: Instant;
}

export interface UpdateOverduePayload extends StaffAlert {
  readonly kind: 'update_overdue';
  /** The update deadline that passed. */
  readonly nextUpdateDueAt: Instant;
  readonly lastUpdateAt: Instant | null;
}

export interface AgentReplyPayload extends AboutTicket, WithMessage {
  readonly kind: 'agent_reply';
}

/** One address per rating, index 0 = 1 (worst) … index 4 = 5 (best). */
export type RatingLinks = readonly [string, string, string, string, string];

export interface SatisfactionRequestPayload extends AboutTicket {
  readonly kind: 'satisfaction_request';
  readonly ratingLinks: RatingLinks;
}

export interface PasswordResetPayload extends ToRecipient {
  readonly kind: 'password_reset';
  readonly resetLink: string;
  readonly expiresAt: Instant;
}

export interface MaintenanceReminderPayload extends ToRecipient {
  readonly kind: 'maintenance_reminder';
  readonly organizationName: string;
  readonly windowStart: Instant;
  readonly windowEnd: Instant;
  /** The covered equipment the window is for, as the customer named it. */
  readonly equipment: readonly string[];
  /** Where the window can be seen or changed in the portal. */
  readonly link: string;
}

export type NotificationPayload =
  | TicketRegisteredPayload
  | TicketRegisteredStaffPayload
  | DiagnosisPayload
  | InformationRequestedPayload
  | CustomerAnsweredPayload
  | StatusUpdatePayload
  | NoResponseWarningPayload
  | ClosedNoResponsePayload
  | SolutionProposedPayload
  | TicketClosedPayload
  | FollowUpOpenedPayload
  | FirstResponseNearPayload
  | FirstResponseBreachedPayload
  | UpdateOverduePayload
  | AgentReplyPayload
  | SatisfactionRequestPayload
  | PasswordResetPayload
  | MaintenanceReminderPayload;

/** The payload of one kind. */
export type PayloadOf<K extends NotificationKind> = Extract<NotificationPayload, { kind: K }>;

// Compile-time check that every kind has exactly one payload and every payload a known kind.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const everyKindHasAPayload: Exact<NotificationPayload['kind'], NotificationKind> = true;
void everyKindHasAPayload;
