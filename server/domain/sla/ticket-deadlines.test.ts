import { describe, expect, it } from 'vitest';
import { formatInstant, parseInstant } from '../time/instant.js';
import { ContractCalendars } from './contract-calendars.js';
import {
  CHANNELS,
  type Channel,
  IMPACTS,
  type Impact,
  MODALITIES,
  type Modality,
} from './contract-terms.js';
import {
  computeTicketDeadlines,
  explainTicketDeadlines,
  type TicketSlaInput,
} from './ticket-deadlines.js';

const at = (local: string) => parseInstant(`${local}-05:00`);
const show = (t: number | undefined) =>
  t === undefined ? undefined : formatInstant(t, 'America/Bogota').slice(0, 19);

function ticket(
  modality: Modality,
  impact: Impact,
  channel: Channel,
  created: string,
  extra: Partial<TicketSlaInput> = {},
): TicketSlaInput {
  return {
    modality,
    impact,
    channel,
    services: ['support', 'managed'],
    createdAt: at(created),
    ...extra,
  };
}

// [case, modality, impact, channel, created (Bogota), clock start, first response due]
const firstResponseTable: [string, Modality, Impact, Channel, string, string, string][] = [
  [
    'seconds carry through',
    '5x8',
    'high',
    'web',
    '2026-03-02T09:15:30',
    '2026-03-02T09:15:30',
    '2026-03-02T10:15:30',
  ],
  [
    'lunch is skipped',
    '5x8',
    'high',
    'web',
    '2026-03-02T11:30:00',
    '2026-03-02T11:30:00',
    '2026-03-02T14:30:00',
  ],
  [
    'used up at 12:00 is 12:00',
    '5x8',
    'high',
    'web',
    '2026-03-02T11:00:00',
    '2026-03-02T11:00:00',
    '2026-03-02T12:00:00',
  ],
  [
    'used up at 18:00 is 18:00',
    '5x8',
    'medium',
    'phone',
    '2026-03-02T14:00:00',
    '2026-03-02T14:00:00',
    '2026-03-02T18:00:00',
  ],
  [
    'a whole morning',
    '5x8',
    'medium',
    'web',
    '2026-03-02T08:00:00',
    '2026-03-02T08:00:00',
    '2026-03-02T12:00:00',
  ],
  [
    'created at 12:00 starts at 14:00',
    '5x8',
    'high',
    'web',
    '2026-03-02T12:00:00',
    '2026-03-02T14:00:00',
    '2026-03-02T15:00:00',
  ],
  [
    'created at 13:59:59 starts at 14:00',
    '5x8',
    'high',
    'email',
    '2026-03-02T13:59:59',
    '2026-03-02T14:00:00',
    '2026-03-02T15:00:00',
  ],
  [
    'created at 18:00 starts next day',
    '5x8',
    'high',
    'web',
    '2026-03-02T18:00:00',
    '2026-03-03T08:00:00',
    '2026-03-03T09:00:00',
  ],
  [
    'created at 07:59 starts at 08:00',
    '6x8',
    'low',
    'phone',
    '2026-03-02T07:59:00',
    '2026-03-02T08:00:00',
    '2026-03-02T16:00:00',
  ],
  [
    'Friday afternoon to Monday',
    '5x8',
    'low',
    'web',
    '2026-03-06T15:00:00',
    '2026-03-06T15:00:00',
    '2026-03-09T11:00:00',
  ],
  [
    '5x8 Saturday waits for Monday',
    '5x8',
    'high',
    'web',
    '2026-03-07T10:00:00',
    '2026-03-09T08:00:00',
    '2026-03-09T09:00:00',
  ],
  [
    '6x8 counts Saturday',
    '6x8',
    'high',
    'web',
    '2026-03-07T10:00:00',
    '2026-03-07T10:00:00',
    '2026-03-07T11:00:00',
  ],
  [
    '6x8 skips Sunday',
    '6x8',
    'high',
    'web',
    '2026-03-07T17:30:00',
    '2026-03-07T17:30:00',
    '2026-03-09T08:30:00',
  ],
  [
    '6x8 Sunday waits for Monday',
    '6x8',
    'medium',
    'phone',
    '2026-03-08T10:00:00',
    '2026-03-09T08:00:00',
    '2026-03-09T12:00:00',
  ],
  [
    'Emiliani Monday (San José)',
    '5x8',
    'high',
    'web',
    '2026-03-20T17:30:00',
    '2026-03-20T17:30:00',
    '2026-03-24T08:30:00',
  ],
  [
    'Emiliani Monday on 6x8',
    '6x8',
    'high',
    'web',
    '2026-03-21T17:30:00',
    '2026-03-21T17:30:00',
    '2026-03-24T08:30:00',
  ],
  [
    'Holy Thursday and Good Friday on 5x8',
    '5x8',
    'medium',
    'web',
    '2026-04-01T16:00:00',
    '2026-04-01T16:00:00',
    '2026-04-06T10:00:00',
  ],
  [
    'Holy Thursday and Good Friday on 6x8',
    '6x8',
    'medium',
    'web',
    '2026-04-01T16:00:00',
    '2026-04-01T16:00:00',
    '2026-04-04T10:00:00',
  ],
  [
    'created on Good Friday',
    '5x8',
    'high',
    'web',
    '2026-04-03T10:00:00',
    '2026-04-06T08:00:00',
    '2026-04-06T09:00:00',
  ],
  [
    '31 December into January',
    '5x8',
    'low',
    'web',
    '2026-12-31T16:00:00',
    '2026-12-31T16:00:00',
    '2027-01-04T12:00:00',
  ],
  [
    'Ley 2578 de 2026: 13 July',
    '5x8',
    'high',
    'web',
    '2026-07-10T17:30:00',
    '2026-07-10T17:30:00',
    '2026-07-14T08:30:00',
  ],
  [
    '7x24 high by phone on Sunday night',
    '7x24',
    'high',
    'phone',
    '2026-03-22T03:00:00',
    '2026-03-22T03:00:00',
    '2026-03-22T04:00:00',
  ],
  [
    '7x24 high by monitoring at night',
    '7x24',
    'high',
    'monitoring',
    '2026-03-22T03:00:00',
    '2026-03-22T03:00:00',
    '2026-03-22T04:00:00',
  ],
  [
    '7x24 high by web on Sunday waits (holiday Monday counts)',
    '7x24',
    'high',
    'web',
    '2026-03-22T03:00:00',
    '2026-03-23T08:00:00',
    '2026-03-23T09:00:00',
  ],
  [
    '7x24 high by e-mail on Saturday night',
    '7x24',
    'high',
    'email',
    '2026-03-21T19:00:00',
    '2026-03-23T08:00:00',
    '2026-03-23T09:00:00',
  ],
  [
    '7x24 high by web in hours runs past 18:00',
    '7x24',
    'high',
    'web',
    '2026-03-21T17:30:00',
    '2026-03-21T17:30:00',
    '2026-03-21T18:30:00',
  ],
  [
    '7x24 medium: no lunch break',
    '7x24',
    'medium',
    'web',
    '2026-03-02T11:00:00',
    '2026-03-02T11:00:00',
    '2026-03-02T15:00:00',
  ],
  [
    '7x24 medium skips Sunday, counts holidays',
    '7x24',
    'medium',
    'web',
    '2026-03-21T17:00:00',
    '2026-03-21T17:00:00',
    '2026-03-23T11:00:00',
  ],
  [
    '7x24 low at night waits for 08:00',
    '7x24',
    'low',
    'phone',
    '2026-03-03T22:00:00',
    '2026-03-04T08:00:00',
    '2026-03-04T14:00:00',
  ],
  [
    '7x24 change on Good Friday counts',
    '7x24',
    'change',
    'web',
    '2026-04-03T08:00:00',
    '2026-04-03T08:00:00',
    '2026-04-03T14:00:00',
  ],
];

