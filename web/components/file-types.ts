/**
 * The file types the server accepts, from the same rules it enforces
 * (server/domain/ticket/attachment-rules.ts), so a wrong file is said beside the picker before
 * anything is sent.
 */

import {
  ALLOWED_ATTACHMENT_TYPES,
  baseMediaType,
  MAX_ATTACHMENT_BYTES,
} from '../../server/domain/ticket/attachment-rules';

export { MAX_ATTACHMENT_BYTES };

/** Whether the server will take a file of this browser-reported type. */
export function isAcceptedFileType(type: string): boolean {
  return ALLOWED_ATTACHMENT_TYPES.has(baseMediaType(type));
}
