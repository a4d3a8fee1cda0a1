/**
 * Inbound e-mail for centers whose mail lives elsewhere (MAIL_IMAP_URL): mesa polls one IMAP
 * mailbox and files every unread message exactly as the SMTP listener would, then marks it
 * read. A message is marked only after it is recorded, so a crash between the two files it
 * again on the next poll — which the use case recognises (same Message-ID and sender) and does
 * not file twice. A message that cannot be recorded stays unread and is tried next time.
 */

import { ImapFlow } from 'imapflow';
import type { InboundMailService } from '../../app/mail/inbound-mail.service.js';
import { PeriodicJob } from '../../jobs/periodic-job.js';
import type { InboundEnvelope, InboundSmtpLogger } from './inbound-smtp-listener.js';
import { logFiled } from './start-inbound-mail.js';

/** Messages filed per pass; the loop takes the next ones at once. */
const BATCH = 50;

export interface ImapMailbox {
  readonly host: string;
  readonly port: number;
  /** `imaps:` (TLS from the start) or `imap:` (STARTTLS when the server offers it). */
  readonly secure: boolean;
  readonly user: string;
  readonly password: string;
  /** The folder to read, `INBOX` unless the URL's path names another. */
  readonly mailbox: string;
}

/** Reads `imaps://user:password@host:993/INBOX`; null when it is not such a URL. */
export function parseImapUrl(value: string): ImapMailbox | null {
  if (!URL.canParse(value)) return null;
  const url = new URL(value);
  if ((url.protocol !== 'imap:' && url.protocol !== 'imaps:') || !url.hostname) return null;
  if (!url.username) return null;
  const secure = url.protocol === 'imaps:';
  const path = decodeURIComponent(url.pathname.replace(/^\/+/, ''));
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 993 : 143,
    secure,
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    mailbox: path === '' ? 'INBOX' : path,
  };
}

export interface ImapPollerOptions {
  readonly mailbox: ImapMailbox;
  readonly intervalMs: number;
  readonly logger?: InboundSmtpLogger;
  readonly onError?: (error: unknown, job: string) => void;
}

export class ImapMailboxPoller {
  private readonly job: PeriodicJob;

  constructor(
    private readonly inboundMail: Pick<InboundMailService, 'receive'>,
    private readonly options: ImapPollerOptions,
  ) {
    this.job = new PeriodicJob(
      {
        name: 'imap-poller',
        intervalMs: options.intervalMs,
        ...(options.onError ? { onError: options.onError } : {}),
      },
      () => this.pollBatch(),
    );
  }

  start(): void {
    this.job.start();
  }

  /** Polls until the mailbox has no unread message; resolves with how many were filed. */
  flush(): Promise<number> {
    return this.job.flush();
  }

  stop(): Promise<void> {
    return this.job.stop();
  }

  /** Files up to one batch of unread messages; returns how many it filed. */
  async pollBatch(): Promise<number> {
    const { mailbox } = this.options;
    const client = new ImapFlow({
      host: mailbox.host,
      port: mailbox.port,
      secure: mailbox.secure,
      auth: { user: mailbox.user, pass: mailbox.password },
      logger: false,
    });
    // A connection error is also emitted; the rejected promise below reports it.
    client.on('error', () => {});
    await client.connect();
    try {
      const lock = await client.getMailboxLock(mailbox.mailbox);
      try {
        const unread = (await client.search({ seen: false }, { uid: true })) || [];
        let filed = 0;
        for (const uid of unread.slice(0, BATCH)) {
          const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
          // False when the message went away meanwhile (another client moved it).
          const source = message === false ? undefined : message.source;
          if (source === undefined) continue;
          const outcome = await this.inboundMail.receive(source, envelopeOf(source));
          // Only now: a crash before this line leaves it unread, and the next poll's filing of
          // it is recognised as the same message.
          await client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
          logFiled(this.options.logger, outcome, 'imap', source.length);
          filed += 1;
        }
        return filed;
      } finally {
        lock.release();
      }
    } finally {
      await client.logout().catch(() => client.close());
    }
  }
}

/**
 * An IMAP message has no SMTP envelope; its delivery headers stand in for one: Return-Path
 * for MAIL FROM and Delivered-To / X-Original-To for RCPT TO, where the
 * reply address with its token usually is (the To header is read by the use case anyway).
 */
export function envelopeOf(raw: Buffer): InboundEnvelope {
  const end = raw.indexOf('\r\n\r\n');
  const head = raw.subarray(0, end < 0 ? Math.min(raw.length, 65_536) : end).toString('latin1');
  // Unfold continuation lines, then read the headers we need.
  const lines = head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/);
  const values = (name: string) =>
    lines
      .filter((line) => line.toLowerCase().startsWith(`${name}:`))
      .map((line) => line.slice(name.length + 1).trim());
  const plain = (value: string) => value.replace(/^<(.*)>$/, '$1').trim();
  const returnPath = values('return-path')[0];
  // `Return-Path: <>` is the null reverse-path of bounces; a server that adds no Return-Path
  // at all is not saying the message is automatic, so the From address stands in.
  const from = values('from')[0] ?? '';
  const fromAddress = /<([^>]*)>/.exec(from)?.[1] ?? from;
  return {
    mailFrom: returnPath === undefined ? fromAddress.trim() : plain(returnPath) || null,
    rcptTo: [...values('delivered-to'), ...values('x-original-to')].map(plain).filter(Boolean),
    remoteAddress: 'imap',
  };
}
