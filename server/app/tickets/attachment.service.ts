/**
 * Attaching files to tickets and handing them out only to who may see them: the ticket's
 * organization and staff; files of internal notes to staff only.
 */

import type { Readable } from 'node:stream';
import { DomainError } from '../../domain/errors.js';
import type { Instant } from '../../domain/time/instant.js';
import type { AttachmentStore } from '../../storage/attachment.store.js';
import { type AttachmentFiles, FileTooLargeError } from '../../storage/attachment-files.js';
import type { Db } from '../../storage/db.js';
import type { TicketStore } from '../../storage/ticket.store.js';
import { type Actor, isStaff } from '../actor.js';
import { AppError } from '../app-errors.js';
import type { Clock } from '../clock.js';
import { isId, newId } from '../ids.js';
import {
  ALLOWED_ATTACHMENT_TYPES,
  type Attachment,
  baseMediaType,
  cleanFileName,
  MAX_ATTACHMENT_BYTES,
} from './attachment.js';
import { historyEntry, type Ticket } from './ticket.js';
import { findVisibleTicket } from './ticket-access.js';

export interface AttachmentUpload {
  readonly fileName: string;
  readonly contentType: string;
  readonly content: Readable;
  /** The message the file belongs to (e.g. the customer's answer to an information request). */
  readonly messageId?: string;
}

function notFound(): AppError {
  return new AppError('NOT_FOUND', { what: 'el archivo', whatEn: 'file' });
}

function storageKeyFor(id: string, at: Instant): string {
  const month = new Date(at).toISOString().slice(0, 7);
  return `${month}/${id}`;
}

export class AttachmentService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly tickets: TicketStore,
    private readonly attachments: AttachmentStore,
    private readonly files: AttachmentFiles,
  ) {}

  /** Stores a file on a ticket the actor may see; refused on closed tickets for customers. */
  async upload(actor: Actor, ticketId: string, upload: AttachmentUpload): Promise<Attachment> {
    const contentType = baseMediaType(upload.contentType);
    if (!ALLOWED_ATTACHMENT_TYPES.has(contentType)) {
      upload.content.resume();
      throw new AppError('ATTACHMENT_TYPE_NOT_ALLOWED', { type: contentType || 'desconocido' });
    }
    const now = this.clock.now();
    const ticket = await findVisibleTicket(this.db.kysely, this.tickets, actor, ticketId);
    if (ticket.life.status === 'closed' && !isStaff(actor)) {
      upload.content.resume();
      throw new DomainError('ILLEGAL_TRANSITION', { action: 'attach a file', status: 'closed' });
    }
    let isPublic = true;
    if (upload.messageId !== undefined) {
      const visibility = isId(upload.messageId)
        ? await this.attachments.messageVisibility(this.db.kysely, ticket.id, upload.messageId)
        : null;
      // A customer may not attach to, or learn about, an internal note.
      if (visibility === null || (visibility === false && !isStaff(actor))) {
        upload.content.resume();
        throw new AppError('NOT_FOUND', { what: 'el mensaje', whatEn: 'message' });
      }
      isPublic = visibility;
    }
    const id = newId(now);
    const storageKey = storageKeyFor(id, now);
    let written: { size: number; sha256: string };
    try {
      written = await this.files.write(storageKey, upload.content, MAX_ATTACHMENT_BYTES);
    } catch (error) {
      if (error instanceof FileTooLargeError) {
        upload.content.resume();
        throw new AppError('ATTACHMENT_TOO_LARGE', { limit: '10 MiB' });
      }
      throw error;
    }
    const attachment: Attachment = {
      id,
      ticketId: ticket.id,
      messageId: upload.messageId ?? null,
      uploadedBy: actor.userId,
      fileName: cleanFileName(upload.fileName),
      contentType,
      size: written.size,
      sha256: written.sha256,
      storageKey,
      public: isPublic,
      createdAt: now,
    };
    try {
      await this.db.transaction(async (trx) => {
        await this.attachments.insert(trx, attachment);
        await this.tickets.appendHistory(
          trx,
          historyEntry(
            ticket.id,
            actor.userId,
            'attachment_added',
            {
              attachmentId: id,
              fileName: attachment.fileName,
              size: attachment.size,
              ...(isPublic ? {} : { internal: true }),
            },
            now,
          ),
        );
      });
    } catch (error) {
      // The row was not written: do not keep an orphan file.
      await this.files.remove(storageKey);
      throw error;
    }
    return attachment;
  }

  /** The attachments of a ticket the actor may see. */
  async list(actor: Actor, ticketId: string): Promise<Attachment[]> {
    const ticket = await findVisibleTicket(this.db.kysely, this.tickets, actor, ticketId);
    return this.listOf(actor, ticket);
  }

  /** The attachments of a ticket already checked visible to the actor (no second lookup). */
  async listOf(actor: Actor, ticket: Ticket): Promise<Attachment[]> {
    return this.attachments.listForTicket(this.db.kysely, ticket.id, isStaff(actor));
  }

  /** An attachment and its content, if the actor may see it. */
  async open(
    actor: Actor,
    ticketId: string,
    attachmentId: string,
  ): Promise<{ attachment: Attachment; content: Readable }> {
    const ticket = await findVisibleTicket(this.db.kysely, this.tickets, actor, ticketId);
    const attachment = isId(attachmentId)
      ? await this.attachments.find(this.db.kysely, ticket.id, attachmentId)
      : null;
    if (!attachment || (!attachment.public && !isStaff(actor))) throw notFound();
    return { attachment, content: this.files.read(attachment.storageKey) };
  }
}
