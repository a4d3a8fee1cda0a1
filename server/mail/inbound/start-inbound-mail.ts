/**
 * Inbound e-mail switched on (MAIL_INBOUND_PORT): the SMTP listener handing every message to
 * the use case that files it into tickets. The sender hears 250 only once the message is
 * recorded, 451 when it could not be (it retries; the retry is never filed twice).
 */

import type { InboundOutcome } from '../../app/mail/inbound-mail.js';
import type { InboundMailService } from '../../app/mail/inbound-mail.service.js';
import { InboundSmtpListener, type InboundSmtpLogger } from './inbound-smtp-listener.js';

/**
 * The largest message accepted by default: a 10 MiB attachment (the attachment limit) grows
 * by a third in base64, and a message may carry a few files and its text in two forms.
 */
export const DEFAULT_MAX_INBOUND_MESSAGE_BYTES = 40 * 1024 * 1024;

export interface InboundMailOptions {
  /** The address to listen on (the HTTP HOST by default in main.ts). */
  readonly host: string;
  /** MAIL_INBOUND_PORT; 0 picks a free port (tests). */
  readonly port: number;
  readonly maxMessageBytes?: number;
  /**
   * The base reply address (MAIL_REPLY_ADDRESS). The services already match replies against
   * their mail configuration; a different address here is a wiring mistake, refused at start.
   */
  readonly replyAddress?: string;
  readonly logger?: InboundSmtpLogger;
}

/** A running inbound listener. */
export interface InboundMailHandle {
  readonly port: number;
  /** Stops accepting mail and waits for the messages being filed. */
  stop(): Promise<void>;
}

/** Starts the inbound SMTP listener over the services; resolves once it listens. */
export async function startInboundMail(
  services: { readonly inboundMail: InboundMailService },
  options: InboundMailOptions,
): Promise<InboundMailHandle> {
  const { inboundMail } = services;
  if (
    options.replyAddress !== undefined &&
    options.replyAddress.toLowerCase() !== inboundMail.replyAddress
  ) {
    throw new Error(
      `startInboundMail: replyAddress ${options.replyAddress} differs from the services' ` +
        `${inboundMail.replyAddress}; build the services with the same mail configuration`,
    );
  }
  const logger = options.logger;
  const listener = new InboundSmtpListener({
    host: options.host,
    port: options.port,
    maxMessageBytes: options.maxMessageBytes ?? DEFAULT_MAX_INBOUND_MESSAGE_BYTES,
    ...(logger !== undefined && { logger }),
    onMail: async (raw, envelope) => {
      const outcome = await inboundMail.receive(raw, envelope);
      logFiled(logger, outcome, envelope.remoteAddress, raw.length);
    },
  });
  const { port } = await listener.start();
  return { port, stop: () => listener.stop() };
}

/** One log line for each message filed, however it arrived (SMTP here, or IMAP polling). */
export function logFiled(
  logger: InboundSmtpLogger | undefined,
  outcome: InboundOutcome,
  remoteAddress: string,
  bytes: number,
): void {
  logger?.info(
    {
      inboundMailId: outcome.id,
      outcome: outcome.outcome,
      reason: outcome.reason,
      ticketId: outcome.ticketId,
      remoteAddress,
      bytes,
    },
    'inbound mail filed',
  );
}
