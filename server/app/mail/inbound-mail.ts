/**
 * What becomes of an e-mail mesa receives (issue 4, SPEC §5–§6), in words agents and tests can
 * rely on: the outcomes, the stable reason codes of mail kept for review or ignored, and the
 * small pure rules that turn a message into a ticket's subject and text.
 */

import type { Instant } from '../../domain/time/instant.js';
import type { AutomaticMailReason } from '../../mail/inbound/auto-reply.js';
import { isId } from '../ids.js';

/**
 * What a received message became: `attached` to its ticket as a reply; a `courtesy` note on a
 * closed ticket; a `follow_up` (a new ticket linked to the closed one it answers); `opened` (a
 * new ticket, channel email); kept for an agent to `review`; or `ignored` (sent by a machine).
 */
export const INBOUND_OUTCOMES = [
  'attached',
  'courtesy',
  'follow_up',
  'opened',
  'review',
  'ignored',
] as const;
export type InboundOutcomeKind = (typeof INBOUND_OUTCOMES)[number];

/** The state of a row while a delivery files it (never an answer to the sender). */
export const RECEIVING = 'received';
/** A row's state: being filed, or its outcome. */
export type InboundStatus = InboundOutcomeKind | typeof RECEIVING;
/** Every state a row can be listed by. */
export const INBOUND_STATUSES: readonly InboundStatus[] = [...INBOUND_OUTCOMES, RECEIVING];

/** Why a message was kept for an agent instead of being filed into a ticket. */
export const REVIEW_REASONS = [
  /** Not mail at all (no header, unreadable MIME). */
  'malformed',
  /** The From address is no user of mesa: unknown senders never open tickets. */
  'unknown_sender',
  /** The sender's account is deactivated. */
  'inactive_sender',
  /** It names a ticket (subject number, threading) but carries no reply token: no proof. */
  'no_reply_token',
  /** It was sent to a reply address whose token belongs to no ticket. */
  'unknown_token',
  /** The ticket it names (by token or otherwise) belongs to another organization. */
  'sender_not_in_organization',
  /** A staff member wrote without a ticket's reply address: staff do not open tickets by mail. */
  'staff_without_ticket',
  /** Neither text nor attachments. */
  'empty_message',
  /** The sender's organization has no contract in force (SPEC §2). */
  'no_active_contract',
  /** The ticket refused the message (e.g. a staff reply to a closed ticket); see details.code. */
  'ticket_refused',
] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

/** Why a message was ignored: auto-reply.ts's reasons, the null sender, and our own mail. */
export type IgnoreReason =
  | SnakeCase<AutomaticMailReason>
  /** MAIL FROM:<> — bounces and other delivery reports (RFC 5321 §4.5.5). */
  | 'null_reverse_path'
  /** From our own reply address: one of our e-mails came back (a loop). */
  | 'own_address';

/** Any stored reason code. */
export type InboundReason = ReviewReason | IgnoreReason;

type SnakeCase<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${SnakeCase<B>}` : S;

/** The stored reason code of an automatic message (`auto-submitted` → `auto_submitted`). */
export function ignoreReasonOf(reason: AutomaticMailReason): IgnoreReason {
  return reason.replaceAll('-', '_') as SnakeCase<AutomaticMailReason>;
}

/** What receive() answers: the row the message is recorded in and what became of it. */
export type InboundOutcome =
  | {
      readonly outcome: InboundOutcomeKind;
      /** The inbound_messages row. */
      readonly id: string;
      readonly reason: InboundReason | null;
      /** The ticket it landed on (or, for review, the one it concerns), if any. */
      readonly ticketId: string | null;
    }
  | {
      /** Delivered before and already filed: nothing was done again. */
      readonly outcome: 'duplicate';
      readonly id: string;
      readonly original: InboundOutcomeKind;
      readonly reason: string | null;
      readonly ticketId: string | null;
    };

/** One received message as stored (inbound_messages), with its ticket's number. */
export interface InboundMessage {
  readonly id: string;
  /** The Message-ID header (`<…>`), or one derived from the bytes when it had none. */
  readonly messageId: string;
  /** The From address, lower-cased; '' when the message named none. */
  readonly sender: string;
  readonly senderName: string;
  /** MAIL FROM; null for the null reverse-path. */
  readonly envelopeFrom: string | null;
  /** RCPT TO. */
  readonly recipients: readonly string[];
  readonly subject: string;
  readonly receivedAt: Instant;
  readonly status: InboundStatus;
  readonly reason: string | null;
  readonly ticketId: string | null;
  readonly ticketNumber: string | null;
  readonly details: Readonly<Record<string, unknown>>;
  /** The raw file's name under `<dataDir>/inbound/`. */
  readonly rawKey: string;
  readonly rawSize: number;
  readonly claimedUntil: Instant | null;
}

/** The longest subject and text POST /tickets accepts; mail is held to the same. */
export const MAX_TICKET_SUBJECT_LENGTH = 200;
export const MAX_TICKET_TEXT_LENGTH = 20_000;

// "RE:", "RV:" (Outlook in Spanish), "FW:", "Fwd:", "TR:", "AW:", "WG:", also "Re[2]:".
const REPLY_PREFIX = /^\s*(?:re|rv|fw|fwd|tr|aw|wg|enc|res)(?:\[\d+\])?\s*:\s*/i;

/**
 * The subject of a ticket opened from a message: without reply/forward prefixes, at most 200
 * characters (the portal's limit), `fallback` when nothing is left.
 */
export function ticketSubjectOf(subject: string, fallback: string): string {
  let rest = subject;
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(REPLY_PREFIX, '');
  }
  const cut = clampText(rest.trim(), MAX_TICKET_SUBJECT_LENGTH);
  return cut === '' ? fallback : cut;
}

/** Text held to `max` characters (code points), ending in "…" when it was longer. */
export function clampText(text: string, max: number): string {
  const characters = [...text];
  if (characters.length <= max) return text;
  return `${characters
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}

/**
 * The ticket id in the thread root of a ticket's e-mails, `<ticket-<id>@domain>`
 * (compose-outgoing.ts ticketThreadId), or null for any other Message-ID.
 */
export function ticketIdInThreadId(messageId: string, domain: string): string | null {
  const match = /^<ticket-([0-9a-f-]{36})@([^<>@\s]+)>$/i.exec(messageId);
  if (match === null || (match[2] ?? '').toLowerCase() !== domain.toLowerCase()) return null;
  const id = (match[1] ?? '').toLowerCase();
  return isId(id) ? id : null;
}

/** Whether `address` is the reply address itself or one of its `+token` forms (our own mail). */
export function isOwnAddress(address: string, replyAddress: string): boolean {
  const at = replyAddress.lastIndexOf('@');
  const local = replyAddress.slice(0, at).toLowerCase();
  const domain = replyAddress.slice(at + 1).toLowerCase();
  const candidate = address.trim().toLowerCase();
  const candidateAt = candidate.lastIndexOf('@');
  if (candidateAt <= 0 || candidate.slice(candidateAt + 1) !== domain) return false;
  const candidateLocal = candidate.slice(0, candidateAt);
  return candidateLocal === local || candidateLocal.startsWith(`${local}+`);
}
