/**
 * /api/v1/reports through inject(), on both databases, over a small hand-worked month: four
 * tickets on 5x8 contracts with known diagnosis times (business minutes counted by the SLA
 * clock, lunch and night skipped), two closures rated, two deflections; the organization
 * filter, the period checks, who may read (supervisors and admins only) and the CSV download,
 * whose organization and article names cannot smuggle formulas or break the columns.
 */

import { beforeAll, expect, it } from 'vitest';
import {
  createContract,
  createOrganization,
  createUser,
  describeEachDatabase,
  login,
  type SignedInClient,
  useHarness,
} from '../../../../test/support/harness.js';
import type { Actor, Role } from '../../../app/actor.js';
import { actorOf } from '../../../app/identity/user.js';
import { newId } from '../../../app/ids.js';
import { parseInstant } from '../../../domain/time/instant.js';
import { UTF8_BOM } from './csv.js';

const at = (text: string) => parseInstant(`${text}-05:00`);
const HOSTILE_NAME = '=HYPERLINK("http://evil","x"), Ltda.';
const ARTICLE_TITLE = 'Reiniciar el módem, "paso a paso"';

describeEachDatabase('/api/v1/reports', (database) => {
  const harness = useHarness(database);
  const clients = new Map<Role | 'anonymous', SignedInClient | null>();
  let orgA = '';
  let orgB = '';

  beforeAll(async () => {
    const h = harness();
    h.clock.freeze();
    h.clock.set(at('2026-03-16T10:00:00'));
    orgA = (await createOrganization(h, HOSTILE_NAME)).id;
    await createContract(h, orgA);
    orgB = (await createOrganization(h)).id;
    await createContract(h, orgB);
    const customerA = await createUser(h, { role: 'customer', organizationId: orgA });
    const customerB = await createUser(h, { role: 'customer', organizationId: orgB });
    const agentUser = await createUser(h, { role: 'agent' });
    const a: Actor = actorOf(customerA);
    const b: Actor = actorOf(customerB);
    const agent: Actor = actorOf(agentUser);
    const supervisor = await createUser(h, { role: 'supervisor' });
    const admin = await createUser(h, { role: 'admin' });
    const customerAdmin = await createUser(h, { role: 'customer_admin', organizationId: orgB });

    const { tickets, satisfaction, faq } = h.services;
    const register = async (actor: Actor, impact: 'high' | 'medium' | 'low') =>
      (await tickets.register(actor, { subject: 'Sin red', description: 'x', impact })).ticket.id;
    const diagnose = (id: string) =>
      tickets.postMessage(agent, id, { kind: 'diagnosis', body: 'Diagnóstico' });
    // Monday 16 March 10:00: four tickets.
    const onTime = await register(a, 'medium');
    const late = await register(a, 'medium');
    await register(a, 'high'); // never diagnosed: overdue at 11:00
    const accepted = await register(b, 'low');
    // 10:30: 30 minutes for the low one, solved and accepted at once.
    h.clock.set(at('2026-03-16T10:30:00'));
    await diagnose(accepted);
    await tickets.postMessage(agent, accepted, { kind: 'solution', body: 'Listo' });
    await tickets.accept(b, accepted);
    await satisfaction.rateTicket(b, accepted, { score: 4 });
    // 11:30: 90 minutes, on time (medium: 240).
    h.clock.set(at('2026-03-16T11:30:00'));
    await diagnose(onTime);
    // Tuesday 10:00: 10–12 + 14–18 + 8–10 = 480 minutes, late; the first one closed out of scope.
    h.clock.set(at('2026-03-17T10:00:00'));
    await diagnose(late);
    await tickets.closeAsOutOfScope(agent, onTime, { reason: 'Equipo ajeno' });
    await satisfaction.rateTicket(a, onTime, { score: 2 });

    const articleId = newId(h.clock.now());
    await h.db.kysely
      .insertInto('faq_articles')
      .values({
        id: articleId,
        slug: 'reiniciar-modem',
        title: ARTICLE_TITLE,
        body: 'Apáguelo y enciéndalo.',
        tags: '[]',
        language: 'es',
        created_at: h.clock.now(),
        updated_at: h.clock.now(),
      })
      .execute();
    await faq.recordDeflection(a, articleId, 'módem');
    await faq.recordDeflection(b, articleId, 'internet');
    // Signed in last: sessions opened before the clock moved a day would have lapsed.
    clients.set('anonymous', null);
    clients.set('customer', await login(h, customerA));
    clients.set('customer_admin', await login(h, customerAdmin));
    clients.set('agent', await login(h, agentUser));
    clients.set('supervisor', await login(h, supervisor));
    clients.set('admin', await login(h, admin));
  });

  const get = (who: Role | 'anonymous', url: string) => {
    const client = clients.get(who);
    return harness().app.inject({
      method: 'GET',
      url: `/api/v1/reports/${url}`,
      headers: client ? client.headers : {},
    });
  };

  it('lets supervisors and admins read, and no one else', async () => {
    for (const report of ['first-responses', 'resolutions', 'deflections', 'satisfaction']) {
      for (const [who, status] of [
        ['anonymous', 401],
        ['customer', 403],
        ['customer_admin', 403],
        ['agent', 403],
        ['supervisor', 200],
        ['admin', 200],
      ] as const) {
        const response = await get(who, `${report}?from=2026-03&to=2026-03`);
        expect(response.statusCode, `${who} ${report}`).toBe(status);
        if (status === 403) expect(response.json().code).toBe('FORBIDDEN');
      }
    }
  });

  it('counts first responses on time per organization, month and impact', async () => {
    const response = await get('supervisor', 'first-responses?from=2026-03&to=2026-03');
    expect(response.json()).toEqual({
      from: '2026-03',
      to: '2026-03',
      organizationId: null,
      rows: [
        {
          organizationId: orgA,
          organizationName: HOSTILE_NAME,
          month: '2026-03',
          impact: 'high',
          tickets: 1,
          onTime: 0,
          breaches: 1,
          pending: 0,
          percentOnTime: 0,
          medianMinutes: null,
          p90Minutes: null,
        },
        // [90, 480]: median 285, p90 90 + 0.9 × 390 = 441
        {
          organizationId: orgA,
          organizationName: HOSTILE_NAME,
          month: '2026-03',
          impact: 'medium',
          tickets: 2,
          onTime: 1,
          breaches: 1,
          pending: 0,
          percentOnTime: 50,
          medianMinutes: 285,
          p90Minutes: 441,
        },
        {
          organizationId: orgB,
          organizationName: expect.any(String),
          month: '2026-03',
          impact: 'low',
          tickets: 1,
          onTime: 1,
          breaches: 0,
          pending: 0,
          percentOnTime: 100,
          medianMinutes: 30,
          p90Minutes: 30,
        },
      ],
    });
  });

  it('counts closures by resolution, deflections by article and satisfaction', async () => {
    const resolutions = (await get('admin', 'resolutions?from=2026-03&to=2026-03')).json();
    expect(
      resolutions.rows.map((r: { organizationId: string; resolution: string; tickets: number }) => [
        r.organizationId,
        r.resolution,
        r.tickets,
      ]),
    ).toEqual([
      [orgA, 'out_of_scope', 1],
      [orgB, 'accepted', 1],
    ]);
    const deflections = (await get('supervisor', 'deflections?from=2026-03&to=2026-03')).json();
    expect(deflections.rows).toEqual([
      { articleId: expect.any(String), title: ARTICLE_TITLE, deflections: 2 },
    ]);
    const satisfaction = (await get('supervisor', 'satisfaction?from=2026-03&to=2026-03')).json();
    expect(satisfaction.rows).toEqual([
      {
        organizationId: orgA,
        organizationName: HOSTILE_NAME,
        invited: 1,
        rated: 1,
        average: 2,
        distribution: [0, 1, 0, 0, 0],
      },
      {
        organizationId: orgB,
        organizationName: expect.any(String),
        invited: 1,
        rated: 1,
        average: 4,
        distribution: [0, 0, 0, 1, 0],
      },
      {
        organizationId: null,
        organizationName: '',
        invited: 2,
        rated: 2,
        average: 3,
        distribution: [0, 1, 0, 1, 0],
      },
    ]);
  });

  it('filters by organization and by months of Bogotá', async () => {
    const onlyB = (
      await get('supervisor', `first-responses?from=2026-03&to=2026-03&organizationId=${orgB}`)
    ).json();
    expect(onlyB.organizationId).toBe(orgB);
    expect(onlyB.rows.map((r: { impact: string }) => r.impact)).toEqual(['low']);
    const deflectionsB = (
      await get('supervisor', `deflections?organizationId=${orgB}&from=2026-03&to=2026-03`)
    ).json();
    expect(deflectionsB.rows[0].deflections).toBe(1);
    const april = (await get('supervisor', 'satisfaction?from=2026-04&to=2026-05')).json();
    expect(april.rows).toEqual([
      {
        organizationId: null,
        organizationName: '',
        invited: 0,
        rated: 0,
        average: null,
        distribution: [0, 0, 0, 0, 0],
      },
    ]);
    // No months given: the current month (March 2026) and the five before it.
    const recent = (await get('supervisor', 'resolutions')).json();
    expect([recent.from, recent.to]).toEqual(['2025-10', '2026-03']);
    expect(recent.rows).toHaveLength(2);
  });

  it('refuses malformed, reversed and over-long periods', async () => {
    const codes: [string, number, string][] = [
      ['first-responses?from=2026-13', 400, 'VALIDATION_FAILED'],
      ['first-responses?from=2026-04&to=2026-03', 400, 'INVALID_INTERVAL'],
      ['first-responses?from=2024-01&to=2026-03', 400, 'REPORT_PERIOD_TOO_LONG'],
      ['first-responses?format=xml', 400, 'VALIDATION_FAILED'],
    ];
    for (const [url, status, code] of codes) {
      const response = await get('supervisor', url);
      expect(response.statusCode, url).toBe(status);
      expect(response.json().code, url).toBe(code);
    }
  });

  it('downloads CSV with a header row, quoted fields and formulas defused', async () => {
    const response = await get('supervisor', 'first-responses?from=2026-03&to=2026-03&format=csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="first-responses-2026-03-2026-03.csv"',
    );
    expect(response.body.startsWith(UTF8_BOM)).toBe(true);
    const lines = response.body.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'organization,month,impact,tickets,on_time,breaches,pending,percent_on_time,median_business_minutes,p90_business_minutes',
    );
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil"",""x""), Ltda.",2026-03,high,1,0,1,0,0,,`);
    expect(lines[2]).toBe(
      `"'=HYPERLINK(""http://evil"",""x""), Ltda.",2026-03,medium,2,1,1,0,50,285,441`,
    );
    expect(lines).toHaveLength(5); // header, three rows, and the empty string after the last CRLF
    expect(lines[4]).toBe('');

    const deflections = await get('supervisor', 'deflections?from=2026-03&to=2026-03&format=csv');
    expect(deflections.body.slice(1).split('\r\n')[1]).toBe(
      '"Reiniciar el módem, ""paso a paso""",2',
    );
    const satisfaction = await get('admin', 'satisfaction?from=2026-03&to=2026-03&format=csv');
    const rows = satisfaction.body.slice(1).split('\r\n');
    expect(rows[0]).toBe(
      'organization,invited,rated,average,score_1,score_2,score_3,score_4,score_5',
    );
    expect(rows[3]).toBe('Total,2,2,3,0,1,0,1,0');
    expect((await get('customer', 'satisfaction?format=csv')).statusCode).toBe(403);
  });
});
