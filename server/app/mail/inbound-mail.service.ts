/**
 * Files each e-mail mesa receives (issue 4, SPEC §5–§6): a reply lands on its ticket, a new
 * message from a known contact opens one, and everything else is kept for an agent — never
 * turned into a ticket, never answered.
 *
 * - **Which ticket.** Only the per-ticket reply token in a recipient address (RCPT TO first,
 *   then To and Cc) says which ticket a reply answers: it proves the sender received an e-mail
 *   mesa sent about that ticket. A ticket number in the subject and In-Reply-To/References can
 *   be typed by anyone (forged threading), so they only explain why a message is kept for
 *   review. A reply is attached when its sender is an active user of the ticket's organization,
 *   or staff; SPEC §5 (closed tickets: courtesy note or a new linked ticket) is the ticket
 *   service's. An active customer writing without any ticket reference opens a ticket (channel
 *   email, impact medium: nothing in a free-form e-mail proves a higher level, and SPEC §3 asks
 *   for a phone call for high impact; the agent reclassifies).
 * - **Machines.** Auto-replies, bounces, lists and MAIL FROM:<> are recorded and ignored: no
 *   ticket, no message, so no e-mail goes out in answer (no mail loops).
 * - **Files.** Attachments go through the attachment service (its types, its 10 MiB limit).
 *   Files over the limit, of a refused type, or sent to a closed ticket are not kept; an
 *   internal note tells the agent, politely, and nothing is bounced.
 * - **Once.** Every message is recorded by (Message-ID, sender); its raw bytes are written
 *   and fsynced before the row commits. A redelivery of a filed message is a `duplicate`. A
 *   delivery that fails half-way releases its claim and the sender is told 451; its retry
 *   resumes and finds what the failed attempt already did on the ticket (the reply, the linked
 *   ticket, each file, the note) by what it left there, so nothing is done twice. A second
 *   delivery arriving while the first is still filing is told 451 too and comes back later.
 */

import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Language } from '../../domain/errors.js';
import { DomainError } from '../../domain/errors.js';
import type { Instant } from '../../domain/time/instant.js';
import { InboundMailError } from '../../mail/inbound/inbound-mail-error.js';
import type { InboundEnvelope } from '../../mail/inbound/inbound-smtp-listener.js';
import { type InboundMail, parseInboundMail } from '../../mail/inbound/parse-inbound-mail.js';
import {
  messageIdsIn,
  replyTokenIn,
  ticketNumberInSubject,
} from '../../mail/inbound/ticket-reference.js';
import type { Db } from '../../storage/db.js';
import type {
  InboundFiling,
  InboundMailStore,
  InboundTicketRef,
} from '../../storage/inbound-mail.store.js';
import type { InboundMailFiles } from '../../storage/inbound-mail-files.js';
import type { MailRecipientStore } from '../../storage/mail-recipient.store.js';
import type { OutboxStore } from '../../storage/outbox.store.js';
import type { TicketStore } from '../../storage/ticket.store.js';
import { type Actor, CUSTOMER_ROLES, isStaff } from '../actor.js';
import { AppError } from '../app-errors.js';
import type { Clock } from '../clock.js';
import { newId } from '../ids.js';
import { MAX_ATTACHMENT_BYTES } from '../tickets/attachment.js';
import type { AttachmentService } from '../tickets/attachment.service.js';
import type { TicketService } from '../tickets/ticket.service.js';
import {
  clampText,
  type IgnoreReason,
  type InboundMessage,
  type InboundOutcome,
  type InboundOutcomeKind,
  type InboundReason,
  ignoreReasonOf,
  isOwnAddress,
  MAX_TICKET_TEXT_LENGTH,
  RECEIVING,
  type ReviewReason,
  ticketIdInThreadId,
  ticketSubjectOf,
} from './inbound-mail.js';
import {
  type NotKeptFile,
  noSubjectText,
  notKeptNote,
  onlyFilesText,
} from './inbound-mail-texts.js';

/** How long a delivery may file one message before a retry may take it over. */
export const INBOUND_CLAIM_LEASE_MS = 10 * 60_000;
// A reply names one ticket address; a message to dozens of token addresses is not a reply,
// and looking each up would let one message make many queries.
const MAX_TOKENS_LOOKED_UP = 10;

