/**
 * Inbound e-mail end to end on both databases: messages delivered by nodemailer, a real SMTP
 * client, to mesa's own SMTP listener (startInboundMail on a free port), and what became of
 * them in tickets, in the inbound_messages record and in the outbox.
 */

import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createContract,
  createOrganization,
  createUser,
  describeEachDatabase,
  type Harness,
  useHarness,
} from '../../../test/support/harness.js';
import { type InboundMailHandle, startInboundMail } from '../../mail/inbound/start-inbound-mail.js';
import type { Actor } from '../actor.js';
import { OPERATOR } from '../identity/operator.js';
import { actorOf, type User } from '../identity/user.js';
import type { Ticket } from '../tickets/ticket.js';

const HOST = '127.0.0.1';
const REPLY = 'soporte@mesa.localhost';
const MIB = 1024 * 1024;

interface World {
  readonly ana: User;
  readonly carla: User;
  readonly beto: User;
  readonly inactive: User;
  readonly agentUser: User;
  readonly agent: Actor;
}

async function buildWorld(h: Harness): Promise<World> {
  const cliente = await createOrganization(h, `Cliente ${randomBytes(3).toString('hex')}`);
  await createContract(h, cliente.id);
  const otra = await createOrganization(h, `Otra ${randomBytes(3).toString('hex')}`);
  await createContract(h, otra.id);
  const unique = randomBytes(3).toString('hex');
  const ana = await createUser(h, {
    role: 'customer',
    organizationId: cliente.id,
    email: `ana.${unique}@cliente.example`,
    name: 'Ana Pérez',
  });
  const carla = await createUser(h, {
    role: 'customer_admin',
    organizationId: cliente.id,
    email: `carla.${unique}@cliente.example`,
  });
  const inactive = await createUser(h, {
    role: 'customer',
    organizationId: cliente.id,
    email: `ex.${unique}@cliente.example`,
  });
  await h.services.users.update(OPERATOR, inactive.id, { active: false });
  const beto = await createUser(h, {
    role: 'customer',
    organizationId: otra.id,
    email: `beto.${unique}@otra.example`,
  });
  const agentUser = await createUser(h, {
    role: 'agent',
    email: `agente.${unique}@mesa.localhost`,
  });
  return { ana, carla, beto, inactive, agentUser, agent: actorOf(agentUser) };
}

let sequence = 0;
/** A Message-ID no other test uses. */
function newMessageId(): string {
  sequence += 1;
  return `<prueba-${sequence}-${randomBytes(4).toString('hex')}@cliente.example>`;
}

/** A raw message: header lines, a blank line, the body; CRLF line ends. */
function raw(headers: readonly string[], body: string): string {
  return `${[...headers, '', body].join('\r\n')}\r\n`;
}

