/**
 * A real SMTP server for tests (smtp-server from npm, on 127.0.0.1 and an ephemeral port) that
 * keeps every message it accepts, parsed by mailparser — what mesa sends is asserted at the
 * receiving end of a real SMTP conversation. It can refuse messages to test retries.
 */

import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  readonly envelopeTo: string[];
  readonly raw: Buffer;
  readonly parsed: ParsedMail;
  readonly messageId: string;
}

export interface SmtpSink {
  readonly url: string;
  readonly port: number;
  readonly received: ReceivedMail[];
  /** Answers the next `count` messages with this SMTP error (e.g. 451 or 550). */
  refuseNext(count: number, code: number, message?: string): void;
  /** Delays each accepted message (to catch a sender mid-dispatch). */
  setDelay(ms: number): void;
  /** Resolves once at least `count` messages arrived (or rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  let refusals: { count: number; code: number; message: string } | null = null;
  let delay = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    maxClients: 100,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        void (async () => {
          if (refusals && refusals.count > 0) {
            refusals.count -= 1;
            const error = new Error(refusals.message) as Error & { responseCode: number };
            error.responseCode = refusals.code;
            callback(error);
            return;
          }
          const raw = Buffer.concat(chunks);
          const parsed = await simpleParser(raw);
          if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
          received.push({
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            raw,
            parsed,
            messageId: parsed.messageId ?? '',
          });
          callback();
        })().catch((error: Error) => callback(error));
      });
    },
  });
  // A sender killed mid-conversation (the crash tests) resets its connection: not an error here.
  server.on('error', () => {});
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    received,
    refuseNext(count, code, message = 'refused by the test sink') {
      refusals = { count, code, message };
    },
    setDelay(ms) {
      delay = ms;
    },
    async waitFor(count, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > until) {
          throw new Error(`the SMTP sink got ${received.length} messages, expected ${count}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