export interface InboundMailSettings {
  /** The base reply address (`soporte@mesa.example`) whose `+token` forms name tickets. */
  readonly replyAddress: string;
  /** The domain of the Message-IDs mesa writes (the thread root `<ticket-<id>@domain>`). */
  readonly messageIdDomain: string;
  /** The language of the notes mesa writes itself (MESA_LANG); Spanish by default. */
  readonly language?: Language;
}

/** Another delivery of the same message is filing it right now: the sender should retry. */
export class InboundMailBusyError extends Error {
  override readonly name = 'InboundMailBusyError';
  constructor(readonly inboundId: string) {
    super(`inbound message ${inboundId} is being filed by another delivery`);
  }
}

type Read = { readonly mail: InboundMail } | { readonly malformed: string };
type Details = Readonly<Record<string, unknown>>;

/** What to do with a message, decided from what the database says before any write. */
type Plan =
  | {
      readonly kind: 'ignore';
      readonly reason: IgnoreReason;
      readonly ticketId: string | null;
      readonly details: Details;
    }
  | {
      readonly kind: 'review';
      readonly reason: ReviewReason;
      readonly ticketId: string | null;
      readonly details: Details;
    }
  | { readonly kind: 'reply'; readonly actor: Actor; readonly ticket: InboundTicketRef }
  | { readonly kind: 'open'; readonly actor: Actor };

/** One delivery filing one message into tickets. */
interface Filing {
  readonly id: string;
  readonly receivedAt: Instant;
  readonly mail: InboundMail;
  readonly actor: Actor;
  /** A retry of a delivery that failed half-way: look for what it already did. */
  readonly resumed: boolean;
}

/** Where a message landed, before its files are kept. */
interface Landing {
  readonly outcome: 'attached' | 'courtesy' | 'follow_up' | 'opened';
  readonly ticketId: string;
  /** The ticket message the files belong to (replies); null for a new ticket's description. */
  readonly messageId: string | null;
  readonly details: Details;
}