describe('first response (SPEC §3, §4)', () => {
  it.each(firstResponseTable)('%s', (_, modality, impact, channel, created, start, due) => {
    const d = computeTicketDeadlines(ticket(modality, impact, channel, created));
    expect([show(d.clockStartsAt), show(d.firstResponseDueAt)]).toEqual([start, due]);
  });

  it('tells a 7x24 customer to call only when a high case is written out of hours', () => {
    const call = (impact: Impact, channel: Channel, created: string) =>
      computeTicketDeadlines(ticket('7x24', impact, channel, created)).callTheCenter;
    expect(call('high', 'web', '2026-03-22T03:00:00')).toBe(true);
    expect(call('high', 'email', '2026-03-20T18:00:00')).toBe(true);
    expect(call('high', 'web', '2026-03-20T17:59:59')).toBe(false);
    expect(call('high', 'phone', '2026-03-22T03:00:00')).toBe(false);
    expect(call('medium', 'web', '2026-03-22T03:00:00')).toBe(false);
  });

  it('pauses while waiting on the customer before the diagnosis', () => {
    const d = computeTicketDeadlines(
      ticket('5x8', 'medium', 'web', '2026-03-02T08:00:00', {
        pauses: [{ start: at('2026-03-02T09:00:00'), end: at('2026-03-02T11:00:00') }],
      }),
    );
    expect(show(d.firstResponseDueAt)).toBe('2026-03-02T16:00:00');
  });

  it('refuses "change" without the managed or administration service', () => {
    const input = {
      ...ticket('5x8', 'change', 'web', '2026-03-02T08:00:00'),
      services: ['support'] as const,
    };
    expect(() => computeTicketDeadlines(input)).toThrow(
      expect.objectContaining({ code: 'CHANGE_REQUIRES_MANAGED_SERVICE' }),
    );
    const administered = { ...input, services: ['administration'] as const };
    expect(show(computeTicketDeadlines(administered).firstResponseDueAt)).toBe(
      '2026-03-02T16:00:00',
    );
  });

  it('uses an edited level table', () => {
    const levels = {
      high: { firstResponseMinutes: 30, notificationIntervalMinutes: 120 },
      medium: { firstResponseMinutes: 240, notificationIntervalMinutes: 360 },
      low: { firstResponseMinutes: 360, notificationIntervalMinutes: 480 },
      change: { firstResponseMinutes: 360, notificationIntervalMinutes: 480 },
    };
    const d = computeTicketDeadlines(ticket('5x8', 'high', 'web', '2026-03-02T11:45:00'), {
      levels,
    });
    expect(show(d.firstResponseDueAt)).toBe('2026-03-02T14:15:00');
    expect(show(d.notificationsDueAt[0])).toBe('2026-03-02T15:45:00');
  });
});

