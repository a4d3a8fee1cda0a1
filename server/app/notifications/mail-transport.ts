/**
 * The port the mail dispatcher sends through: SMTP in production, `.eml` files when no SMTP
 * server is configured (server/mail/outbound).
 */

import type { MailDestination } from './mail-settings.js';

export interface OutgoingMail {
  /** `<…@domain>`, stable across retries: a resend after a crash is the same message. */
  readonly messageId: string;
  readonly from: string;
  readonly to: { readonly name: string; readonly address: string };
  readonly replyTo: string | null;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** Message-IDs this one threads under (In-Reply-To takes the first). */
  readonly references: readonly string[];
  /** Extra headers (Auto-Submitted, X-Mesa-Ticket …). */
  readonly headers: Readonly<Record<string, string>>;
}

export interface MailTransport {
  /** 'smtp' or 'files': shown to admins beside the outbox. */
  readonly kind: 'smtp' | 'files';
  /** Where the e-mail goes, for the admins' mail settings (credentials masked). */
  describe?(): MailDestination;
  send(mail: OutgoingMail): Promise<void>;
  close(): Promise<void>;
}

/** The receiving server refused the message for good (5xx): retrying cannot help. */
export class PermanentMailError extends Error {
  override readonly name = 'PermanentMailError';
}
