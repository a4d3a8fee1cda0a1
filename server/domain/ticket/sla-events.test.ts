import { describe, expect, it } from 'vitest';
import { ContractCalendars } from '../sla/contract-calendars.js';
import { DEFAULT_LEVEL_TABLE } from '../sla/level-table.js';
import { formatInstant, parseInstant } from '../time/instant.js';
import { dueSlaEvents, keysStillRelevant, nextWakeAt, slaEventsOf } from './sla-events.js';
import {
  agentReplies,
  diagnose,
  isUpdateOverdue,
  registerLifecycle,
  requestFromCustomer,
  sendAutomaticUpdate,
  type TicketLifecycle,
} from './ticket-lifecycle.js';
import { computeTicketSla, type TicketTerms } from './ticket-sla.js';

const at = (local: string) => parseInstant(`${local}-05:00`);
const show = (t: number | null) =>
  t === null ? null : formatInstant(t, 'America/Bogota').slice(0, 19);
const options = { calendars: new ContractCalendars(), levels: DEFAULT_LEVEL_TABLE };
const medium5x8: TicketTerms = {
  modality: '5x8',
  services: ['support'],
  impact: 'medium',
  channel: 'web',
};
const eventsOf = (life: TicketLifecycle, now: number, opts = options) =>
  slaEventsOf(life, computeTicketSla(medium5x8, life, now, opts));
const table = (events: ReturnType<typeof eventsOf>) =>
  events.map((e) => [e.kind, show(e.dueAt)] as const);

describe('the SLA events of a ticket (SPEC §4–§5)', () => {
  const registered = registerLifecycle(at('2026-03-02T08:00:00'));

  it('a new medium 5x8 ticket: near at 80 % of 4 h, breach at 4 h, status update at 6 h', () => {
    expect(table(eventsOf(registered, at('2026-03-02T08:00:00')))).toEqual([
      ['first_response_near', '2026-03-02T11:12:00'],
      ['first_response_breached', '2026-03-02T12:00:00'],
      ['status_update', '2026-03-02T16:00:00'],
    ]);
  });

  it('the 80 % instant skips the lunch break like the deadline does', () => {
    const late = registerLifecycle(at('2026-03-02T10:00:00'));
    const events = eventsOf(late, at('2026-03-02T10:00:00'));
    // 192 business minutes from 10:00: 120 before lunch, 72 after 14:00.
    expect(show(events[0]?.dueAt ?? null)).toBe('2026-03-02T15:12:00');
    expect(show(events[1]?.dueAt ?? null)).toBe('2026-03-02T16:00:00');
  });

  it('waiting on the customer before the diagnosis: only the warning and the closure', () => {
    const waiting = requestFromCustomer(registered, at('2026-03-02T09:00:00'));
    const events = eventsOf(waiting, at('2026-03-02T09:00:00'));
    expect(table(events)).toEqual([
      ['no_response_warning', '2026-03-02T17:00:00'],
      ['auto_close', '2026-03-03T15:00:00'],
    ]);
    expect(events.map((e) => e.key)).toEqual([
      `no_response_warning:${at('2026-03-02T09:00:00')}`,
      `auto_close:${at('2026-03-02T09:00:00')}`,
    ]);
  });

  it('after the diagnosis only the status update remains', () => {
    const diagnosed = diagnose(registered, at('2026-03-02T09:00:00'));
    expect(table(eventsOf(diagnosed, at('2026-03-02T09:00:00')))).toEqual([
      ['status_update', '2026-03-02T17:00:00'],
    ]);
  });

  it('an automatic update starts the next interval under a new key; an agent reply clears overdue', () => {
    const diagnosed = diagnose(registered, at('2026-03-02T09:00:00'));
    const [first] = eventsOf(diagnosed, at('2026-03-02T09:00:00'));
    const updated = sendAutomaticUpdate(diagnosed, at('2026-03-02T17:00:00'));
    expect(isUpdateOverdue(updated)).toBe(true);
    const [second] = eventsOf(updated, at('2026-03-02T17:00:00'));
    expect(show(second?.dueAt ?? null)).toBe('2026-03-03T15:00:00');
    expect(second?.key).not.toBe(first?.key);
    const replied = agentReplies(updated, at('2026-03-03T08:30:00'));
    expect(isUpdateOverdue(replied)).toBe(false);
  });

  it('a holiday added later moves the instants but keeps the keys, so nothing fires twice', () => {
    const waiting = requestFromCustomer(registered, at('2026-03-02T09:00:00'));
    const before = eventsOf(waiting, at('2026-03-02T09:00:00'));
    const withClosure = {
      ...options,
      calendars: new ContractCalendars({
        exceptions: [{ date: '2026-03-03', name: 'Cierre', windows: [] }],
      }),
    };
    const after = eventsOf(waiting, at('2026-03-02T09:00:00'), withClosure);
    expect(after.map((e) => e.key)).toEqual(before.map((e) => e.key));
    expect(show(after[1]?.dueAt ?? null)).toBe('2026-03-04T15:00:00');
  });

  it('due events exclude the recorded ones; the wake instant is the earliest unrecorded', () => {
    const events = eventsOf(registered, at('2026-03-02T08:00:00'));
    const recorded = new Set(['first_response_near']);
    expect(dueSlaEvents(events, recorded, at('2026-03-02T12:30:00')).map((e) => e.kind)).toEqual([
      'first_response_breached',
    ]);
    expect(show(nextWakeAt(events, recorded))).toBe('2026-03-02T12:00:00');
    expect(nextWakeAt(events, new Set(events.map((e) => e.key)))).toBeNull();
  });

  it('a closed ticket has no events; stale interval keys are forgotten, once-only keys kept', () => {
    expect(
      slaEventsOf(
        { ...registered, status: 'closed' },
        computeTicketSla(medium5x8, registered, 0, options),
      ),
    ).toEqual([]);
    const events = eventsOf(registered, at('2026-03-02T08:00:00'));
    expect(
      keysStillRelevant(events, [
        'first_response_near',
        'no_response_warning:1',
        'status_update:5',
      ]),
    ).toEqual(['first_response_near']);
  });
});
