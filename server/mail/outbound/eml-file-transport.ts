/**
 * Without an SMTP server (the embedded default), each e-mail is written as an `.eml` file under
 * the data folder, named by its outbox id: what would have been sent can be opened in any mail
 * program, and a resend after a crash overwrites the same file instead of adding one.
 */

import { mkdir, open, rename } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { MailDestination } from '../../app/notifications/mail-settings.js';
import type { MailTransport, OutgoingMail } from '../../app/notifications/mail-transport.js';
import { mailOptionsOf } from './compose-mime.js';

const composer = nodemailer.createTransport({
  streamTransport: true,
  buffer: true,
  newline: 'windows',
});

/** The message as RFC 5322 bytes (CRLF line ends). */
export async function renderEml(mail: OutgoingMail): Promise<Buffer> {
  const info = await composer.sendMail(mailOptionsOf(mail));
  return info.message as Buffer;
}

/** The file name of a message: its Message-ID's left part (our outbox id). */
export function emlFileName(mail: OutgoingMail): string {
  const local = mail.messageId.replace(/^<|>$/g, '').split('@')[0] ?? 'message';
  return `${local.replace(/[^A-Za-z0-9._-]/g, '_')}.eml`;
}

export class EmlFileTransport implements MailTransport {
  readonly kind = 'files' as const;

  constructor(readonly directory: string) {}

  describe(): MailDestination {
    return { kind: 'files', directory: this.directory };
  }

  async send(mail: OutgoingMail): Promise<void> {
    await mkdir(this.directory, { recursive: true });
    const bytes = await renderEml(mail);
    const target = join(this.directory, emlFileName(mail));
    const temporary = `${target}.tmp`;
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  }

  async close(): Promise<void> {}
}
