/**
 * Sends through an SMTP server (SMTP_URL) with a pool of connections, so a burst of e-mails
 * does not pay a TCP and SMTP handshake each.
 */

import nodemailer, { type Transporter } from 'nodemailer';
import { type MailDestination, smtpDestination } from '../../app/notifications/mail-settings.js';
import {
  type MailTransport,
  type OutgoingMail,
  PermanentMailError,
} from '../../app/notifications/mail-transport.js';
import { mailOptionsOf } from './compose-mime.js';

export interface SmtpTransportOptions {
  /** smtp://user:pass@host:port or smtps://… */
  readonly url: string;
  /** Parallel connections (nodemailer's pool). */
  readonly connections?: number;
}

export class SmtpTransport implements MailTransport {
  readonly kind = 'smtp' as const;
  private readonly transporter: Transporter;
  private readonly destination: MailDestination;

  constructor(options: SmtpTransportOptions) {
    this.destination = smtpDestination(options.url);
    const url = new URL(options.url);
    const secure = url.protocol === 'smtps:';
    this.transporter = nodemailer.createTransport({
      pool: true,
      maxConnections: options.connections ?? 5,
      maxMessages: Number.POSITIVE_INFINITY,
      host: url.hostname,
      port: url.port === '' ? (secure ? 465 : 587) : Number(url.port),
      secure,
      ...(url.username === ''
        ? {}
        : {
            auth: {
              user: decodeURIComponent(url.username),
              pass: decodeURIComponent(url.password),
            },
          }),
      // Shorter than the dispatcher's lease, so a hung server cannot make two instances send.
      connectionTimeout: 20_000,
      greetingTimeout: 20_000,
      socketTimeout: 60_000,
    });
  }

  describe(): MailDestination {
    return this.destination;
  }

  async send(mail: OutgoingMail): Promise<void> {
    try {
      await this.transporter.sendMail(mailOptionsOf(mail));
    } catch (error) {
      const code = (error as { responseCode?: unknown }).responseCode;
      if (typeof code === 'number' && code >= 500 && code < 600) {
        throw new PermanentMailError(`${code} ${(error as Error).message}`);
      }
      throw error;
    }
  }

  async close(): Promise<void> {
    this.transporter.close();
  }
}
