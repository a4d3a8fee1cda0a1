/**
 * A file attached to a ticket (optionally to one of its messages). What may be attached is
 * decided by domain/ticket/attachment-rules.ts, re-exported here.
 */

import type { Instant } from '../../domain/time/instant.js';

// The rules live where the web can import them too (no imports of their own).
export {
  ALLOWED_ATTACHMENT_TYPES,
  baseMediaType,
  MAX_ATTACHMENT_BYTES,
} from '../../domain/ticket/attachment-rules.js';

export interface Attachment {
  readonly id: string;
  readonly ticketId: string;
  readonly messageId: string | null;
  readonly uploadedBy: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number;
  readonly sha256: string;
  /** Where the content lives, relative to the attachments folder. */
  readonly storageKey: string;
  /** False when attached to an internal note: staff only. */
  readonly public: boolean;
  readonly createdAt: Instant;
}

/** A file name safe to store and to echo in a Content-Disposition header. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // Control characters and quotes would break the header; drop them.
  const printable = [...base].filter((c) => c >= ' ' && c !== '\u007f' && c !== '"').join('');
  const cleaned = printable.trim().slice(0, 200);
  return cleaned.length > 0 ? cleaned : 'archivo';
}
