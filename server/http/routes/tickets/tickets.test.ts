/**
 * /api/v1/tickets through inject(): shapes, problem+json errors, the permission matrix (each
 * role × each endpoint × own/other organization), idempotency over HTTP, attachments and the
 * curl walk of the README — on SQLite and PostgreSQL.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import {
  bearerHeaders,
  createContract,
  createOrganization,
  createUser,
  describeEachDatabase,
  type Harness,
  login,
  type SignedInClient,
  useHarness,
} from '../../../../test/support/harness.js';
import { seedReferenceContent } from '../../../demo/seed-reference-content.js';
import { parseInstant } from '../../../domain/time/instant.js';

type Who =
  | 'anonymous'
  | 'customer'
  | 'customer_admin'
  | 'other_customer'
  | 'agent'
  | 'supervisor'
  | 'admin';

interface Clients {
  readonly byRole: Record<Exclude<Who, 'anonymous'>, SignedInClient>;
  readonly organizationId: string;
}

async function signInEveryone(h: Harness): Promise<Clients> {
  const org = await createOrganization(h);
  await createContract(h, org.id, { modality: '6x8', services: ['support', 'administration'] });
  const other = await createOrganization(h);
  await createContract(h, other.id);
  const as = async (role: Parameters<typeof createUser>[1]['role'], organizationId?: string) =>
    login(h, await createUser(h, { role, ...(organizationId ? { organizationId } : {}) }));
  return {
    organizationId: org.id,
    byRole: {
      customer: await as('customer', org.id),
      customer_admin: await as('customer_admin', org.id),
      other_customer: await as('customer', other.id),
      agent: await as('agent'),
      supervisor: await as('supervisor'),
      admin: await as('admin'),
    },
  };
}

const medium = { subject: 'Sin conexión', description: 'La red no responde', impact: 'medium' };

describeEachDatabase('tickets API', (database) => {
  const harness = useHarness(database);
  let c: Clients;
  const headersOf = (who: Who) => (who === 'anonymous' ? {} : c.byRole[who].headers);

  async function newTicket(): Promise<{ id: string; number: string }> {
    const response = await harness().app.inject({
      method: 'POST',
      url: '/api/v1/tickets',
      headers: headersOf('customer'),
      payload: medium,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  async function post(who: Who, url: string, payload?: object) {
    return harness().app.inject({
      method: 'POST',
      url,
      headers: headersOf(who),
      ...(payload === undefined ? {} : { payload }),
    });
  }

  beforeAll(async () => {
    c = await signInEveryone(harness());
  });

  it('registers, answers 201 with the number, a Location and the SLA in Bogotá time', async () => {
    const response = await post('customer', '/api/v1/tickets', {
      ...medium,
      checklist: [{ item: 'equipment_powered_on', answer: 'yes' }],
    });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body.number).toMatch(/^OG-2026-\d{6}$/);
    expect(response.headers.location).toBe(`/api/v1/tickets/${body.id}`);
    expect(body.sla.firstResponseDueAt).toMatch(/-05:00$/);
    expect(body.callTheCenter).toBeNull();
    const detail = await harness().app.inject({
      url: `/api/v1/tickets/${body.id}`,
      headers: headersOf('customer'),
    });
    expect(detail.json()).toMatchObject({
      id: body.id,
      status: 'new',
      checklist: [{ item: 'equipment_powered_on', answer: 'yes' }],
      messages: [],
      attachments: [],
      sla: { breached: false, firstRespondedAt: null },
    });
  });

  describe('out of hours (its own clock)', () => {
    const outOfHours = useHarness(database);

    it('tells a 7x24 customer reporting high impact by web out of hours to call, with the numbers', async () => {
      const h = outOfHours();
      await seedReferenceContent(h.db, h.clock.now());
      const org = await createOrganization(h);
      await createContract(h, org.id, { modality: '7x24', services: ['support'] });
      h.clock.set(parseInstant('2026-03-21T19:30:00-05:00')); // Saturday evening
      const customer = await login(
        h,
        await createUser(h, { role: 'customer', organizationId: org.id }),
      );
      const response = await h.app.inject({
        method: 'POST',
        url: '/api/v1/tickets',
        headers: customer.headers,
        payload: { ...medium, impact: 'high' },
      });
      expect(response.statusCode, response.body).toBe(201);
      const body = response.json();
      expect(body.callTheCenter.message).toContain('teléfono');
      expect(body.callTheCenter.phoneNumbers[0]).toEqual({
        label: 'Línea nacional (opción 2)',
        phone: '(+57) 2 486 8080',
      });
      expect(body.sla.clockStartsAt).toBe('2026-03-23T08:00:00-05:00');
    });
  });

  it('answers problem+json for bad input, with nothing written', async () => {
    const h = harness();
    const before = (
      await h.app.inject({ url: '/api/v1/tickets?limit=100', headers: headersOf('agent') })
    ).json().items.length;
    const cases: Array<[object | string, number, string]> = [
      [{ ...medium, impact: 'urgent' }, 400, 'VALIDATION_FAILED'],
      [{ ...medium, priority: 1 }, 400, 'VALIDATION_FAILED'],
      [{ ...medium, subject: 42 }, 400, 'VALIDATION_FAILED'],
      [{ ...medium, subject: '' }, 400, 'VALIDATION_FAILED'],
      ['{"subject": ', 400, 'MALFORMED_JSON'],
      [{ ...medium, description: 'x'.repeat(1_100_000) }, 413, 'BODY_TOO_LARGE'],
      [{ ...medium, channel: 'phone' }, 403, 'FORBIDDEN'],
    ];
    for (const [payload, status, code] of cases) {
      const response = await h.app.inject({
        method: 'POST',
        url: '/api/v1/tickets',
        headers: { ...headersOf('customer'), 'content-type': 'application/json' },
        payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
      });
      expect(response.statusCode, response.body).toBe(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().code).toBe(code);
    }
    const staffBadDate = await post('agent', '/api/v1/tickets', {
      ...medium,
      requesterId: c.byRole.customer.user.id,
      reportedAt: '2026-13-45T10:00:00-05:00',
    });
    expect(staffBadDate.statusCode).toBe(400);
    expect(staffBadDate.json().code).toBe('INVALID_INSTANT');
    const after = (
      await h.app.inject({ url: '/api/v1/tickets?limit=100', headers: headersOf('agent') })
    ).json().items.length;
    expect(after).toBe(before);
  });

  it('speaks English to an English-speaking user', async () => {
    const h = harness();
    const english = await login(
      h,
      await createUser(h, { role: 'customer', organizationId: c.organizationId, language: 'en' }),
    );
    const ticket = await newTicket();
    const response = await h.app.inject({
      method: 'POST',
      url: `/api/v1/tickets/${ticket.id}/accept`,
      headers: english.headers,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().detail).toMatch(/^[A-Z][a-z]/);
    const unknownField = await post('customer', `/api/v1/tickets/${ticket.id}/accept`, {
      now: true,
    });
    expect(unknownField.statusCode).toBe(400);
    const spanish = await post('customer', `/api/v1/tickets/${ticket.id}/accept`);
    expect(spanish.json().code).toBe('ILLEGAL_TRANSITION');
    expect(spanish.json().detail).not.toBe(response.json().detail);
  });

  describe('the permission matrix', () => {
    // For each endpoint, the status each caller gets on a ticket of the customer's organization.
    const everyone: Who[] = [
      'anonymous',
      'customer',
      'customer_admin',
      'other_customer',
      'agent',
      'supervisor',
      'admin',
    ];
    const matrix: Array<{
      name: string;
      call: (who: Who, id: string) => Promise<{ statusCode: number; body: string }>;
      expected: Record<Who, number>;
    }> = [
      {
        name: 'GET /tickets/{id}',
        call: (who, id) =>
          harness().app.inject({ url: `/api/v1/tickets/${id}`, headers: headersOf(who) }),
        expected: {
          anonymous: 401,
          customer: 200,
          customer_admin: 200,
          other_customer: 404,
          agent: 200,
          supervisor: 200,
          admin: 200,
        },
      },
      {
        name: 'GET /tickets/{id}/history',
        call: (who, id) =>
          harness().app.inject({ url: `/api/v1/tickets/${id}/history`, headers: headersOf(who) }),
        expected: {
          anonymous: 401,
          customer: 200,
          customer_admin: 200,
          other_customer: 404,
          agent: 200,
          supervisor: 200,
          admin: 200,
        },
      },
      {
        name: 'GET /tickets/{id}/sla/explain',
        call: (who, id) =>
          harness().app.inject({
            url: `/api/v1/tickets/${id}/sla/explain`,
            headers: headersOf(who),
          }),
        expected: {
          anonymous: 401,
          customer: 200,
          customer_admin: 200,
          other_customer: 404,
          agent: 200,
          supervisor: 200,
          admin: 200,
        },
      },
      {
        name: 'POST /tickets/{id}/messages reply',
        call: (who, id) =>
          post(who, `/api/v1/tickets/${id}/messages`, { kind: 'reply', body: 'Hola' }),
        expected: {
          anonymous: 401,
          customer: 201,
          customer_admin: 201,
          other_customer: 404,
          agent: 201,
          supervisor: 201,
          admin: 201,
        },
      },
      {
        name: 'POST /tickets/{id}/messages note',
        call: (who, id) =>
          post(who, `/api/v1/tickets/${id}/messages`, { kind: 'note', body: 'Interna' }),
        expected: {
          anonymous: 401,
          customer: 403,
          customer_admin: 403,
          other_customer: 403,
          agent: 201,
          supervisor: 201,
          admin: 201,
        },
      },
      {
        name: 'POST /tickets/{id}/messages diagnosis',
        call: (who, id) =>
          post(who, `/api/v1/tickets/${id}/messages`, { kind: 'diagnosis', body: 'DNS' }),
        expected: {
          anonymous: 401,
          customer: 403,
          customer_admin: 403,
          other_customer: 403,
          agent: 201,
          supervisor: 201,
          admin: 201,
        },
      },
      {
        name: 'POST /tickets/{id}/assign',
        call: (who, id) =>
          post(who, `/api/v1/tickets/${id}/assign`, { assigneeId: c.byRole.agent.user.id }),
        expected: {
          anonymous: 401,
          customer: 403,
          customer_admin: 403,
          other_customer: 403,
          agent: 200,
          supervisor: 200,
          admin: 200,
        },
      },
      {
        name: 'POST /tickets/{id}/close',
        call: (who, id) =>
          post(who, `/api/v1/tickets/${id}/close`, {
            resolution: 'out_of_scope',
            reason: 'Proveedor',
          }),
        expected: {
          anonymous: 401,
          customer: 403,
          customer_admin: 403,
          other_customer: 403,
          agent: 200,
          supervisor: 200,
          admin: 200,
        },
      },
      {
        name: 'POST /tickets/{id}/accept (from new: wrong state)',
        call: (who, id) => post(who, `/api/v1/tickets/${id}/accept`),
        expected: {
          anonymous: 401,
          customer: 409,
          customer_admin: 409,
          other_customer: 404,
          agent: 409,
          supervisor: 409,
          admin: 409,
        },
      },
    ];
    for (const row of matrix) {
      it(row.name, async () => {
        for (const who of everyone) {
          const ticket = await newTicket();
          const response = await row.call(who, ticket.id);
          expect(response.statusCode, `${row.name} as ${who}: ${response.body}`).toBe(
            row.expected[who],
          );
        }
      });
    }

    it('lists only the own organization to customers, every organization to staff', async () => {
      const mine = await newTicket();
      for (const who of ['customer', 'customer_admin', 'agent', 'supervisor', 'admin'] as const) {
        const response = await harness().app.inject({
          url: '/api/v1/tickets?limit=100',
          headers: headersOf(who),
        });
        expect(response.statusCode).toBe(200);
        expect(response.json().items.map((t: { id: string }) => t.id)).toContain(mine.id);
      }
      const other = await harness().app.inject({
        url: '/api/v1/tickets?limit=100',
        headers: headersOf('other_customer'),
      });
      expect(other.json().items.map((t: { id: string }) => t.id)).not.toContain(mine.id);
      const anonymous = await harness().app.inject({ url: '/api/v1/tickets' });
      expect(anonymous.statusCode).toBe(401);
    });

    it('refuses a cookie-authenticated write without the CSRF token, and accepts a bearer token', async () => {
      const h = harness();
      const noCsrf = await h.app.inject({
        method: 'POST',
        url: '/api/v1/tickets',
        headers: c.byRole.customer.cookieOnly,
        payload: medium,
      });
      expect(noCsrf.statusCode).toBe(403);
      expect(noCsrf.json().code).toBe('CSRF_TOKEN_INVALID');
      const bearer = await bearerHeaders(h, c.byRole.customer.user);
      const viaToken = await h.app.inject({
        method: 'POST',
        url: '/api/v1/tickets',
        headers: bearer,
        payload: medium,
      });
      expect(viaToken.statusCode).toBe(201);
    });
  });

  it('honours Idempotency-Key under 20 concurrent retries', async () => {
    const h = harness();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        h.app.inject({
          method: 'POST',
          url: '/api/v1/tickets',
          headers: { ...headersOf('customer'), 'idempotency-key': 'http-retry-1' },
          payload: { ...medium, subject: 'Idempotente por HTTP' },
        }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1);
    expect(responses.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(19);
    const search = await h.app.inject({
      url: '/api/v1/tickets?q=%22Idempotente%20por%20HTTP%22',
      headers: headersOf('agent'),
    });
    await h.services.searchIndexer.flush();
    const found = await h.app.inject({
      url: '/api/v1/tickets?q=%22Idempotente%20por%20HTTP%22',
      headers: headersOf('agent'),
    });
    expect(search.statusCode).toBe(200);
    expect(found.json().items).toHaveLength(1);
  });

  it('walks a ticket through every state as the README shows, reply to closed included', async () => {
    const h = harness();
    const ticket = await newTicket();
    const url = `/api/v1/tickets/${ticket.id}`;
    const step = async (who: Who, path: string, payload?: object, status = 201) => {
      const response = await post(who, `${url}${path}`, payload);
      expect(response.statusCode, `${path}: ${response.body}`).toBe(status);
      return response.json();
    };
    await step('agent', '/assign', { assigneeId: c.byRole.agent.user.id }, 200);
    expect(
      (await step('agent', '/messages', { kind: 'info_request', body: 'Envíe ping' })).ticket
        .status,
    ).toBe('waiting_customer');
    const answer = await step('customer', '/messages', { kind: 'reply', body: 'Adjunto ping' });
    expect(answer.ticket.status).toBe('in_progress');
    await step('agent', '/messages', { kind: 'diagnosis', body: 'Falla en DNS' });
    expect(
      (await step('agent', '/messages', { kind: 'solution', body: 'Cambie el DNS' })).ticket.status,
    ).toBe('solution_proposed');
    expect((await step('customer', '/reject', { reason: 'Sigue igual' }, 200)).status).toBe(
      'in_progress',
    );
    await step('agent', '/messages', { kind: 'solution', body: 'Reinicie' });
    expect((await step('customer', '/accept', undefined, 200)).resolution).toBe('accepted');
    expect((await step('customer', '/reject', undefined, 409)).code).toBe('ILLEGAL_TRANSITION');
    const reopened = await step('customer', '/messages', { kind: 'reply', body: 'Falló de nuevo' });
    expect(reopened.newTicket.number).toMatch(/^OG-2026-/);
    const history = await h.app.inject({ url: `${url}/history`, headers: headersOf('customer') });
    expect(history.json().items.map((e: { action: string }) => e.action)).toContain('followed_up');
    const explain = await h.app.inject({ url: `${url}/sla/explain`, headers: headersOf('agent') });
    expect(explain.statusCode).toBe(200);
    expect(explain.json().firstResponse.countedMinutes).toBe(240);
  });

  describe('attachments', () => {
    function multipart(
      fields: Record<string, string>,
      file: { name: string; type: string; content: Buffer },
    ) {
      const boundary = '----mesa-test-boundary';
      const parts: Buffer[] = [];
      for (const [name, value] of Object.entries(fields)) {
        parts.push(
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
          ),
        );
      }
      parts.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
        ),
        file.content,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      );
      return {
        payload: Buffer.concat(parts),
        contentType: `multipart/form-data; boundary=${boundary}`,
      };
    }

    async function upload(
      who: Who,
      ticketId: string,
      file: { name: string; type: string; content: Buffer },
      fields = {},
    ) {
      const body = multipart(fields, file);
      return harness().app.inject({
        method: 'POST',
        url: `/api/v1/tickets/${ticketId}/attachments`,
        headers: { ...headersOf(who), 'content-type': body.contentType },
        payload: body.payload,
      });
    }

    it('stores a file for who may see the ticket and refuses others, big files and risky types', async () => {
      const ticket = await newTicket();
      const ping = {
        name: 'ping.txt',
        type: 'text/plain',
        content: Buffer.from('64 bytes from 10.0.0.1'),
      };
      const uploaded = await upload('customer', ticket.id, ping);
      expect(uploaded.statusCode, uploaded.body).toBe(201);
      const { url, size } = uploaded.json();
      expect(size).toBe(22);
      const download = await harness().app.inject({ url, headers: headersOf('agent') });
      expect(download.statusCode).toBe(200);
      expect(download.body).toBe('64 bytes from 10.0.0.1');
      expect(download.headers['content-disposition']).toContain('attachment');
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect(
        (await harness().app.inject({ url, headers: headersOf('other_customer') })).statusCode,
      ).toBe(404);
      expect((await upload('other_customer', ticket.id, ping)).statusCode).toBe(404);
      const html = await upload('customer', ticket.id, {
        name: 'x.html',
        type: 'text/html',
        content: Buffer.from('<script>'),
      });
      expect(html.statusCode).toBe(415);
      expect(html.json().code).toBe('ATTACHMENT_TYPE_NOT_ALLOWED');
      const big = await upload('customer', ticket.id, {
        ...ping,
        content: Buffer.alloc(10 * 1024 * 1024 + 1, 97),
      });
      expect(big.statusCode).toBe(413);
    });

    it('keeps files of internal notes from customers', async () => {
      const ticket = await newTicket();
      const note = await post('agent', `/api/v1/tickets/${ticket.id}/messages`, {
        kind: 'note',
        body: 'Captura',
      });
      const messageId = note.json().message.id;
      const file = {
        name: 'captura.png',
        type: 'image/png',
        content: Buffer.from([137, 80, 78, 71]),
      };
      const uploaded = await upload('agent', ticket.id, file, { messageId });
      expect(uploaded.statusCode, uploaded.body).toBe(201);
      expect(uploaded.json().public).toBe(false);
      const asCustomer = await harness().app.inject({
        url: `/api/v1/tickets/${ticket.id}`,
        headers: headersOf('customer'),
      });
      expect(asCustomer.json().attachments).toEqual([]);
      expect(
        (await harness().app.inject({ url: uploaded.json().url, headers: headersOf('customer') }))
          .statusCode,
      ).toBe(404);
      expect((await upload('customer', ticket.id, file, { messageId })).statusCode).toBe(404);
    });
  });
});
