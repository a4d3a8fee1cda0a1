import { connect, type Socket } from 'node:net';
import { createTransport } from 'nodemailer';
import { afterEach, describe, expect, it } from 'vitest';
import { type InboundEnvelope, InboundSmtpListener } from './inbound-smtp-listener.js';

const HOST = '127.0.0.1';

interface Received {
  readonly raw: Buffer;
  readonly envelope: InboundEnvelope;
}

const running: InboundSmtpListener[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((listener) => listener.stop()));
});

async function startListener(
  onMail: (raw: Buffer, envelope: InboundEnvelope) => Promise<void>,
  options: { maxMessageBytes?: number; maxClients?: number } = {},
): Promise<number> {
  const listener = new InboundSmtpListener({
    host: HOST,
    port: 0,
    maxMessageBytes: options.maxMessageBytes ?? 100_000,
    ...(options.maxClients !== undefined && { maxClients: options.maxClients }),
    closeTimeoutMs: 1000,
    onMail,
  });
  running.push(listener);
  const { port } = await listener.start();
  return port;
}

function send(
  port: number,
  raw: string,
  envelope = { from: 'ana@cliente.example', to: ['soporte+abc@mesa.example'] },
) {
  const transport = createTransport({ host: HOST, port, secure: false, ignoreTLS: true });
  return transport.sendMail({ envelope, raw });
}

function message(body: string): string {
  return [
    'From: Ana <ana@cliente.example>',
    'To: soporte+abc@mesa.example',
    'Subject: [OG-2026-000123] Prueba',
    'Message-ID: <prueba-1@cliente.example>',
    '',
    body,
    '',
  ].join('\r\n');
}

/** A minimal SMTP client on a raw socket: sends lines, returns the reply lines it got. */
class RawSmtpClient {
  private buffer = '';
  private waiters: (() => void)[] = [];

