/**
 * The SMTP door for e-mail replies: receives whole messages and hands each to `onMail`, and
 * answers the sender only once `onMail` is done — 250 when it resolved, a temporary 451 when it
 * threw, so the sending server keeps the message and retries. A crash after "250" would lose
 * mail the sender already forgot; a crash before it only costs a retry. Messages over the size
 * limit are refused with 552 while they stream in, without being buffered past the limit.
 */

import type { AddressInfo } from 'node:net';
import {
  SMTPServer,
  type SMTPServerDataStream,
  type SMTPServerOptions,
  type SMTPServerSession,
} from 'smtp-server';

/** What the SMTP conversation said about a message, outside its headers. */
export interface InboundEnvelope {
  /** MAIL FROM, or null for the null reverse-path `<>` (bounces and other automatic mail). */
  readonly mailFrom: string | null;
  /** RCPT TO, as given: the reply address with its token is among them. */
  readonly rcptTo: readonly string[];
  readonly remoteAddress: string;
}

/** Files one received message; resolving means it is safely stored (the sender is told 250). */
export type InboundMailHandler = (raw: Buffer, envelope: InboundEnvelope) => Promise<void>;

/** The part of a pino-style logger the listener writes to (Fastify's `app.log` fits). */
export interface InboundSmtpLogger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

export interface InboundSmtpListenerOptions {
  /** The one address to listen on (never all interfaces unless asked: `0.0.0.0`). */
  readonly host: string;
  /** 0 picks a free port; start() says which. */
  readonly port: number;
  /** The largest message accepted, headers and encoded attachments included. */
  readonly maxMessageBytes: number;
  readonly onMail: InboundMailHandler;
  readonly logger?: InboundSmtpLogger;
  /** Simultaneous connections; more are told 421 "try again". Default 50. */
  readonly maxClients?: number;
  /** Host name in the greeting; default the machine's. */
  readonly name?: string;
  /** A certificate enables STARTTLS; without one the listener speaks plain SMTP only. */
  readonly tls?: { readonly key: string | Buffer; readonly cert: string | Buffer };
  /** Idle time before a connection is dropped. Default 60 s. */
  readonly socketTimeoutMs?: number;
  /** How long stop() lets open conversations finish before closing them. Default 10 s. */
  readonly closeTimeoutMs?: number;
}

const DEFAULT_MAX_CLIENTS = 50;
// A reply goes to one ticket address (plus perhaps a few colleagues at our domain); a message to
// hundreds of recipients here is not a reply.
const MAX_RECIPIENTS = 100;
const DEFAULT_SOCKET_TIMEOUT_MS = 60_000;
const DEFAULT_CLOSE_TIMEOUT_MS = 10_000;

const silentLogger: InboundSmtpLogger = { info() {}, warn() {}, error() {} };

/** An error whose responseCode smtp-server sends as the reply to DATA. */
function smtpReply(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/** The inbound SMTP listener: start() to listen, stop() to finish the work in hand and close. */
export class InboundSmtpListener {
  private readonly server: SMTPServer;
  private readonly logger: InboundSmtpLogger;
  private readonly inFlight = new Set<Promise<void>>();
  private started = false;

  constructor(private readonly options: InboundSmtpListenerOptions) {
    this.logger = options.logger ?? silentLogger;
    const serverOptions: SMTPServerOptions = {
      ...(options.name !== undefined && { name: options.name }),
      ...(options.tls !== undefined && { key: options.tls.key, cert: options.tls.cert }),
      // Anyone may hand us a reply, as with any mail exchanger; we never relay, so there is
      // nothing to authenticate. Who may add to which ticket is the reply token's job.
      authOptional: true,
      disabledCommands: options.tls === undefined ? ['AUTH', 'STARTTLS'] : ['AUTH'],
      size: options.maxMessageBytes,
      rejectOversized: true,
      maxClients: options.maxClients ?? DEFAULT_MAX_CLIENTS,
      maxRecipients: MAX_RECIPIENTS,
      socketTimeout: options.socketTimeoutMs ?? DEFAULT_SOCKET_TIMEOUT_MS,
      closeTimeout: options.closeTimeoutMs ?? DEFAULT_CLOSE_TIMEOUT_MS,
      // No reverse DNS per connection: slow, and nothing here uses the name.
      disableReverseLookup: true,
      logger: false,
      onData: (stream, session, callback) => this.receive(stream, session, callback),
    };
    this.server = new SMTPServer(serverOptions);
    // Connection-level errors (a client resetting mid-conversation) must not crash the process.
    this.server.on('error', (error: Error) => {
      this.logger.warn({ err: error }, 'inbound SMTP connection error');
    });
  }

  /** Listens on the configured host and port; resolves with the port actually bound. */
  start(): Promise<{ port: number }> {
    if (this.started) return Promise.reject(new Error('InboundSmtpListener already started'));
    this.started = true;
    return new Promise((resolve, reject) => {
      const net = this.server.server;
      const onError = (error: Error) => {
        net.off('listening', onListening);
        reject(error);
      };
      const onListening = () => {
        net.off('error', onError);
        const { port } = net.address() as AddressInfo;
        this.logger.info({ host: this.options.host, port }, 'inbound SMTP listening');
        resolve({ port });
      };
      net.once('error', onError);
      net.once('listening', onListening);
      this.server.listen(this.options.port, this.options.host);
    });
  }

  /** Stops accepting connections, waits for messages being filed, then closes. */
  async stop(): Promise<void> {
    if (!this.started) return;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    await Promise.allSettled([...this.inFlight]);
    await closed;
    this.started = false;
  }

  private receive(
    stream: SMTPServerDataStream,
    session: SMTPServerSession,
    callback: (error?: Error | null) => void,
  ): void {
    const chunks: Buffer[] = [];
    let bytes = 0;
    stream.on('data', (chunk: Buffer) => {
      // Past the limit the rest is read and dropped: the client is told 552 at the end.
      if (stream.sizeExceeded) return;
      chunks.push(chunk);
      bytes += chunk.length;
    });
    stream.once('end', () => {
      if (stream.sizeExceeded) {
        this.logger.warn(
          { remoteAddress: session.remoteAddress, limit: this.options.maxMessageBytes },
          'inbound SMTP message over the size limit refused',
        );
        callback(
          smtpReply(
            552,
            `Message exceeds the maximum size of ${this.options.maxMessageBytes} bytes`,
          ),
        );
        return;
      }
      const envelope = envelopeOf(session);
      const work = this.deliver(Buffer.concat(chunks, bytes), envelope, callback);
      this.inFlight.add(work);
      void work.finally(() => this.inFlight.delete(work));
    });
  }

  private async deliver(
    raw: Buffer,
    envelope: InboundEnvelope,
    callback: (error?: Error | null) => void,
  ): Promise<void> {
    try {
      await this.options.onMail(raw, envelope);
    } catch (error) {
      this.logger.error(
        { err: error, remoteAddress: envelope.remoteAddress, bytes: raw.length },
        'inbound mail could not be filed; the sender was asked to retry',
      );
      // The reason stays in our log: the sender only needs to know to come back later.
      callback(smtpReply(451, 'Temporary failure, please try again later'));
      return;
    }
    callback();
  }
}

function envelopeOf(session: SMTPServerSession): InboundEnvelope {
  const mailFrom = session.envelope.mailFrom;
  return {
    mailFrom: mailFrom === false || mailFrom.address === '' ? null : mailFrom.address,
    rcptTo: session.envelope.rcptTo.map((recipient) => recipient.address),
    remoteAddress: session.remoteAddress,
  };
}