describeEachDatabase('inbound e-mail over SMTP', (database) => {
  const harness = useHarness(database);
  let inbound: InboundMailHandle;
  let w: World;

  beforeAll(async () => {
    const h = harness();
    inbound = await startInboundMail(h.services, {
      host: HOST,
      port: 0,
      // Room for an 11 MiB attachment in base64, which the attachment limit then refuses.
      maxMessageBytes: 20 * MIB,
      replyAddress: REPLY,
    });
    w = await buildWorld(h);
  });

  afterAll(async () => {
    await inbound?.stop();
  });

  const transport = () =>
    createTransport({ host: HOST, port: inbound.port, secure: false, ignoreTLS: true });

  /** Delivers a message over SMTP; resolves with the server's reply line. */
  async function deliver(message: Mail.Options): Promise<string> {
    const info = await transport().sendMail(message);
    return info.response;
  }

  async function deliverRaw(
    text: string | Buffer,
    envelope: { from: string; to: string[] },
  ): Promise<string> {
    return deliver({ envelope, raw: text });
  }

  async function openTicket(
    by: User = w.ana,
    subject = 'La impresora no imprime',
  ): Promise<Ticket> {
    const { ticket } = await harness().services.tickets.register(actorOf(by), {
      subject,
      description: 'Desde ayer la impresora del piso 3 no imprime.',
      impact: 'medium',
    });
    return ticket;
  }

  async function tokenOf(ticket: Ticket): Promise<string> {
    const row = await harness()
      .db.kysely.selectFrom('tickets')
      .select('reply_token')
      .where('id', '=', ticket.id)
      .executeTakeFirstOrThrow();
    return row.reply_token ?? '';
  }

  async function replyAddressOf(ticket: Ticket): Promise<string> {
    return `soporte+${await tokenOf(ticket)}@mesa.localhost`;
  }

  function messagesOf(ticketId: string) {
    return harness()
      .db.kysely.selectFrom('messages')
      .selectAll()
      .where('ticket_id', '=', ticketId)
      .orderBy('id')
      .execute();
  }

  function attachmentsOf(ticketId: string) {
    return harness()
      .db.kysely.selectFrom('attachments')
      .selectAll()
      .where('ticket_id', '=', ticketId)
      .orderBy('id')
      .execute();
  }

  async function recordOf(messageId: string) {
    const rows = await harness()
      .db.kysely.selectFrom('inbound_messages')
      .selectAll()
      .where('message_id', '=', messageId)
      .execute();
    expect(rows).toHaveLength(1);
    const row = rows[0];
    if (row === undefined) throw new Error('no inbound row');
    return { ...row, details: JSON.parse(row.details) as Record<string, unknown> };
  }

  async function count(table: 'tickets' | 'outbox' | 'inbound_messages'): Promise<number> {
    const row = await harness()
      .db.kysely.selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  it('attaches a reply with the ticket’s token: quoted history trimmed, its file kept', async () => {
    const ticket = await openTicket();
    const messageId = newMessageId();
    const answer = await deliver({
      from: `"Ana Pérez" <${w.ana.email}>`,
      to: await replyAddressOf(ticket),
      subject: `RE: [${ticket.number}] La impresora no imprime`,
      messageId,
      text: [
        'Ya la reinicié y sigue sin imprimir. Adjunto el registro.',
        '',
        'El lun, 16 mar 2026 a las 10:05, Mesa de servicios <soporte@mesa.localhost> escribió:',
        '> Hola Ana, ¿podría reiniciar la impresora?',
        '> Gracias.',
      ].join('\n'),
      attachments: [
        { filename: 'registro.txt', content: 'error 0x42\n', contentType: 'text/plain' },
      ],
    });
    expect(answer).toMatch(/^250/);

    const record = await recordOf(messageId);
    expect(record).toMatchObject({ outcome: 'attached', reason: null, ticket_id: ticket.id });
    expect(record.sender).toBe(w.ana.email);
    expect(record.sender_name).toBe('Ana Pérez');
    const replies = (await messagesOf(ticket.id)).filter((m) => m.kind === 'reply');
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({
      author_id: w.ana.id,
      body: 'Ya la reinicié y sigue sin imprimir. Adjunto el registro.',
      public: 1,
    });
    const files = await attachmentsOf(ticket.id);
    expect(files).toMatchObject([
      { file_name: 'registro.txt', message_id: replies[0]?.id, uploaded_by: w.ana.id, size: 11 },
    ]);
    // The raw message is kept, byte for byte, beside the database.
    expect(existsSync(join(harness().dataDir, 'inbound', record.raw_key))).toBe(true);
  });

  it('lets a colleague of the organization and staff answer by e-mail too', async () => {
    const ticket = await openTicket();
    const address = await replyAddressOf(ticket);
    const fromColleague = newMessageId();
    await deliver({
      from: w.carla.email,
      to: address,
      subject: 'RE: impresora',
      messageId: fromColleague,
      text: 'Confirmo lo que dice Ana.',
    });
    const fromAgent = newMessageId();
    await deliver({
      from: w.agentUser.email,
      to: address,
      subject: 'RE: impresora',
      messageId: fromAgent,
      text: 'Vamos a revisar el controlador de la impresora.',
    });
    expect((await recordOf(fromColleague)).outcome).toBe('attached');
    expect((await recordOf(fromAgent)).outcome).toBe('attached');
    const replies = (await messagesOf(ticket.id)).filter((m) => m.kind === 'reply');
    expect(replies.map((m) => [m.author_id, m.public])).toEqual([
      [w.carla.id, 1],
      [w.agentUser.id, 1],
    ]);
  });

  it('reads an HTML-only reply as text, without its quoted part', async () => {
    const ticket = await openTicket();
    const messageId = newMessageId();
    await deliver({
      from: w.ana.email,
      to: await replyAddressOf(ticket),
      subject: 'RE: impresora',
      messageId,
      html:
        '<div>Ya <b>funciona</b> &amp; imprime.<script>alert(1)</script></div>' +
        '<div class="gmail_quote">El lun, 16 mar 2026 a las 10:05, Mesa escribió:' +
        '<blockquote>¿Podría reiniciarla?</blockquote></div>',
    });
    expect(await recordOf(messageId)).toMatchObject({ outcome: 'attached' });
    const reply = (await messagesOf(ticket.id)).find((m) => m.kind === 'reply');
    expect(reply?.body).toBe('Ya funciona & imprime.');
  });

  it('finds the token in RCPT TO even when the To header names only the base address', async () => {
    const ticket = await openTicket();
    const messageId = newMessageId();
    await deliverRaw(
      raw(
        [
          `From: ${w.ana.email}`,
          `To: ${REPLY}`,
          'Subject: sobre mi caso',
          `Message-ID: ${messageId}`,
        ],
        'Llegó por el sobre.',
      ),
      { from: w.ana.email, to: [await replyAddressOf(ticket)] },
    );
    expect(await recordOf(messageId)).toMatchObject({ outcome: 'attached', ticket_id: ticket.id });
  });

  it('opens a new linked ticket for a reply to a closed ticket', async () => {
    const h = harness();
    const ticket = await openTicket();
    await h.services.tickets.closeAsOutOfScope(w.agent, ticket.id, {
      reason: 'Falla del proveedor',
    });
    const messageId = newMessageId();
    await deliver({
      from: w.ana.email,
      to: await replyAddressOf(ticket),
      subject: `RE: [${ticket.number}] La impresora no imprime`,
      messageId,
      text: 'Volvió a fallar esta mañana, ahora con otro error.',
    });
    const record = await recordOf(messageId);
    expect(record.outcome).toBe('follow_up');
    expect(record.ticket_id).not.toBe(ticket.id);
    expect(record.details).toMatchObject({ previousTicketId: ticket.id });
    const followUp = await h.db.kysely
      .selectFrom('tickets')
      .selectAll()
      .where('id', '=', record.ticket_id ?? '')
      .executeTakeFirstOrThrow();
    expect(followUp).toMatchObject({
      previous_ticket_id: ticket.id,
      requester_id: w.ana.id,
      status: 'new',
      channel: 'email',
      description: 'Volvió a fallar esta mañana, ahora con otro error.',
    });
  });

  it('records "¡Muchas gracias!" on the closed ticket as a courtesy and opens nothing', async () => {
    const h = harness();
    const ticket = await openTicket();
    await h.services.tickets.closeAsOutOfScope(w.agent, ticket.id, { reason: 'Fuera de alcance' });
    const tickets = await count('tickets');
    const messageId = newMessageId();
    await deliver({
      from: w.ana.email,
      to: await replyAddressOf(ticket),
      subject: `RE: [${ticket.number}] cerrado`,
      messageId,
      text: '¡Muchas gracias!\n\n-- \nAna Pérez\nCliente S.A.',
    });
    expect(await recordOf(messageId)).toMatchObject({ outcome: 'courtesy', ticket_id: ticket.id });
    expect(await count('tickets')).toBe(tickets);
    const last = (await messagesOf(ticket.id)).at(-1);
    expect(last).toMatchObject({ kind: 'reply', body: '¡Muchas gracias!', author_id: w.ana.id });
  });

  it('opens a ticket (channel email, impact medium) for a known contact’s new message', async () => {
    const h = harness();
    const messageId = newMessageId();
    await deliver({
      from: w.ana.email,
      to: REPLY,
      subject: 'RV: Servidor de correo caído',
      messageId,
      text: 'Desde las 8:00 nadie recibe correo.\n\nGracias,\nAna',
      attachments: [{ filename: 'captura.png', content: Buffer.from('89504e47', 'hex') }],
    });
    const record = await recordOf(messageId);
    expect(record.outcome).toBe('opened');
    const ticket = await h.db.kysely
      .selectFrom('tickets')
      .selectAll()
      .where('id', '=', record.ticket_id ?? '')
      .executeTakeFirstOrThrow();
    expect(ticket).toMatchObject({
      channel: 'email',
      impact: 'medium',
      requester_id: w.ana.id,
      subject: 'Servidor de correo caído',
      description: 'Desde las 8:00 nadie recibe correo.\n\nGracias,\nAna',
    });
    expect(await attachmentsOf(ticket.id)).toMatchObject([
      { file_name: 'captura.png', content_type: 'image/png', message_id: null },
    ]);
  });

  it('keeps mail from an unknown sender for review and opens no ticket', async () => {
    const tickets = await count('tickets');
    const messageId = newMessageId();
    await deliver({
      from: 'desconocido@spam.example',
      to: REPLY,
      subject: 'Necesito soporte',
      messageId,
      text: 'Hola, ¿me ayudan?',
    });
    expect(await recordOf(messageId)).toMatchObject({
      outcome: 'review',
      reason: 'unknown_sender',
      ticket_id: null,
    });
    expect(await count('tickets')).toBe(tickets);
  });

  it('keeps for review a deactivated contact’s message and an unknown token', async () => {
    const fromInactive = newMessageId();
    await deliver({
      from: w.inactive.email,
      to: REPLY,
      subject: 'Hola',
      messageId: fromInactive,
      text: 'x',
    });
    expect(await recordOf(fromInactive)).toMatchObject({
      outcome: 'review',
      reason: 'inactive_sender',
    });
    const forged = newMessageId();
    await deliver({
      from: w.ana.email,
      to: `soporte+${'a'.repeat(26)}@mesa.localhost`,
      subject: 'Hola',
      messageId: forged,
      text: 'x',
    });
    expect(await recordOf(forged)).toMatchObject({ outcome: 'review', reason: 'unknown_token' });
  });

  it('does not attach a spoofed ticket number from another organization’s user', async () => {
    const ticket = await openTicket();
    const before = await messagesOf(ticket.id);
    const tickets = await count('tickets');
    const messageId = newMessageId();
    await deliver({
      from: w.beto.email,
      to: REPLY,
      subject: `RE: [${ticket.number}] La impresora no imprime`,
      messageId,
      text: 'Por favor cierren este caso.',
    });
    const record = await recordOf(messageId);
    expect(record).toMatchObject({ outcome: 'review', reason: 'sender_not_in_organization' });
    expect(record.details).toMatchObject({ ticketNumber: ticket.number, by: 'subject' });
    expect(await messagesOf(ticket.id)).toEqual(before);
    expect(await count('tickets')).toBe(tickets);
  });

  it('keeps for review a reply naming its own ticket without a token (no proof)', async () => {
    const ticket = await openTicket();
    const messageId = newMessageId();
    await deliver({
      from: w.ana.email,
      to: REPLY,
      subject: `RE: [${ticket.number}] La impresora no imprime`,
      messageId,
      inReplyTo: `<ticket-${ticket.id}@mesa.localhost>`,
      text: 'Respondo sin el token.',
    });
    const record = await recordOf(messageId);
    expect(record).toMatchObject({
      outcome: 'review',
      reason: 'no_reply_token',
      ticket_id: ticket.id,
    });
    expect(record.details).toMatchObject({ ticketNumber: ticket.number, by: 'thread' });
    expect((await messagesOf(ticket.id)).filter((m) => m.kind === 'reply')).toEqual([]);
  });

  it('does not attach a reply with a valid token from another organization’s user', async () => {
    const ticket = await openTicket();
    const before = await messagesOf(ticket.id);
    const messageId = newMessageId();
    await deliver({
      from: w.beto.email,
      to: await replyAddressOf(ticket),
      subject: 'RE: reenviado',
      messageId,
      text: 'Me llegó reenviado, respondo.',
    });
    const record = await recordOf(messageId);
    expect(record).toMatchObject({
      outcome: 'review',
      reason: 'sender_not_in_organization',
      ticket_id: ticket.id,
    });
    expect(record.details).toMatchObject({ by: 'token' });
    expect(await messagesOf(ticket.id)).toEqual(before);
  });

  it.each<[string, string[], string, (to: string) => string]>([
    [
      'Auto-Submitted',
      ['Auto-Submitted: auto-replied', 'Subject: Fuera de la oficina'],
      'auto_submitted',
      () => 'Estoy de vacaciones hasta el lunes.',
    ],
    [
      'Precedence: bulk',
      ['Precedence: bulk', 'Subject: Boletín'],
      'precedence',
      () => 'Novedades del mes.',
    ],
    [
      'a DSN (multipart/report)',
      [
        'Subject: Undelivered Mail Returned to Sender',
        'MIME-Version: 1.0',
        'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn"',
      ],
      'delivery_report',
      (to) =>
        [
          '--dsn',
          'Content-Type: text/plain',
          '',
          `No se pudo entregar a ${to}.`,
          '--dsn',
          'Content-Type: message/delivery-status',
          '',
          'Reporting-MTA: dns; mx.cliente.example',
          '',
          `Final-Recipient: rfc822; ${to}`,
          'Action: failed',
          'Status: 5.1.1',
          '--dsn--',
        ].join('\r\n'),
    ],
  ])(
    'ignores %s: no ticket, no message, no e-mail in answer',
    async (_name, headers, reason, body) => {
      const ticket = await openTicket();
      const to = await replyAddressOf(ticket);
      const before = { tickets: await count('tickets'), outbox: await count('outbox') };
      const messages = await messagesOf(ticket.id);
      const messageId = newMessageId();
      await deliverRaw(
        raw(
          [`From: ${w.ana.email}`, `To: ${to}`, `Message-ID: ${messageId}`, ...headers],
          body(to),
        ),
        { from: w.ana.email, to: [to] },
      );
      // Recorded against the ticket its token names, never as a message on it.
      expect(await recordOf(messageId)).toMatchObject({
        outcome: 'ignored',
        reason,
        ticket_id: ticket.id,
      });
      expect(await count('tickets')).toBe(before.tickets);
      expect(await count('outbox')).toBe(before.outbox);
      expect(await messagesOf(ticket.id)).toEqual(messages);
    },
  );

  it('ignores a message with the null reverse-path MAIL FROM:<>, even from a known contact', async () => {
    const before = { tickets: await count('tickets'), outbox: await count('outbox') };
    const messageId = newMessageId();
    await deliverRaw(
      raw(
        [`From: ${w.ana.email}`, `To: ${REPLY}`, 'Subject: Aviso', `Message-ID: ${messageId}`],
        'x',
      ),
      { from: '', to: [REPLY] },
    );
    expect(await recordOf(messageId)).toMatchObject({
      outcome: 'ignored',
      reason: 'null_reverse_path',
      envelope_from: null,
    });
    expect(await count('tickets')).toBe(before.tickets);
    expect(await count('outbox')).toBe(before.outbox);
  });

  it('files a message delivered twice once (one after the other, and at the same time)', async () => {
    const ticket = await openTicket();
    const to = await replyAddressOf(ticket);
    const message = (messageId: string): Mail.Options => ({
      from: w.ana.email,
      to,
      subject: 'RE: impresora',
      messageId,
      text: `Entrega repetida ${messageId}`,
    });
    const again = newMessageId();
    await deliver(message(again));
    expect(await deliver(message(again))).toMatch(/^250/);
    expect((await messagesOf(ticket.id)).filter((m) => m.body.includes(again))).toHaveLength(1);

    // Concurrent deliveries: one files it, the others get 250 (a duplicate) or 451 (try later).
    const racing = newMessageId();
    const attempts = await Promise.allSettled([1, 2, 3].map(() => deliver(message(racing))));
    for (const attempt of attempts) {
      if (attempt.status === 'rejected') {
        expect(attempt.reason).toMatchObject({ responseCode: 451 });
        expect(await deliver(message(racing))).toMatch(/^250/);
      }
    }
    expect((await messagesOf(ticket.id)).filter((m) => m.body.includes(racing))).toHaveLength(1);
    expect(await recordOf(racing)).toMatchObject({ outcome: 'attached' });
  });

  it('answers 451 when it cannot store the raw message, and files the retry once', async () => {
    const h = harness();
    const ticket = await openTicket();
    const folder = join(h.dataDir, 'inbound');
    await rename(folder, `${folder}.away`);
    // A file where the folder should be: writing the message fails (also for root).
    await writeFile(folder, 'no es una carpeta');
    const messageId = newMessageId();
    const message: Mail.Options = {
      from: w.ana.email,
      to: await replyAddressOf(ticket),
      subject: 'RE: impresora',
      messageId,
      text: 'Reintento después de un 451.',
    };
    try {
      await expect(deliver(message)).rejects.toMatchObject({ responseCode: 451 });
    } finally {
      await rm(folder);
      await rename(`${folder}.away`, folder);
    }
    expect(
      await h.db.kysely
        .selectFrom('inbound_messages')
        .select('id')
        .where('message_id', '=', messageId)
        .execute(),
    ).toEqual([]);
    expect(await deliver(message)).toMatch(/^250/);
    expect(await recordOf(messageId)).toMatchObject({ outcome: 'attached' });
    expect((await messagesOf(ticket.id)).filter((m) => m.body === message.text)).toHaveLength(1);
  });

  it('resumes a delivery that failed after posting: one message, one file', async () => {
    const h = harness();
    const ticket = await openTicket();
    const folder = join(h.dataDir, 'attachments');
    await mkdir(folder, { recursive: true });
    await rename(folder, `${folder}.away`);
    await writeFile(folder, 'no es una carpeta');
    const messageId = newMessageId();
    const message: Mail.Options = {
      from: w.ana.email,
      to: await replyAddressOf(ticket),
      subject: 'RE: impresora',
      messageId,
      text: 'Adjunto la configuración.',
      attachments: [
        { filename: 'config.txt', content: 'ip=10.0.0.9\n', contentType: 'text/plain' },
      ],
    };
    try {
      // The reply is posted, then storing its file fails: the sender is asked to retry.
      await expect(deliver(message)).rejects.toMatchObject({ responseCode: 451 });
    } finally {
      await rm(folder);
      await rename(`${folder}.away`, folder);
    }
    expect(await recordOf(messageId)).toMatchObject({ outcome: 'received', claimed_until: null });
    expect(await deliver(message)).toMatch(/^250/);
    expect(await recordOf(messageId)).toMatchObject({ outcome: 'attached' });
    const replies = (await messagesOf(ticket.id)).filter((m) => m.body === message.text);
    expect(replies).toHaveLength(1);
    expect(await attachmentsOf(ticket.id)).toMatchObject([
      { file_name: 'config.txt', message_id: replies[0]?.id },
    ]);
  });

  it('keeps for review what a ticket refuses: staff on a closed ticket, no contract in force', async () => {
    const h = harness();
    const ticket = await openTicket();
    await h.services.tickets.closeAsOutOfScope(w.agent, ticket.id, { reason: 'Fuera de alcance' });
    const fromAgent = newMessageId();
    await deliver({
      from: w.agentUser.email,
      to: await replyAddressOf(ticket),
      subject: 'RE: cerrado',
      messageId: fromAgent,
      text: 'Una nota tardía.',
    });
    const refused = await recordOf(fromAgent);
    expect(refused).toMatchObject({
      outcome: 'review',
      reason: 'ticket_refused',
      ticket_id: ticket.id,
    });
    expect(refused.details).toMatchObject({ code: 'ILLEGAL_TRANSITION' });

    const expired = await createOrganization(h);
    await createContract(h, expired.id, { validFrom: '2025-01-01', validTo: '2025-12-31' });
    const former = await createUser(h, { role: 'customer', organizationId: expired.id });
    const tickets = await count('tickets');
    const withoutContract = newMessageId();
    await deliver({
      from: former.email,
      to: REPLY,
      subject: 'Ayuda',
      messageId: withoutContract,
      text: 'x',
    });
    expect(await recordOf(withoutContract)).toMatchObject({
      outcome: 'review',
      reason: 'no_active_contract',
    });
    expect(await count('tickets')).toBe(tickets);
  });

  it('keeps malformed MIME for review without failing, and reads what it can of broken MIME', async () => {
    const tickets = await count('tickets');
    const notMail = Buffer.from('hola mundo\nesto no es un correo\n');
    expect(await deliverRaw(notMail, { from: w.ana.email, to: [REPLY] })).toMatch(/^250/);
    const parts = Array.from(
      { length: 1100 },
      () => '--p\r\nContent-Type: text/plain\r\n\r\nx',
    ).join('\r\n');
    const tooManyParts = raw(
      [`From: ${w.ana.email}`, `To: ${REPLY}`, 'Content-Type: multipart/mixed; boundary="p"'],
      `${parts}\r\n--p--`,
    );
    expect(await deliverRaw(tooManyParts, { from: w.ana.email, to: [REPLY] })).toMatch(/^250/);
    const malformed = await harness()
      .db.kysely.selectFrom('inbound_messages')
      .selectAll()
      .where('reason', '=', 'malformed')
      .execute();
    expect(malformed.length).toBeGreaterThanOrEqual(2);
    expect(malformed.every((row) => row.outcome === 'review' && row.ticket_id === null)).toBe(true);
    expect(await count('tickets')).toBe(tickets);

    // A broken but readable structure from a known contact still becomes a ticket.
    const messageId = newMessageId();
    await deliverRaw(
      raw(
        [
          `From: ${w.ana.email}`,
          `To: ${REPLY}`,
          'Subject: Estructura rota',
          `Message-ID: ${messageId}`,
          'Content-Type: multipart/mixed; boundary="nunca-cierra"',
        ],
        [
          '--nunca-cierra',
          'Content-Type: text/plain; charset=no-existe',
          'Content-Transfer-Encoding: inventada',
          '',
          'El texto llega igual.',
        ].join('\r\n'),
      ),
      { from: w.ana.email, to: [REPLY] },
    );
    expect(await recordOf(messageId)).toMatchObject({ outcome: 'opened' });
  });

  it('keeps header injection out of the stored subject, name and ticket', async () => {
    const h = harness();
    const encoded = (text: string) => `=?UTF-8?B?${Buffer.from(text).toString('base64')}?=`;
    const messageId = newMessageId();
    await deliverRaw(
      raw(
        [
          `From: ${encoded('Ana\r\nBcc: victima@otra.example')} <${w.ana.email}>`,
          `To: ${REPLY}`,
          `Subject: ${encoded('Falla\r\nBcc: victima@otra.example\r\n\r\ncuerpo falso')}`,
          `Message-ID: ${messageId}`,
        ],
        'La red está caída.',
      ),
      { from: w.ana.email, to: [REPLY] },
    );
    const record = await recordOf(messageId);
    expect(record.outcome).toBe('opened');
    expect(record.subject).toBe('Falla Bcc: victima@otra.example cuerpo falso');
    expect(record.sender_name).toBe('Ana Bcc: victima@otra.example');
    const ticket = await h.db.kysely
      .selectFrom('tickets')
      .select(['subject'])
      .where('id', '=', record.ticket_id ?? '')
      .executeTakeFirstOrThrow();
    expect(ticket.subject).not.toMatch(/[\r\n]/);
    expect(ticket.subject).toBe(record.subject);
  });

  it('does not keep files over 10 MiB or of a refused type, and tells the agent in a note', async () => {
    const ticket = await openTicket();
    const messageId = newMessageId();
    const answer = await deliver({
      from: w.ana.email,
      to: await replyAddressOf(ticket),
      subject: 'RE: impresora',
      messageId,
      text: 'Envío el volcado completo.',
      attachments: [
        {
          filename: 'volcado.bin',
          content: Buffer.alloc(11 * MIB, 7),
          contentType: 'application/pdf',
        },
        { filename: 'herramienta.exe', content: 'MZ', contentType: 'application/x-msdownload' },
        { filename: 'resumen.txt', content: 'resumen', contentType: 'text/plain' },
      ],
    });
    // No bounce: the message itself is accepted.
    expect(answer).toMatch(/^250/);
    const record = await recordOf(messageId);
    expect(record.outcome).toBe('attached');
    expect(record.details).toMatchObject({
      attachments: 1,
      notKept: [
        { fileName: 'volcado.bin', why: 'too_large' },
        { fileName: 'herramienta.exe', why: 'type_not_allowed' },
      ],
    });
    expect((await attachmentsOf(ticket.id)).map((file) => file.file_name)).toEqual(['resumen.txt']);
    const notes = (await messagesOf(ticket.id)).filter((m) => m.kind === 'note');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ author_id: null, public: 0 });
    expect(notes[0]?.body).toContain('volcado.bin (11,0 MiB): supera el límite de 10,0 MiB');
    expect(notes[0]?.body).toContain('herramienta.exe');
    expect(notes[0]?.body).toContain('No se envió ningún rechazo al remitente');
  });

  it('refuses at SMTP level a message larger than the listener’s limit', async () => {
    const small = await startInboundMail(harness().services, {
      host: HOST,
      port: 0,
      maxMessageBytes: 64 * 1024,
    });
    try {
      const rows = await count('inbound_messages');
      const tooBig = createTransport({
        host: HOST,
        port: small.port,
        secure: false,
        ignoreTLS: true,
      });
      await expect(
        tooBig.sendMail({
          from: w.ana.email,
          to: REPLY,
          subject: 'Grande',
          text: 'x'.repeat(200 * 1024),
        }),
      ).rejects.toMatchObject({ responseCode: 552 });
      expect(await count('inbound_messages')).toBe(rows);
    } finally {
      await small.stop();
    }
  });
});