describe('notifications, warning and automatic closure (SPEC §4, §5)', () => {
  it('schedules three status notifications every interval of business time', () => {
    const d = computeTicketDeadlines(ticket('5x8', 'high', 'web', '2026-03-20T17:30:00'));
    expect(d.notificationsDueAt.map(show)).toEqual([
      '2026-03-24T10:30:00',
      '2026-03-24T15:30:00',
      '2026-03-25T08:30:00',
    ]);
  });

  it('restarts the interval at the last agent update', () => {
    const d = computeTicketDeadlines(
      ticket('6x8', 'low', 'web', '2026-03-02T08:00:00', {
        lastAgentUpdateAt: at('2026-03-02T15:00:00'),
      }),
    );
    expect(show(d.notificationsDueAt[0])).toBe('2026-03-03T15:00:00');
  });

  it('warns after one interval without an answer and closes after two', () => {
    const d = computeTicketDeadlines(
      ticket('5x8', 'high', 'web', '2026-03-20T17:30:00', {
        waitingSince: at('2026-03-24T09:00:00'),
      }),
    );
    expect([show(d.warningAt), show(d.autoCloseAt)]).toEqual([
      '2026-03-24T12:00:00',
      '2026-03-24T17:00:00',
    ]);
  });

  it('counts the silence on a 7x24 high ticket around the clock', () => {
    const d = computeTicketDeadlines(
      ticket('7x24', 'high', 'phone', '2026-03-21T20:00:00', {
        waitingSince: at('2026-03-21T22:00:00'),
      }),
    );
    expect([show(d.warningAt), show(d.autoCloseAt)]).toEqual([
      '2026-03-22T01:00:00',
      '2026-03-22T04:00:00',
    ]);
  });

  it('gives no warning nor closure while the ticket does not wait on the customer', () => {
    const d = computeTicketDeadlines(ticket('5x8', 'low', 'web', '2026-03-02T08:00:00'));
    expect(d.warningAt).toBeUndefined();
    expect(d.autoCloseAt).toBeUndefined();
  });

  it('refuses waiting since before the ticket existed', () => {
    const input = ticket('5x8', 'low', 'web', '2026-03-02T08:00:00', {
      waitingSince: at('2026-03-01T08:00:00'),
    });
    expect(() => computeTicketDeadlines(input)).toThrow(
      expect.objectContaining({ code: 'INVALID_INTERVAL' }),
    );
  });
});