  private constructor(private readonly socket: Socket) {
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      this.buffer += chunk;
      for (const waiter of this.waiters.splice(0)) waiter();
    });
    socket.on('close', () => {
      for (const waiter of this.waiters.splice(0)) waiter();
    });
  }

  static open(port: number): Promise<RawSmtpClient> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, HOST, () => resolve(new RawSmtpClient(socket)));
      socket.once('error', reject);
    });
  }

  /** Waits for the next complete reply (a line "NNN text" without a continuation dash). */
  async reply(): Promise<string> {
    for (;;) {
      const match = /^(?:\d{3}-.*\r\n)*\d{3}(?: .*)?\r\n/.exec(this.buffer);
      if (match !== null) {
        this.buffer = this.buffer.slice(match[0].length);
        return match[0].trimEnd();
      }
      if (this.socket.destroyed) return '';
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  async command(line: string): Promise<string> {
    this.socket.write(`${line}\r\n`);
    return this.reply();
  }

  write(data: string): void {
    this.socket.write(data);
  }

  close(): void {
    this.socket.destroy();
  }
}

describe('InboundSmtpListener', () => {
  it('hands the delivered bytes and the envelope to onMail, then accepts', async () => {
    const received: Received[] = [];
    const port = await startListener(async (raw, envelope) => {
      received.push({ raw, envelope });
    });
    const raw = message('Hola,\r\n.una línea que empieza con punto\r\nAdiós');
    const info = await send(port, raw, {
      from: 'ana@cliente.example',
      to: ['soporte+abc@mesa.example', 'otro@mesa.example'],
    });
    expect(info.response).toMatch(/^250 /);
    expect(received).toHaveLength(1);
    expect(received[0]?.raw.toString('utf8')).toBe(raw);
    expect(received[0]?.envelope).toEqual({
      mailFrom: 'ana@cliente.example',
      rcptTo: ['soporte+abc@mesa.example', 'otro@mesa.example'],
      remoteAddress: HOST,
    });
  });

  it('reports the null reverse-path of a bounce as mailFrom null', async () => {
    const received: InboundEnvelope[] = [];
    const port = await startListener(async (_raw, envelope) => {
      received.push(envelope);
    });
    const client = await RawSmtpClient.open(port);
    expect(await client.reply()).toMatch(/^220 /);
    expect(await client.command('EHLO mx.cliente.example')).toMatch(/^250/);
    expect(await client.command('MAIL FROM:<>')).toMatch(/^250 /);
    expect(await client.command('RCPT TO:<soporte@mesa.example>')).toMatch(/^250 /);
    expect(await client.command('DATA')).toMatch(/^354 /);
    expect(await client.command(`${message('rebote')}.`)).toMatch(/^250 /);
    client.close();
    expect(received[0]?.mailFrom).toBeNull();
  });

  it('accepts only once onMail has resolved', async () => {
    let release = () => {};
    let handlerDone = false;
    const port = await startListener(async () => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      handlerDone = true;
    });
    let accepted = false;
    const sending = send(port, message('espera')).then((info) => {
      accepted = true;
      expect(handlerDone).toBe(true);
      return info;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(accepted).toBe(false);
    release();
    await expect(sending).resolves.toMatchObject({ response: expect.stringMatching(/^250 /) });
    expect(accepted).toBe(true);
  });

  it('answers a temporary 451 when onMail throws, and a retry succeeds', async () => {
    let attempts = 0;
    const stored: Buffer[] = [];
    const port = await startListener(async (raw) => {
      attempts++;
      if (attempts === 1) throw new Error('database is locked');
      stored.push(raw);
    });
    const raw = message('reintento');
    const failure = await send(port, raw).catch((error: unknown) => error);
    expect(failure).toMatchObject({ responseCode: 451 });
    expect(String((failure as Error).message)).not.toContain('database');
    const info = await send(port, raw);
    expect(info.response).toMatch(/^250 /);
    expect(attempts).toBe(2);
    expect(stored.map((b) => b.toString('utf8'))).toEqual([raw]);
  });

  it('refuses a message over the limit with 552 during DATA, without calling onMail', async () => {
    let calls = 0;
    const port = await startListener(
      async () => {
        calls++;
      },
      { maxMessageBytes: 1000 },
    );
    const client = await RawSmtpClient.open(port);
    await client.reply();
    await client.command('EHLO mx.cliente.example');
    await client.command('MAIL FROM:<ana@cliente.example>');
    await client.command('RCPT TO:<soporte@mesa.example>');
    expect(await client.command('DATA')).toMatch(/^354 /);
    client.write(message('x'.repeat(5000)));
    expect(await client.command('.')).toMatch(/^552 /);
    // The conversation goes on: a message within the limit is still accepted.
    await client.command('MAIL FROM:<ana@cliente.example>');
    await client.command('RCPT TO:<soporte@mesa.example>');
    await client.command('DATA');
    expect(await client.command(`${message('corto')}.`)).toMatch(/^250 /);
    client.close();
    expect(calls).toBe(1);
  });

  it('refuses an oversized message announced with SIZE (nodemailer)', async () => {
    let calls = 0;
    const port = await startListener(
      async () => {
        calls++;
      },
      { maxMessageBytes: 1000 },
    );
    const failure = await send(port, message('x'.repeat(5000))).catch((error: unknown) => error);
    expect(failure).toMatchObject({ responseCode: 552 });
    expect(calls).toBe(0);
  });

  it('takes no AUTH and no STARTTLS without a certificate', async () => {
    const port = await startListener(async () => {});
    const client = await RawSmtpClient.open(port);
    await client.reply();
    const ehlo = await client.command('EHLO mx.cliente.example');
    client.close();
    expect(ehlo).not.toMatch(/AUTH|STARTTLS/);
    expect(ehlo).toMatch(/SIZE 100000/);
  });

  it('turns away connections beyond maxClients with 421', async () => {
    const port = await startListener(async () => {}, { maxClients: 1 });
    const first = await RawSmtpClient.open(port);
    expect(await first.reply()).toMatch(/^220 /);
    const second = await RawSmtpClient.open(port);
    expect(await second.reply()).toMatch(/^421 /);
    first.close();
    second.close();
  });

  it('refuses to start on a port already taken', async () => {
    const port = await startListener(async () => {});
    const other = new InboundSmtpListener({
      host: HOST,
      port,
      maxMessageBytes: 1000,
      onMail: async () => {},
    });
    await expect(other.start()).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });

  it('lets a message being filed finish before stop() resolves', async () => {
    let release = () => {};
    let filed = false;
    const listener = new InboundSmtpListener({
      host: HOST,
      port: 0,
      maxMessageBytes: 100_000,
      closeTimeoutMs: 5000,
      onMail: async () => {
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        filed = true;
      },
    });
    const { port } = await listener.start();
    const sending = send(port, message('al apagar'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const stopping = listener.stop();
    setTimeout(() => release(), 100);
    await stopping;
    expect(filed).toBe(true);
    await expect(sending).resolves.toMatchObject({ response: expect.stringMatching(/^250 /) });
  });
});