export class InboundMailService {
  private readonly language: Language;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly tickets: TicketService,
    private readonly attachments: AttachmentService,
    private readonly ticketStore: TicketStore,
    private readonly store: InboundMailStore,
    private readonly files: InboundMailFiles,
    private readonly users: MailRecipientStore,
    private readonly outbox: OutboxStore,
    private readonly settings: InboundMailSettings,
  ) {
    this.language = settings.language ?? 'es';
  }

  /** The base reply address replies are matched against. */
  get replyAddress(): string {
    return this.settings.replyAddress.toLowerCase();
  }

  /**
   * Files one received message and says what became of it. Resolves once the message is
   * safely recorded (the SMTP listener then answers 250); throws when it could not be, so the
   * sender keeps it and retries (451) — a retry never files it twice.
   */
  async receive(raw: Buffer, envelope: InboundEnvelope): Promise<InboundOutcome> {
    const read = await readMail(raw);
    const mail = 'mail' in read ? read.mail : null;
    const messageId = mail?.messageId ?? generatedMessageId(raw);
    const sender = mail?.from?.address ?? envelope.mailFrom?.trim().toLowerCase() ?? '';
    const recorded = await this.store.findByKey(this.db.kysely, messageId, sender);
    if (recorded !== null) return this.again(recorded, read, envelope);

    const plan = await this.plan(read, envelope);
    const settled = settledFiling(plan);
    const now = this.clock.now();
    const id = newId(now);
    const rawKey = `${id}.eml`;
    // The bytes are on disk before the row that names them commits.
    await this.files.write(rawKey, raw);
    const inserted = await this.db.transaction((trx) =>
      this.store.insert(trx, {
        id,
        message_id: messageId,
        sender,
        sender_name: mail?.from?.name ?? '',
        envelope_from: envelope.mailFrom,
        recipients: JSON.stringify(envelope.rcptTo),
        subject: mail?.subject ?? '',
        received_at: now,
        outcome: settled?.outcome ?? RECEIVING,
        reason: settled?.reason ?? null,
        ticket_id: settled?.ticketId ?? null,
        details: JSON.stringify(settled?.details ?? {}),
        raw_key: rawKey,
        raw_size: raw.length,
        claimed_until: settled === null ? now + INBOUND_CLAIM_LEASE_MS : null,
      }),
    );
    if (!inserted) {
      // A concurrent delivery of the same message recorded it first.
      await this.files.remove(rawKey);
      const winner = await this.store.findByKey(this.db.kysely, messageId, sender);
      if (winner === null) throw new Error(`inbound message ${messageId} is neither new nor known`);
      return this.again(winner, read, envelope);
    }
    if (settled !== null) return outcomeOf(id, settled);
    return this.file(id, now, plan, mail);
  }

  /** A message recorded before: a duplicate, or the retry of a delivery that failed. */
  private async again(
    recorded: InboundMessage,
    read: Read,
    envelope: InboundEnvelope,
  ): Promise<InboundOutcome> {
    if (recorded.status !== RECEIVING) return duplicateOf(recorded);
    const now = this.clock.now();
    const claimed = await this.db.transaction((trx) =>
      this.store.claim(trx, recorded.id, now, now + INBOUND_CLAIM_LEASE_MS),
    );
    if (!claimed) {
      const latest = await this.store.find(this.db.kysely, recorded.id);
      if (latest !== null && latest.status !== RECEIVING) return duplicateOf(latest);
      throw new InboundMailBusyError(recorded.id);
    }
    let plan: Plan;
    try {
      plan = await this.plan(read, envelope);
      const settled = settledFiling(plan);
      if (settled !== null) {
        await this.db.transaction((trx) => this.store.finish(trx, recorded.id, settled));
        return outcomeOf(recorded.id, settled);
      }
    } catch (error) {
      await this.release(recorded.id);
      throw error;
    }
    const mail = 'mail' in read ? read.mail : null;
    return this.file(recorded.id, recorded.receivedAt, plan, mail, true);
  }

  /** Lets the sender's retry resume at once; should this fail too, the claim lapses by itself. */
  private async release(id: string): Promise<void> {
    await this.db.transaction((trx) => this.store.release(trx, id)).catch(() => undefined);
  }

  /** Carries out a plan that writes to tickets, then records the outcome. */
  private async file(
    id: string,
    receivedAt: Instant,
    plan: Plan,
    mail: InboundMail | null,
    resumed = false,
  ): Promise<InboundOutcome> {
    if (mail === null || (plan.kind !== 'reply' && plan.kind !== 'open')) {
      throw new Error('only a readable message with a reply or a new ticket to file gets here');
    }
    const filing: Filing = { id, receivedAt, mail, actor: plan.actor, resumed };
    try {
      const landed =
        plan.kind === 'reply' ? await this.land(filing, plan.ticket) : await this.open(filing);
      const result = 'outcome' in landed ? await this.keepFiles(filing, landed) : landed.review;
      await this.db.transaction((trx) => this.store.finish(trx, id, result));
      return outcomeOf(id, result);
    } catch (error) {
      await this.release(id);
      throw error;
    }
  }

  /** Decides from the message and the database what to do, before writing anything. */
  private async plan(read: Read, envelope: InboundEnvelope): Promise<Plan> {
    const ignore = (reason: IgnoreReason, ticketId: string | null = null): Plan => ({
      kind: 'ignore',
      reason,
      ticketId,
      details: {},
    });
    // A null reverse-path is a bounce or report whatever its content (RFC 5321 §4.5.5).
    if ('malformed' in read) {
      if (envelope.mailFrom === null) return ignore('null_reverse_path');
      return {
        kind: 'review',
        reason: 'malformed',
        ticketId: null,
        details: { detail: read.malformed },
      };
    }
    const { mail } = read;
    const ticket = await this.ticketOfToken(envelope, mail);
    // Machines' mail is recorded against the ticket its token names (SPEC §5: an auto-reply
    // is recorded and opens nothing) but never becomes a message: a customer's answer would
    // reset the ticket's no-response clock, and a message would notify people.
    if (envelope.mailFrom === null) return ignore('null_reverse_path', ticket.found?.id ?? null);
    if (mail.automatic !== null) {
      return ignore(ignoreReasonOf(mail.automatic), ticket.found?.id ?? null);
    }
    const address = mail.from?.address ?? '';
    if (address !== '' && isOwnAddress(address, this.replyAddress)) return ignore('own_address');
    const review = (
      reason: ReviewReason,
      ticketId: string | null,
      details: Details = {},
    ): Plan => ({
      kind: 'review',
      reason,
      ticketId,
      details: { sender: address, ...details },
    });
    const user = address === '' ? null : await this.users.byEmail(this.db.kysely, address);
    if (user === null) return review('unknown_sender', ticket.found?.id ?? null);
    if (!user.active) return review('inactive_sender', ticket.found?.id ?? null);
    const actor: Actor = {
      userId: user.userId,
      role: user.role,
      organizationId: user.organizationId,
      language: user.language,
    };
    const sameOrganization = (ref: InboundTicketRef) =>
      isStaff(actor) ||
      (CUSTOMER_ROLES.has(actor.role) && actor.organizationId === ref.organizationId);

    if (ticket.found !== null) {
      if (!sameOrganization(ticket.found)) {
        return review('sender_not_in_organization', ticket.found.id, {
          ticketNumber: ticket.found.number,
          by: 'token',
        });
      }
      if (replyText(mail, this.language) === '') return review('empty_message', ticket.found.id);
      return { kind: 'reply', actor, ticket: ticket.found };
    }
    if (ticket.tokens > 0) return review('unknown_token', null);

    const named = await this.namedTicket(mail);
    if (named !== null) {
      const by = { ticketNumber: named.number, by: named.by };
      if (named.ticket !== null && !sameOrganization(named.ticket)) {
        return review('sender_not_in_organization', named.ticket.id, by);
      }
      return review('no_reply_token', named.ticket?.id ?? null, by);
    }
    if (isStaff(actor)) return review('staff_without_ticket', null);
    if (newTicketText(mail, this.language) === '') return review('empty_message', null);
    return { kind: 'open', actor };
  }

  /** The ticket of the first recipient address whose token belongs to one. */
  private async ticketOfToken(
    envelope: InboundEnvelope,
    mail: InboundMail,
  ): Promise<{ found: InboundTicketRef | null; tokens: number }> {
    const addresses = [...envelope.rcptTo, ...mail.to, ...mail.cc];
    const tokens = [
      ...new Set(
        addresses
          .map((address) => replyTokenIn([address], this.replyAddress))
          .filter((token): token is string => token !== null),
      ),
    ].slice(0, MAX_TOKENS_LOOKED_UP);
    for (const token of tokens) {
      const found = await this.store.ticketByReplyToken(this.db.kysely, token);
      if (found !== null) return { found, tokens: tokens.length };
    }
    return { found: null, tokens: tokens.length };
  }

  /**
   * The ticket a message names without proof — its threading headers (our Message-IDs) or
   * the number in its subject — only to explain a review; null when it names none.
   */
  private async namedTicket(
    mail: InboundMail,
  ): Promise<{ ticket: InboundTicketRef | null; number: string | null; by: string } | null> {
    const ex = this.db.kysely;
    const ids = messageIdsIn(mail.inReplyTo, mail.references);
    for (const id of ids) {
      const ticketId = ticketIdInThreadId(id, this.settings.messageIdDomain);
      const ticket = ticketId === null ? null : await this.store.ticketById(ex, ticketId);
      if (ticket !== null) return { ticket, number: ticket.number, by: 'thread' };
    }
    const sentAbout = await this.outbox.ticketOfMessageIds(ex, ids);
    const threaded = sentAbout === null ? null : await this.store.ticketById(ex, sentAbout);
    if (threaded !== null) return { ticket: threaded, number: threaded.number, by: 'thread' };
    const number = ticketNumberInSubject(mail.subject);
    if (number === null) return null;
    return { ticket: await this.store.ticketByNumber(ex, number), number, by: 'subject' };
  }

  /** Posts the reply on its ticket (SPEC §5 decides posted, courtesy or a new ticket). */
  private async land(
    filing: Filing,
    ticket: InboundTicketRef,
  ): Promise<Landing | { readonly review: InboundFiling }> {
    const body = replyText(filing.mail, this.language);
    const earlier = filing.resumed ? await this.earlierReply(filing, ticket, body) : null;
    if (earlier !== null) return earlier;
    try {
      const posted = await this.tickets.postMessage(
        filing.actor,
        ticket.id,
        { kind: 'reply', body },
        'email',
      );
      switch (posted.kind) {
        case 'posted':
          return {
            outcome: 'attached',
            ticketId: ticket.id,
            messageId: posted.message.id,
            details: { messageId: posted.message.id },
          };
        case 'courtesy':
          return {
            outcome: 'courtesy',
            ticketId: ticket.id,
            messageId: posted.message.id,
            details: { messageId: posted.message.id },
          };
        case 'new_ticket':
          return {
            outcome: 'follow_up',
            ticketId: posted.newTicket.id,
            messageId: null,
            details: { previousTicketId: ticket.id, previousTicketNumber: ticket.number },
          };
      }
    } catch (error) {
      const review = refusal(error, ticket.id);
      if (review === null) throw error;
      return { review };
    }
  }

  /** What an interrupted delivery of this reply already did: its message, or its new ticket. */
  private async earlierReply(
    filing: Filing,
    ticket: InboundTicketRef,
    body: string,
  ): Promise<Landing | null> {
    const ex = this.db.kysely;
    const messages = await this.ticketStore.listMessages(ex, ticket.id, true);
    const message = messages.find(
      (m) =>
        m.authorId === filing.actor.userId &&
        m.kind === 'reply' &&
        m.body === body &&
        m.createdAt >= filing.receivedAt,
    );
    if (message !== undefined) {
      const closed = ticket.status === 'closed' && !isStaff(filing.actor);
      return {
        outcome: closed ? 'courtesy' : 'attached',
        ticketId: ticket.id,
        messageId: message.id,
        details: { messageId: message.id },
      };
    }
    const followUps = await this.store.followUpsSince(
      ex,
      ticket.id,
      filing.actor.userId,
      filing.receivedAt,
    );
    const followUp = followUps.find((candidate) => candidate.description === body);
    if (followUp === undefined) return null;
    return {
      outcome: 'follow_up',
      ticketId: followUp.id,
      messageId: null,
      details: { previousTicketId: ticket.id, previousTicketNumber: ticket.number },
    };
  }

  /** Opens a ticket for a known contact's new message (channel email). */
  private async open(filing: Filing): Promise<Landing | { readonly review: InboundFiling }> {
    const { mail } = filing;
    try {
      // Keyed on the row: a resumed delivery gets the ticket the interrupted one registered.
      const { ticket } = await this.tickets.register(
        filing.actor,
        {
          subject: ticketSubjectOf(mail.subject, noSubjectText(this.language)),
          description: newTicketText(mail, this.language),
          impact: 'medium',
        },
        `inbound-mail:${filing.id}`,
        'email',
      );
      return {
        outcome: 'opened',
        ticketId: ticket.id,
        messageId: null,
        details: { ticketNumber: ticket.number },
      };
    } catch (error) {
      const review = refusal(error, null);
      if (review === null) throw error;
      return { review };
    }
  }

  /** Attaches the message's files to where it landed; notes the ones not kept. */
  private async keepFiles(filing: Filing, landed: Landing): Promise<InboundFiling> {
    const { mail, actor } = filing;
    const notKept: NotKeptFile[] = mail.oversizedAttachments.map((file) => ({
      fileName: file.fileName,
      size: file.size,
      contentType: '',
      why: 'too_large',
    }));
    let kept = 0;
    if (landed.outcome === 'courtesy') {
      // A closed ticket takes no files from customers; the note keeps the agent informed.
      for (const part of mail.attachments) {
        notKept.push({
          fileName: part.fileName,
          size: part.size,
          contentType: part.contentType,
          why: 'ticket_closed',
        });
      }
    } else if (mail.attachments.length > 0) {
      const present = await this.attachments.list(actor, landed.ticketId);
      for (const part of mail.attachments) {
        const sha256 = createHash('sha256').update(part.content).digest('hex');
        const already = present.some(
          (file) =>
            file.sha256 === sha256 &&
            // Inline images (a signature's logo) come with every reply: keep each once.
            (part.inline || (filing.resumed && file.messageId === landed.messageId)),
        );
        if (already) {
          kept += 1;
          continue;
        }
        try {
          await this.attachments.upload(actor, landed.ticketId, {
            fileName: part.fileName,
            contentType: part.contentType,
            content: Readable.from([part.content]),
            ...(landed.messageId !== null && { messageId: landed.messageId }),
          });
          kept += 1;
        } catch (error) {
          const code = error instanceof AppError ? error.code : null;
          if (code !== 'ATTACHMENT_TYPE_NOT_ALLOWED' && code !== 'ATTACHMENT_TOO_LARGE')
            throw error;
          notKept.push({
            fileName: part.fileName,
            size: part.size,
            contentType: part.contentType,
            why: code === 'ATTACHMENT_TOO_LARGE' ? 'too_large' : 'type_not_allowed',
          });
        }
      }
    }
    if (notKept.length > 0) await this.noteNotKept(filing, landed.ticketId, notKept);
    return {
      outcome: landed.outcome,
      reason: null,
      ticketId: landed.ticketId,
      details: {
        ...landed.details,
        attachments: kept,
        ...(notKept.length > 0 && {
          notKept: notKept.map(({ fileName, size, why }) => ({ fileName, size, why })),
        }),
      },
    };
  }

  /** The internal note about files not kept (once, also when a delivery is resumed). */
  private async noteNotKept(filing: Filing, ticketId: string, files: readonly NotKeptFile[]) {
    const body = notKeptNote(
      this.language,
      {
        sender: filing.mail.from?.address ?? '',
        subject: filing.mail.subject,
        inboundId: filing.id,
      },
      files,
      MAX_ATTACHMENT_BYTES,
    );
    if (filing.resumed) {
      const messages = await this.ticketStore.listMessages(this.db.kysely, ticketId, true);
      const noted = messages.some(
        (m) => m.authorId === null && m.body === body && m.createdAt >= filing.receivedAt,
      );
      if (noted) return;
    }
    await this.tickets.addSystemNote(ticketId, body, {
      inboundMailId: filing.id,
      files: files.map((file) => file.fileName),
    });
  }
}