describe('every modality × impact × channel', () => {
  const calendars = new ContractCalendars();
  const combos = MODALITIES.flatMap((m) =>
    IMPACTS.flatMap((i) => CHANNELS.map((c) => [m, i, c] as const)),
  );
  it.each(combos)('%s %s %s: deadlines are ordered and explained', (modality, impact, channel) => {
    const input = ticket(modality, impact, channel, '2026-03-21T17:45:00', {
      waitingSince: at('2026-03-24T10:00:00'),
    });
    const d = computeTicketDeadlines(input, { calendars });
    expect(d.clockStartsAt).toBeGreaterThanOrEqual(input.createdAt);
    expect(d.firstResponseDueAt).toBeGreaterThan(d.clockStartsAt);
    expect(d.notificationsDueAt).toHaveLength(3);
    const [n1, n2, n3] = d.notificationsDueAt as [number, number, number];
    expect(n1 < n2 && n2 < n3).toBe(true);
    expect(d.autoCloseAt).toBeGreaterThan(d.warningAt as number);
    const why = explainTicketDeadlines(input, d, { calendars });
    expect(why.firstResponse.to).toBe(d.firstResponseDueAt);
    expect(why.firstResponse.countedMinutes).toBe(
      { high: 60, medium: 240, low: 360, change: 360 }[impact],
    );
  });
});

describe('explanations', () => {
  it('say why a deadline skipped the weekend and the San José holiday', () => {
    const input = ticket('5x8', 'high', 'web', '2026-03-20T17:30:00');
    const why = explainTicketDeadlines(input, computeTicketDeadlines(input));
    expect(
      why.firstResponse.skipped.map((s) => [show(s.start), show(s.end), s.reason, s.name]),
    ).toEqual([
      ['2026-03-20T18:00:00', '2026-03-21T00:00:00', 'outside_hours', undefined],
      ['2026-03-21T00:00:00', '2026-03-23T00:00:00', 'weekend', undefined],
      ['2026-03-23T00:00:00', '2026-03-24T00:00:00', 'holiday', 'San José'],
      ['2026-03-24T00:00:00', '2026-03-24T08:00:00', 'outside_hours', undefined],
    ]);
    expect(why.firstResponse.counted.map((c) => c.minutes)).toEqual([30, 30]);
  });

  it('name lunch and pauses', () => {
    const input = ticket('5x8', 'medium', 'web', '2026-03-02T08:00:00', {
      pauses: [{ start: at('2026-03-02T09:00:00'), end: at('2026-03-02T11:00:00') }],
    });
    const why = explainTicketDeadlines(input, computeTicketDeadlines(input));
    expect(why.firstResponse.skipped.map((s) => [show(s.start), show(s.end), s.reason])).toEqual([
      ['2026-03-02T09:00:00', '2026-03-02T11:00:00', 'paused'],
      ['2026-03-02T12:00:00', '2026-03-02T14:00:00', 'lunch'],
    ]);
  });

  it('name the wait for attended hours of a 7x24 case written out of hours', () => {
    const input = ticket('7x24', 'high', 'web', '2026-03-22T03:00:00');
    const why = explainTicketDeadlines(input, computeTicketDeadlines(input));
    expect(why.firstResponse.skipped).toEqual([
      {
        start: at('2026-03-22T03:00:00'),
        end: at('2026-03-23T08:00:00'),
        reason: 'phone_only_hours',
      },
    ]);
    expect(why.firstResponse.counted.map((c) => c.minutes)).toEqual([60]);
  });
});
