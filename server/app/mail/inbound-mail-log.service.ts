/**
 * The staff's view of the e-mail mesa received (issue 4): what became of each message, the
 * ones kept for review with the reason in words, what a message said, and its original bytes
 * as an `.eml` download. Customers never see it: it holds other organizations' mail and
 * unknown senders' mail.
 */

import type { ReadStream } from 'node:fs';
import type { Language } from '../../domain/errors.js';
import type { Instant } from '../../domain/time/instant.js';
import { InboundMailError } from '../../mail/inbound/inbound-mail-error.js';
import { parseInboundMail } from '../../mail/inbound/parse-inbound-mail.js';
import type { Db } from '../../storage/db.js';
import type { InboundMailStore } from '../../storage/inbound-mail.store.js';
import type { InboundMailFiles } from '../../storage/inbound-mail-files.js';
import type { Actor } from '../actor.js';
import { AppError } from '../app-errors.js';
import { isId } from '../ids.js';
import { decodeCursor, type Page, type PageRequest, pageLimit, pageOf } from '../pagination.js';
import { MAX_ATTACHMENT_BYTES } from '../tickets/attachment.js';
import { requireStaff } from '../tickets/ticket-access.js';
import type { InboundMessage, InboundStatus } from './inbound-mail.js';
import { explainReason } from './inbound-mail-texts.js';

/** A listed message, with its reason explained in the reader's language. */
export interface InboundMessageSummary extends InboundMessage {
  readonly explanation: string | null;
}

/** What a message said, read again from its original bytes. */
export interface InboundMessageContent {
  readonly from: { readonly address: string; readonly name: string } | null;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  /** The sender's Date header (their clock). */
  readonly date: Instant | null;
  readonly inReplyTo: readonly string[];
  /** The reply without quoted history and signature. */
  readonly text: string;
  readonly fullText: string;
  readonly attachments: readonly {
    readonly fileName: string;
    readonly contentType: string;
    readonly size: number;
    readonly inline: boolean;
  }[];
  readonly oversizedAttachments: readonly { readonly fileName: string; readonly size: number }[];
  readonly automatic: string | null;
}

export interface InboundMessageDetail extends InboundMessageSummary {
  /** Null when the bytes are not readable mail (outcome review, reason malformed). */
  readonly content: InboundMessageContent | null;
}

const notFound = () => new AppError('NOT_FOUND', { what: 'el correo', whatEn: 'e-mail' });

export class InboundMailLog {
  constructor(
    private readonly db: Db,
    private readonly store: InboundMailStore,
    private readonly files: InboundMailFiles,
  ) {}

  /** Received messages, newest first, optionally of one outcome or ticket (staff). */
  async list(
    actor: Actor,
    filter: { readonly status?: InboundStatus; readonly ticketId?: string },
    page: PageRequest,
  ): Promise<Page<InboundMessageSummary>> {
    requireStaff(actor);
    const limit = pageLimit(page);
    const before = page.cursor === undefined ? undefined : decodeCursor(page.cursor, 1)[0];
    const rows = await this.store.list(this.db.kysely, filter, limit + 1, before);
    return pageOf(
      rows.map((row) => summarize(row, actor.language)),
      limit,
      (message) => [message.id],
    );
  }

  /** One message with what it said (staff). */
  async get(actor: Actor, id: string): Promise<InboundMessageDetail> {
    requireStaff(actor);
    const message = await this.find(id);
    const raw = await this.files.readAll(message.rawKey);
    return { ...summarize(message, actor.language), content: await contentOf(raw) };
  }

  /** The original bytes of a message (staff). */
  async eml(actor: Actor, id: string): Promise<{ message: InboundMessage; content: ReadStream }> {
    requireStaff(actor);
    const message = await this.find(id);
    return { message, content: this.files.read(message.rawKey) };
  }

  private async find(id: string): Promise<InboundMessage> {
    const message = isId(id) ? await this.store.find(this.db.kysely, id) : null;
    if (message === null) throw notFound();
    return message;
  }
}

function summarize(message: InboundMessage, language: Language): InboundMessageSummary {
  return {
    ...message,
    explanation: explainReason(
      message.reason,
      message.details,
      language,
      message.status === 'ignored',
    ),
  };
}

async function contentOf(raw: Buffer): Promise<InboundMessageContent | null> {
  try {
    const mail = await parseInboundMail(raw, { maxAttachmentBytes: MAX_ATTACHMENT_BYTES });
    return {
      from: mail.from,
      to: mail.to,
      cc: mail.cc,
      date: mail.date,
      inReplyTo: mail.inReplyTo,
      text: mail.text,
      fullText: mail.fullText,
      attachments: mail.attachments.map(({ fileName, contentType, size, inline }) => ({
        fileName,
        contentType,
        size,
        inline,
      })),
      oversizedAttachments: mail.oversizedAttachments,
      automatic: mail.automatic,
    };
  } catch (error) {
    if (error instanceof InboundMailError && error.code === 'MALFORMED_MAIL') return null;
    throw error;
  }
}