/** The message parsed, or why it is not mail. */
async function readMail(raw: Buffer): Promise<Read> {
  try {
    return { mail: await parseInboundMail(raw, { maxAttachmentBytes: MAX_ATTACHMENT_BYTES }) };
  } catch (error) {
    if (error instanceof InboundMailError && error.code === 'MALFORMED_MAIL') {
      return { malformed: String(error.params.reason ?? 'unparsable') };
    }
    throw error;
  }
}

// As parse-inbound-mail.ts does for a message without one: same bytes, same id.
function generatedMessageId(raw: Buffer): string {
  return `<${createHash('sha256').update(raw).digest('hex')}@mesa.invalid>`;
}

/** The text of a reply: what the sender wrote above the quotes, or a stand-in for files only. */
function replyText(mail: InboundMail, language: Language): string {
  const text = clampText(mail.text, MAX_TICKET_TEXT_LENGTH);
  if (text.trim() !== '') return text;
  const files = mail.attachments.length + mail.oversizedAttachments.length;
  return files > 0 ? onlyFilesText(language) : '';
}

/**
 * The description of a ticket opened from a message: the whole text — a forwarded report is
 * the case itself, not quoted history — or the subject when the body is empty.
 */
function newTicketText(mail: InboundMail, language: Language): string {
  const text = clampText(mail.fullText, MAX_TICKET_TEXT_LENGTH);
  if (text.trim() !== '') return text;
  const files = mail.attachments.length + mail.oversizedAttachments.length;
  if (files > 0) return onlyFilesText(language);
  return mail.subject.trim();
}

