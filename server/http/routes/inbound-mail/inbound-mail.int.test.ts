/**
 * GET /api/v1/inbound-mail over HTTP on both databases: only staff read received mail (it holds
 * other organizations' and unknown senders' messages), the review list with its reasons in
 * words, one message's detail, and its original bytes as a download.
 */

import { beforeAll, expect, it } from 'vitest';
import type { InboundEnvelope } from '../../../../server/mail/inbound/inbound-smtp-listener.js';
import {
  createContract,
  createOrganization,
  createUser,
  describeEachDatabase,
  type Harness,
  type SignedInClient,
  signIn,
  useHarness,
} from '../../../../test/support/harness.js';

const URL = '/api/v1/inbound-mail';
const REPLY = 'soporte@mesa.localhost';

function envelope(from: string): InboundEnvelope {
  return { mailFrom: from, rcptTo: [REPLY], remoteAddress: '127.0.0.1' };
}

function message(from: string, subject: string, messageId: string, body: string): Buffer {
  return Buffer.from(
    [
      `From: ${from}`,
      `To: ${REPLY}`,
      `Subject: ${subject}`,
      `Message-ID: ${messageId}`,
      '',
      body,
      '',
    ].join('\r\n'),
  );
}

describeEachDatabase('the inbound mail log over HTTP', (database) => {
  const harness = useHarness(database);
  let agent: SignedInClient;
  let customer: SignedInClient;
  const ids: Record<string, string> = {};
  const unknownRaw = message(
    'Desconocido <nadie@spam.example>',
    'Necesito ayuda',
    '<desconocido-1@spam.example>',
    'Hola, ¿me ayudan con mi servidor?',
  );

  beforeAll(async () => {
    const h: Harness = harness();
    const organization = await createOrganization(h);
    await createContract(h, organization.id);
    customer = await signIn(h, { role: 'customer', organizationId: organization.id });
    agent = await signIn(h, { role: 'agent' });
    const other = await createUser(h, { role: 'customer', organizationId: organization.id });
    const receive = (raw: Buffer, from: string) =>
      h.services.inboundMail.receive(raw, envelope(from));
    ids.unknown = (await receive(unknownRaw, 'nadie@spam.example')).id;
    ids.notMail = (await receive(Buffer.from('esto no es un correo\n'), 'x@spam.example')).id;
    ids.opened = (
      await receive(
        message(
          other.email,
          'La red está lenta',
          '<nuevo-1@cliente.example>',
          'Desde esta mañana.',
        ),
        other.email,
      )
    ).id;
  });

  it('refuses customers (403) and anonymous callers (401)', async () => {
    const h = harness();
    for (const url of [URL, `${URL}/${ids.unknown}`, `${URL}/${ids.unknown}/eml`]) {
      const asCustomer = await h.app.inject({ method: 'GET', url, headers: customer.headers });
      expect(asCustomer.statusCode).toBe(403);
      expect(asCustomer.json()).toMatchObject({ code: 'FORBIDDEN' });
      expect((await h.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    }
  });

  it('lists the messages kept for review, newest first, with their reasons in words', async () => {
    const h = harness();
    const response = await h.app.inject({
      method: 'GET',
      url: `${URL}?outcome=review`,
      headers: agent.headers,
    });
    expect(response.statusCode).toBe(200);
    const { items, nextCursor } = response.json() as {
      items: Record<string, unknown>[];
      nextCursor: string | null;
    };
    expect(nextCursor).toBeNull();
    expect(items.map((item) => item.id)).toEqual([ids.notMail, ids.unknown]);
    expect(items[1]).toMatchObject({
      outcome: 'review',
      reason: 'unknown_sender',
      sender: 'nadie@spam.example',
      senderName: 'Desconocido',
      subject: 'Necesito ayuda',
      ticketId: null,
      recipients: [REPLY],
      rawSize: unknownRaw.length,
    });
    expect(items[1]?.explanation).toContain('no es usuario de mesa');
    expect(items[1]?.receivedAt).toMatch(/-05:00$/);
    expect(items[0]).toMatchObject({ reason: 'malformed', subject: '' });

    const opened = await h.app.inject({
      method: 'GET',
      url: `${URL}?outcome=opened`,
      headers: agent.headers,
    });
    const [openedItem] = (opened.json() as { items: Record<string, unknown>[] }).items;
    expect(openedItem).toMatchObject({ id: ids.opened, reason: null, explanation: null });
    expect(openedItem?.ticketNumber).toMatch(/^OG-2026-\d{6}$/);
  });

  it('pages with a cursor and refuses an unknown outcome (400)', async () => {
    const h = harness();
    const first = await h.app.inject({
      method: 'GET',
      url: `${URL}?limit=2`,
      headers: agent.headers,
    });
    const page = first.json() as { items: { id: string }[]; nextCursor: string };
    expect(page.items.map((item) => item.id)).toEqual([ids.opened, ids.notMail]);
    const second = await h.app.inject({
      method: 'GET',
      url: `${URL}?limit=2&cursor=${page.nextCursor}`,
      headers: agent.headers,
    });
    expect((second.json() as { items: { id: string }[] }).items.map((item) => item.id)).toEqual([
      ids.unknown,
    ]);
    const bad = await h.app.inject({
      method: 'GET',
      url: `${URL}?outcome=lost`,
      headers: agent.headers,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('shows what a message said, and nothing of one that is not mail', async () => {
    const h = harness();
    const detail = await h.app.inject({
      method: 'GET',
      url: `${URL}/${ids.unknown}`,
      headers: agent.headers,
    });
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({
      id: ids.unknown,
      content: {
        from: { address: 'nadie@spam.example', name: 'Desconocido' },
        to: [REPLY],
        text: 'Hola, ¿me ayudan con mi servidor?',
        attachments: [],
      },
    });
    const notMail = await h.app.inject({
      method: 'GET',
      url: `${URL}/${ids.notMail}`,
      headers: agent.headers,
    });
    expect(notMail.json()).toMatchObject({ reason: 'malformed', content: null });
    const missing = await h.app.inject({
      method: 'GET',
      url: `${URL}/0190f5a4-0000-7000-8000-000000000000`,
      headers: agent.headers,
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('hands out the original bytes as a message/rfc822 download', async () => {
    const h = harness();
    const response = await h.app.inject({
      method: 'GET',
      url: `${URL}/${ids.unknown}/eml`,
      headers: agent.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('message/rfc822');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="${ids.unknown}.eml"`,
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.rawPayload.equals(unknownRaw)).toBe(true);
  });
});
