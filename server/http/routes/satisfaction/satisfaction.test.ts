/**
 * Satisfaction through inject(), on both databases: every closure (accepted, out of scope,
 * closed for no response) opens a survey and writes its invitation with five one-click links in
 * the closure's transaction; the link's GET changes nothing (mail scanners prefetch); a POST
 * rates once, signed out by the token or signed in by the requester; open tickets, other
 * people and other organizations are refused.
 */

import { beforeAll, expect, it } from 'vitest';
import {
  createContract,
  createOrganization,
  createUser,
  describeEachDatabase,
  HARNESS_START,
  login,
  type SignedInClient,
  useHarness,
} from '../../../../test/support/harness.js';
import type { Actor } from '../../../app/actor.js';
import { actorOf } from '../../../app/identity/user.js';
import { parseInstant } from '../../../domain/time/instant.js';

const MINUTE = 60_000;

describeEachDatabase('satisfaction', (database) => {
  const harness = useHarness(database);
  let requester: SignedInClient;
  let colleague: SignedInClient;
  let stranger: SignedInClient;
  let agent: SignedInClient;
  let requesterActor: Actor;
  let agentActor: Actor;

  beforeAll(async () => {
    const h = harness();
    h.clock.freeze();
    h.clock.set(parseInstant(HARNESS_START));
    const org = (await createOrganization(h)).id;
    await createContract(h, org);
    const otherOrg = (await createOrganization(h)).id;
    await createContract(h, otherOrg);
    const requesterUser = await createUser(h, { role: 'customer', organizationId: org });
    requester = await login(h, requesterUser);
    requesterActor = actorOf(requesterUser);
    colleague = await login(
      h,
      await createUser(h, { role: 'customer_admin', organizationId: org }),
    );
    stranger = await login(h, await createUser(h, { role: 'customer', organizationId: otherOrg }));
    const agentUser = await createUser(h, { role: 'agent' });
    agent = await login(h, agentUser);
    agentActor = actorOf(agentUser);
  });

  async function openTicket(subject = 'La impresora no imprime') {
    const { ticket } = await harness().services.tickets.register(requesterActor, {
      subject,
      description: 'Desde esta mañana',
      impact: 'medium',
    });
    return ticket.id;
  }

  async function closeAccepted(): Promise<string> {
    const { tickets } = harness().services;
    const id = await openTicket();
    await tickets.postMessage(agentActor, id, { kind: 'diagnosis', body: 'Falta el controlador' });
    await tickets.postMessage(agentActor, id, { kind: 'solution', body: 'Instalado' });
    await tickets.accept(requesterActor, id);
    return id;
  }

  /** The rating links of the invitation written for the ticket. */
  async function invitationLinks(ticketId: string): Promise<string[]> {
    const rows = await harness()
      .db.kysely.selectFrom('outbox')
      .select(['payload', 'recipient_user_id'])
      .where('ticket_id', '=', ticketId)
      .where('kind', '=', 'satisfaction_request')
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.recipient_user_id).toBe(requester.user.id);
    return (JSON.parse(rows[0]?.payload ?? '{}') as { ratingLinks: string[] }).ratingLinks;
  }

  function tokenOf(link: string): string {
    const url = new URL(link);
    return url.pathname.split('/').pop() ?? '';
  }

  const inject = (
    method: 'GET' | 'POST',
    url: string,
    headers: Record<string, string> = {},
    payload?: object,
  ) => harness().app.inject({ method, url: `/api/v1${url}`, headers, ...(payload && { payload }) });

  it('invites the requester at an accepted closure with one link per score, the score pre-selected', async () => {
    const id = await closeAccepted();
    const links = await invitationLinks(id);
    expect(links).toHaveLength(5);
    const token = tokenOf(links[0] ?? '');
    expect(token).toMatch(/^[a-z2-7]{26}$/);
    links.forEach((link, i) => {
      expect(link).toMatch(new RegExp(`/satisfaction/${token}\\?score=${i + 1}$`));
    });
  });

  it('rates once from the e-mail link, signed out; reading the link changes nothing', async () => {
    const id = await closeAccepted();
    const token = tokenOf((await invitationLinks(id))[4] ?? '');
    for (let i = 0; i < 2; i++) {
      const read = await inject('GET', `/satisfaction/${token}`);
      expect(read.statusCode).toBe(200);
      expect(read.json()).toMatchObject({
        ticketId: id,
        state: 'awaiting',
        canRate: true,
        score: null,
      });
    }
    const rated = await inject(
      'POST',
      `/satisfaction/${token}`,
      {},
      { score: 5, comment: '  Muy ágiles ' },
    );
    expect(rated.statusCode).toBe(201);
    expect(rated.json()).toMatchObject({
      state: 'rated',
      score: 5,
      comment: 'Muy ágiles',
      canRate: false,
    });

    const again = await inject('POST', `/satisfaction/${token}`, {}, { score: 1 });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.json().code).toBe('SATISFACTION_ALREADY_RATED');
    const fromPortal = await inject('POST', `/tickets/${id}/satisfaction`, requester.headers, {
      score: 1,
    });
    expect(fromPortal.json().code).toBe('SATISFACTION_ALREADY_RATED');

    const shown = await inject('GET', `/tickets/${id}/satisfaction`, requester.headers);
    expect(shown.json()).toMatchObject({ state: 'rated', score: 5, canRate: false });
    expect(shown.json().ratedAt).toBe('2026-03-16T10:00:00-05:00');
  });

  it('records one rating when two arrive at once (a double click, two devices)', async () => {
    const id = await closeAccepted();
    const token = tokenOf((await invitationLinks(id))[0] ?? '');
    const answers = await Promise.all([
      inject('POST', `/satisfaction/${token}`, {}, { score: 1 }),
      inject('POST', `/tickets/${id}/satisfaction`, requester.headers, { score: 5 }),
      inject('POST', `/satisfaction/${token}`, {}, { score: 3 }),
    ]);
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses).toEqual([201, 409, 409]);
    const winner = answers.find((a) => a.statusCode === 201)?.json().score;
    expect((await inject('GET', `/satisfaction/${token}`)).json().score).toBe(winner);
  });

  it('takes the link signed in too, without the CSRF header (the token is the proof)', async () => {
    const id = await closeAccepted();
    const token = tokenOf((await invitationLinks(id))[2] ?? '');
    const rated = await inject('POST', `/satisfaction/${token}`, requester.cookieOnly, {
      score: 3,
    });
    expect(rated.statusCode).toBe(201);
  });

  it('refuses unknown links and invalid scores', async () => {
    expect((await inject('GET', '/satisfaction/aaaaaaaaaaaaaaaaaaaaaaaaaa')).statusCode).toBe(404);
    expect((await inject('GET', '/satisfaction/not-a-token')).statusCode).toBe(404);
    const unknown = await inject(
      'POST',
      '/satisfaction/aaaaaaaaaaaaaaaaaaaaaaaaaa',
      {},
      { score: 3 },
    );
    expect(unknown.statusCode).toBe(404);
    const id = await closeAccepted();
    const token = tokenOf((await invitationLinks(id))[0] ?? '');
    for (const body of [{ score: 0 }, { score: 6 }, { score: 2.5 }, {}, { score: 3, extra: 1 }]) {
      const refused = await inject('POST', `/satisfaction/${token}`, {}, body);
      expect(refused.statusCode, JSON.stringify(body)).toBe(400);
    }
    expect((await inject('GET', `/satisfaction/${token}`)).json().state).toBe('awaiting');
  });

  it('rates from the portal only when closed, only the requester, never another organization', async () => {
    const id = await openTicket();
    const early = await inject('POST', `/tickets/${id}/satisfaction`, requester.headers, {
      score: 4,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('SATISFACTION_TICKET_NOT_CLOSED');
    expect(
      (await inject('GET', `/tickets/${id}/satisfaction`, requester.headers)).json(),
    ).toMatchObject({
      state: 'open',
      canRate: false,
    });

    await harness().services.tickets.closeAsOutOfScope(agentActor, id, { reason: 'Equipo ajeno' });
    await invitationLinks(id);
    const view = await inject('GET', `/tickets/${id}/satisfaction`, requester.headers);
    expect(view.json()).toMatchObject({ state: 'awaiting', canRate: true });
    expect(
      (await inject('GET', `/tickets/${id}/satisfaction`, colleague.headers)).json().canRate,
    ).toBe(false);

    const outsider = await inject('POST', `/tickets/${id}/satisfaction`, stranger.headers, {
      score: 1,
    });
    expect(outsider.statusCode).toBe(404);
    expect((await inject('GET', `/tickets/${id}/satisfaction`, stranger.headers)).statusCode).toBe(
      404,
    );
    const other = await inject('POST', `/tickets/${id}/satisfaction`, colleague.headers, {
      score: 1,
    });
    expect(other.statusCode).toBe(403);
    expect(other.json().code).toBe('SATISFACTION_REQUESTER_ONLY');
    const staff = await inject('POST', `/tickets/${id}/satisfaction`, agent.headers, { score: 1 });
    expect(staff.statusCode).toBe(403);
    expect(staff.json().code).toBe('FORBIDDEN');
    expect((await inject('POST', `/tickets/${id}/satisfaction`, {}, { score: 1 })).statusCode).toBe(
      401,
    );

    const rated = await inject('POST', `/tickets/${id}/satisfaction`, requester.headers, {
      score: 2,
    });
    expect(rated.statusCode).toBe(201);
    expect(rated.json()).toMatchObject({ state: 'rated', score: 2, comment: null });
    const twice = await inject('POST', `/tickets/${id}/satisfaction`, requester.headers, {
      score: 5,
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('SATISFACTION_ALREADY_RATED');
  });

  it('invites at a closure for no response, written by the SLA scheduler', async () => {
    const h = harness();
    const id = await openTicket();
    await h.services.tickets.postMessage(agentActor, id, {
      kind: 'info_request',
      body: '¿Modelo?',
    });
    // 5x8 medium: two 6-hour notification intervals of business time ≈ 1.5 business days.
    h.clock.set(h.clock.now() + 7 * 24 * 60 * MINUTE);
    await h.services.slaScheduler.flush();
    const closed = await h.services.ticketQueries.get(requesterActor, id);
    expect(closed.ticket.life.resolution).toBe('no_response');
    const token = tokenOf((await invitationLinks(id))[0] ?? '');
    expect((await inject('GET', `/satisfaction/${token}`)).json().state).toBe('awaiting');
  });
});
