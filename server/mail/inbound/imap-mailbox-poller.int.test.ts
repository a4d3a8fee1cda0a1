/**
 * Inbound e-mail by IMAP polling, through a real IMAP conversation: messages are appended to
 * an in-memory IMAP server (hoodiecrow) with imapflow, the poller files the unread ones like
 * the SMTP listener would and marks them read; a message filed but left unread (a crash before
 * the flag) is recognised on the next poll and not filed twice.
 */

import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import hoodiecrow from 'hoodiecrow-imap';
import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createContract,
  createOrganization,
  createUser,
  describeEachDatabase,
  useHarness,
} from '../../../test/support/harness.js';
import { actorOf } from '../../app/identity/user.js';
import { envelopeOf, ImapMailboxPoller, parseImapUrl } from './imap-mailbox-poller.js';

const USER = 'mesa';
const PASSWORD = 'secreto-imap';

describeEachDatabase('inbound e-mail from an IMAP mailbox', (database) => {
  const harness = useHarness(database);
  let server: ReturnType<typeof hoodiecrow>;
  let port = 0;

  beforeAll(async () => {
    server = hoodiecrow({
      plugins: ['ID', 'IDLE', 'ENABLE', 'UIDPLUS', 'UNSELECT', 'LITERALPLUS', 'SPECIAL-USE'],
      users: { [USER]: { password: PASSWORD } },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  async function withClient<T>(work: (client: ImapFlow) => Promise<T>): Promise<T> {
    const client = new ImapFlow({
      host: '127.0.0.1',
      port,
      secure: false,
      auth: { user: USER, pass: PASSWORD },
      logger: false,
    });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.logout();
    }
  }

  function poller(): ImapMailboxPoller {
    const mailbox = parseImapUrl(`imap://${USER}:${PASSWORD}@127.0.0.1:${port}/INBOX`);
    if (mailbox === null) throw new Error('the test URL must parse');
    return new ImapMailboxPoller(harness().services.inboundMail, { mailbox, intervalMs: 60_000 });
  }

  function mail(headers: Record<string, string>, body: string): string {
    const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
    return `${[...lines, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8'].join('\r\n')}\r\n\r\n${body}\r\n`;
  }

  it('files a reply, keeps an unknown sender for review, ignores an auto-reply, and marks them read', async () => {
    const h = harness();
    const unique = randomBytes(3).toString('hex');
    const organization = await createOrganization(h, `Cliente IMAP ${unique}`);
    await createContract(h, organization.id);
    const ana = await createUser(h, {
      role: 'customer',
      organizationId: organization.id,
      email: `ana.${unique}@cliente.example`,
    });
    const { ticket } = await h.services.tickets.register(actorOf(ana), {
      subject: 'El correo no sincroniza',
      description: 'Desde esta mañana Outlook no descarga correo.',
      impact: 'medium',
    });
    const { reply_token: token } = await h.db.kysely
      .selectFrom('tickets')
      .select('reply_token')
      .where('id', '=', ticket.id)
      .executeTakeFirstOrThrow();
    const replyId = `<imap-${unique}@cliente.example>`;
    await withClient(async (client) => {
      await client.append(
        'INBOX',
        mail(
          {
            'Return-Path': `<${ana.email}>`,
            'Delivered-To': `soporte+${token}@mesa.localhost`,
            From: `Ana <${ana.email}>`,
            To: `soporte+${token}@mesa.localhost`,
            Subject: `RE: [${ticket.number}] El correo no sincroniza`,
            'Message-ID': replyId,
          },
          'Ya reinicié el equipo y sigue igual.',
        ),
      );
      await client.append(
        'INBOX',
        mail(
          {
            From: `Desconocido <nadie.${unique}@otro.example>`,
            To: 'soporte@mesa.localhost',
            Subject: 'Ofrezco servicios',
            'Message-ID': `<unknown-${unique}@otro.example>`,
          },
          'Hola, ¿les interesa?',
        ),
      );
      await client.append(
        'INBOX',
        mail(
          {
            'Return-Path': '<>',
            From: `Ana <${ana.email}>`,
            To: `soporte+${token}@mesa.localhost`,
            Subject: 'Respuesta automática: fuera de la oficina',
            'Auto-Submitted': 'auto-replied',
            'Message-ID': `<auto-${unique}@cliente.example>`,
          },
          'Estoy de vacaciones.',
        ),
      );
    });

    expect(await poller().flush()).toBe(3);

    const messages = await h.db.kysely
      .selectFrom('messages')
      .select(['kind', 'body'])
      .where('ticket_id', '=', ticket.id)
      .execute();
    expect(messages.map((m) => m.body)).toContain('Ya reinicié el equipo y sigue igual.');
    const outcomes = await h.db.kysely
      .selectFrom('inbound_messages')
      .select(['message_id', 'outcome'])
      .where('message_id', 'in', [
        replyId,
        `<unknown-${unique}@otro.example>`,
        `<auto-${unique}@cliente.example>`,
      ])
      .orderBy('message_id')
      .execute();
    expect(
      Object.fromEntries(outcomes.map((o) => [o.message_id.split('-')[0], o.outcome])),
    ).toEqual({
      '<auto': 'ignored',
      '<imap': 'attached',
      '<unknown': 'review',
    });
    const unread = await withClient(async (client) => {
      const lock = await client.getMailboxLock('INBOX');
      try {
        return (await client.search({ seen: false }, { uid: true })) || [];
      } finally {
        lock.release();
      }
    });
    expect(unread).toEqual([]);
    // Nothing new: the next poll files nothing.
    expect(await poller().flush()).toBe(0);
  });

  it('does not file twice a message filed but left unread by a crash', async () => {
    const h = harness();
    const unique = randomBytes(3).toString('hex');
    const messageId = `<twice-${unique}@otro.example>`;
    await withClient((client) =>
      client.append(
        'INBOX',
        mail(
          {
            From: `Alguien <alguien.${unique}@otro.example>`,
            To: 'soporte@mesa.localhost',
            Subject: 'Consulta',
            'Message-ID': messageId,
          },
          'Una consulta.',
        ),
      ),
    );
    expect(await poller().flush()).toBe(1);
    // As if the process died after filing and before the \Seen flag reached the server.
    await withClient(async (client) => {
      const lock = await client.getMailboxLock('INBOX');
      try {
        await client.messageFlagsRemove({ all: true }, ['\\Seen']);
      } finally {
        lock.release();
      }
    });
    const before = await h.db.kysely
      .selectFrom('inbound_messages')
      .select('id')
      .where('message_id', '=', messageId)
      .execute();
    await poller().flush();
    const after = await h.db.kysely
      .selectFrom('inbound_messages')
      .select('id')
      .where('message_id', '=', messageId)
      .execute();
    expect(before).toHaveLength(1);
    expect(after).toEqual(before);
  });
});

it('reads the envelope from the delivery headers: Return-Path <> is a bounce', () => {
  const raw = (head: string) => Buffer.from(`${head}\r\n\r\nCuerpo`);
  expect(
    envelopeOf(raw('Return-Path: <>\r\nFrom: MAILER-DAEMON <mailer@x.example>\r\nSubject: x')),
  ).toEqual({ mailFrom: null, rcptTo: [], remoteAddress: 'imap' });
  expect(
    envelopeOf(
      raw(
        'From: "Ana" <ana@c.example>\r\nDelivered-To: <soporte+t@m.example>\r\nX-Original-To:\r\n soporte@m.example',
      ),
    ),
  ).toEqual({
    mailFrom: 'ana@c.example',
    rcptTo: ['soporte+t@m.example', 'soporte@m.example'],
    remoteAddress: 'imap',
  });
});
