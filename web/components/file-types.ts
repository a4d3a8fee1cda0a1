/**
 * The file types the server accepts (ALLOWED_ATTACHMENT_TYPES of server/app/tickets/
 * attachment.ts, copied because the web bundle does not import server code; a test keeps the
 * two lists equal), so a wrong file is said beside the picker before anything is sent.
 */

export const ACCEPTED_FILE_TYPES: ReadonlySet<string> = new Set([
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

/** Whether the server will take a file of this browser-reported type. */
export function isAcceptedFileType(type: string): boolean {
  return ACCEPTED_FILE_TYPES.has((type.split(';')[0] ?? '').trim().toLowerCase());
}
