/**
 * What may be attached to a ticket: a size cap, and only document, image, text and archive
 * types — never HTML, SVG or scripts, which a browser could run. No imports: the web bundle
 * uses the same rules to say what is wrong beside the file picker before anything is sent.
 */

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
