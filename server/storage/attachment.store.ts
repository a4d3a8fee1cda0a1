/**
 * Attachment metadata: which ticket (and message) a stored file belongs to.
 */

import type { Attachment } from '../app/tickets/attachment.js';
import { reusedQuery } from './reused-query.js';
import type { AttachmentsTable } from './schema.js';
import type { Executor } from './ticket.store.js';

// Read on every GET /tickets/{id}: compiled once (reused-query.ts).
const attachmentsOfTicket = reusedQuery((ex, ticketId: string) =>
  ex
    .selectFrom('attachments')
    .leftJoin('messages', 'messages.id', 'attachments.message_id')
    .selectAll('attachments')
    .select('messages.public as message_public')
    .where('attachments.ticket_id', '=', ticketId)
    .orderBy('attachments.created_at')
    .orderBy('attachments.id'),
);

function toAttachment(row: AttachmentsTable, isPublic: boolean): Attachment {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    messageId: row.message_id,
    uploadedBy: row.uploaded_by,
    fileName: row.file_name,
    contentType: row.content_type,
    size: row.size,
    sha256: row.sha256,
    storageKey: row.storage_key,
    public: isPublic,
    createdAt: row.created_at,
  };
}

export class AttachmentStore {
  async insert(ex: Executor, attachment: Attachment): Promise<void> {
    await ex
      .insertInto('attachments')
      .values({
        id: attachment.id,
        ticket_id: attachment.ticketId,
        message_id: attachment.messageId,
        uploaded_by: attachment.uploadedBy,
        file_name: attachment.fileName,
        content_type: attachment.contentType,
        size: attachment.size,
        sha256: attachment.sha256,
        storage_key: attachment.storageKey,
        created_at: attachment.createdAt,
      })
      .execute();
  }

  /** A ticket's attachments; those of internal notes only when asked. */
  async listForTicket(
    ex: Executor,
    ticketId: string,
    includeInternal: boolean,
  ): Promise<Attachment[]> {
    const rows = await attachmentsOfTicket(ex, ticketId);
    return rows
      .map((row) => toAttachment(row, row.message_public !== 0))
      .filter((attachment) => includeInternal || attachment.public);
  }

  async find(ex: Executor, ticketId: string, attachmentId: string): Promise<Attachment | null> {
    const row = await ex
      .selectFrom('attachments')
      .leftJoin('messages', 'messages.id', 'attachments.message_id')
      .selectAll('attachments')
      .select('messages.public as message_public')
      .where('attachments.id', '=', attachmentId)
      .where('attachments.ticket_id', '=', ticketId)
      .executeTakeFirst();
    return row ? toAttachment(row, row.message_public !== 0) : null;
  }

  /** Whether a message exists on this ticket, and whether it is public. */
  async messageVisibility(
    ex: Executor,
    ticketId: string,
    messageId: string,
  ): Promise<boolean | null> {
    const row = await ex
      .selectFrom('messages')
      .select('public')
      .where('id', '=', messageId)
      .where('ticket_id', '=', ticketId)
      .executeTakeFirst();
    return row ? row.public === 1 : null;
  }
}
