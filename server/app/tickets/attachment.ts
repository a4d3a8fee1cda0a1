/**
 * A file attached to a ticket (optionally to one of its messages), and the limits on what may
 * be attached: a size cap, and only document, image, text and archive types — never HTML, SVG
 * or scripts, which a browser could run.
 */

import type { Instant } from '../../domain/time/instant.js';

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

/** 10 MiB per file: screenshots, logs and configuration exports fit; disk images do not. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export const ALLOWED_ATTACHMENT_TYPES: ReadonlySet<string> = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
  'text/plain',
  'text/csv',
  'application/json',
  'application/xml',
  'text/xml',
  'application/zip',
  'application/x-zip-compressed',
  'application/gzip',
  'application/x-7z-compressed',
  'application/vnd.rar',
  'message/rfc822',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.visio',
]);

/** The media type without parameters, lower-cased ("text/plain; charset=utf-8" → "text/plain"). */
export function baseMediaType(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

/** A file name safe to store and to echo in a Content-Disposition header. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // Control characters and quotes would break the header; drop them.
  const printable = [...base].filter((c) => c >= ' ' && c !== '\u007f' && c !== '"').join('');
  const cleaned = printable.trim().slice(0, 200);
  return cleaned.length > 0 ? cleaned : 'archivo';
}