/** The filing of a plan that touches no ticket (review, ignore), or null. */
function settledFiling(plan: Plan): InboundFiling | null {
  switch (plan.kind) {
    case 'ignore':
      return {
        outcome: 'ignored',
        reason: plan.reason,
        ticketId: plan.ticketId,
        details: plan.details,
      };
    case 'review':
      return {
        outcome: 'review',
        reason: plan.reason,
        ticketId: plan.ticketId,
        details: plan.details,
      };
    default:
      return null;
  }
}

/** A ticket's refusal of the message, as a review; null for failures worth a retry. */
function refusal(error: unknown, ticketId: string | null): InboundFiling | null {
  let code: string;
  if (error instanceof AppError) {
    if (error.code === 'CONCURRENT_UPDATE' || error.code === 'INTERNAL_ERROR') return null;
    code = error.code;
  } else if (error instanceof DomainError) {
    code = error.code;
  } else {
    return null;
  }
  return {
    outcome: 'review',
    reason: code === 'NO_ACTIVE_CONTRACT' ? 'no_active_contract' : 'ticket_refused',
    ticketId,
    details: { code },
  };
}

function outcomeOf(id: string, filing: InboundFiling): InboundOutcome {
  return {
    outcome: filing.outcome as InboundOutcomeKind,
    id,
    reason: filing.reason as InboundReason | null,
    ticketId: filing.ticketId,
  };
}

function duplicateOf(recorded: InboundMessage): InboundOutcome {
  return {
    outcome: 'duplicate',
    id: recorded.id,
    original: recorded.status as InboundOutcomeKind,
    reason: recorded.reason,
    ticketId: recorded.ticketId,
  };
}
