import { expect, it } from 'vitest';
import {
  createContract,
  createOrganization,
  describeEachDatabase,
  HARNESS_START,
  signIn,
  useHarness,
} from '../../../../test/support/harness.js';
import { parseInstant } from '../../../domain/time/instant.js';

describeEachDatabase('GET /api/v1/attention', (database) => {
  const harness = useHarness(database);

  async function customerOf(modality: '5x8' | '6x8' | '7x24', services: string[] = ['support']) {
    const h = harness();
    const organization = await createOrganization(h);
    await createContract(h, organization.id, { modality, services });
    return {
      organization,
      client: await signIn(h, { role: 'customer', organizationId: organization.id }),
    };
  }

  async function attention(headers: Record<string, string>) {
    const response = await harness().app.inject({
      method: 'GET',
      url: '/api/v1/attention',
      headers,
    });
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  it('needs a sign-in', async () => {
    const response = await harness().app.inject({ method: 'GET', url: '/api/v1/attention' });
    expect(response.statusCode).toBe(401);
  });

  it('on Monday 10:00 a 5x8 contract is attended, with its levels and the server time', async () => {
    harness().clock.freeze();
    harness().clock.set(parseInstant(HARNESS_START));
    const { organization, client } = await customerOf('5x8');
    const body = await attention(client.headers);
    expect(body).toMatchObject({
      now: HARNESS_START,
      contract: {
        organizationName: organization.name,
        modality: '5x8',
        impacts: ['high', 'medium', 'low'],
      },
      attendingNow: true,
      nextOpeningAt: null,
      highImpactByPhoneOnly: false,
      levels: { high: { firstResponseMinutes: 60, notificationIntervalMinutes: 180 } },
    });
  });

  it('allows change only with managed or administration', async () => {
    const { client } = await customerOf('6x8', ['support', 'administration']);
    expect((await attention(client.headers)).contract.impacts).toEqual([
      'high',
      'medium',
      'low',
      'change',
    ]);
  });

  it('staff and customers without a contract in force get no contract', async () => {
    const h = harness();
    const staff = await signIn(h, { role: 'agent' });
    expect((await attention(staff.headers)).contract).toBeNull();
    const organization = await createOrganization(h);
    const orphan = await signIn(h, { role: 'customer', organizationId: organization.id });
    expect(await attention(orphan.headers)).toMatchObject({ contract: null, attendingNow: false });
  });

  it('at lunch a 5x8 contract waits until 14:00; 7x24 is attended continuously', async () => {
    const h = harness();
    const split = await customerOf('5x8');
    const round = await customerOf('7x24');
    h.clock.set(parseInstant('2026-03-16T12:30:00-05:00'));
    expect(await attention(split.client.headers)).toMatchObject({
      attendingNow: false,
      nextOpeningAt: '2026-03-16T14:00:00-05:00',
      highImpactByPhoneOnly: false,
    });
    expect(await attention(round.client.headers)).toMatchObject({
      attendingNow: true,
      highImpactByPhoneOnly: false,
    });
  });

  it('7x24 on Saturday night: only high impact, by phone, until Monday 08:00', async () => {
    const h = harness();
    // Sessions last 12 hours: sign in after moving the clock.
    h.clock.set(parseInstant('2026-03-21T20:00:00-05:00'));
    const round = await customerOf('7x24');
    expect(await attention(round.client.headers)).toMatchObject({
      contract: { modality: '7x24' },
      attendingNow: false,
      nextOpeningAt: '2026-03-23T08:00:00-05:00',
      highImpactByPhoneOnly: true,
    });
  });
});
