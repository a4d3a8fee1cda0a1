/**
 * The scheduler's batch writes on both databases: the `update … from values` write-back keeps
 * every field exactly (nulls, fractions, flags) and skips tickets changed meanwhile, and so does
 * the narrow write of what moves with time; the bulk
 * insert returns what its conflict clause let through; a transaction that only has to survive
 * a process crash is not flushed on its own.
 */

import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { insertWaitingTickets } from '../../test/support/due-tickets.js';
import { createContract, createOrganization, createUser } from '../../test/support/factories.js';
import { describeEachDatabase, useHarness } from '../../test/support/harness.js';
import type { Ticket } from '../app/tickets/ticket.js';
import { withSlaAndLife } from '../app/tickets/ticket.js';
import { SlaEventStore } from './sla-event.store.js';
import { TicketStore } from './ticket.store.js';

describeEachDatabase('batch writes', (database) => {
  const harness = useHarness(database);

  let numbered = 0;

  async function someTickets(count: number): Promise<Ticket[]> {
    const h = harness();
    const organization = await createOrganization(h);
    const contract = await createContract(h, organization.id);
    const requester = await createUser(h, { role: 'customer', organizationId: organization.id });
    numbered += count;
    return insertWaitingTickets(h.db, await h.services.slaPolicy.current(), {
      count,
      contractId: contract.id,
      requesterId: requester.id,
      assigneeId: null,
      reportedAt: Date.parse('2026-03-16T10:00:00-05:00'),
      firstNumber: numbered - count + 1,
    });
  }

  it('writes back lifecycle and SLA fields exactly, skipping tickets changed meanwhile', async () => {
    const h = harness();
    const store = new TicketStore(h.db.dialect);
    const [first, second, third] = await someTickets(3);
    if (!first || !second || !third) throw new Error('three tickets expected');
    const changed = (ticket: Ticket, minutesLeft: number | null): Ticket =>
      withSlaAndLife(ticket, {
        life: {
          ...ticket.life,
          status: 'closed',
          resolution: 'no_response',
          closedAt: 1_800_000_000_123,
        },
        sla: {
          ...ticket.sla,
          firstResponseMinutesLeft: minutesLeft,
          firstResponseBreached: true,
          warningAt: null,
          nextDeadlineAt: null,
          callTheCenter: true,
        },
        slaRecorded: ['warn:1', 'close:1'],
        updatedAt: 1_800_000_000_456,
        version: ticket.version + 1,
      });
    const stored = await h.db.transaction((trx) =>
      store.updateSlaAndLifeMany(trx, [
        { change: changed(first, 12.5), expectedVersion: first.version },
        { change: changed(second, null), expectedVersion: second.version },
        // Someone else stored a newer version of this one: it must stay as it is.
        { change: changed(third, 7), expectedVersion: third.version - 1 },
      ]),
    );
    expect(stored).toBe(2);
    expect(await store.find(h.db.kysely, first.id)).toEqual(changed(first, 12.5));
    expect(await store.find(h.db.kysely, second.id)).toEqual(changed(second, null));
    expect(await store.find(h.db.kysely, third.id)).toEqual(third);
  });

  it('writes back only what moves with time for a lifecycle left alone, skipping tickets changed meanwhile', async () => {
    const h = harness();
    const store = new TicketStore(h.db.dialect);
    const [first, second] = await someTickets(2);
    if (!first || !second) throw new Error('two tickets expected');
    const moved = (ticket: Ticket): Ticket =>
      withSlaAndLife(ticket, {
        life: ticket.life,
        sla: { ...ticket.sla, firstResponseBreached: true, nextDeadlineAt: 1_800_000_000_789 },
        slaRecorded: ['warn:1'],
        updatedAt: 1_800_000_000_456,
        version: ticket.version + 1,
      });
    const stored = await h.db.transaction((trx) =>
      store.updateSlaClockMany(trx, [
        { change: moved(first), expectedVersion: first.version },
        { change: moved(second), expectedVersion: second.version + 1 },
      ]),
    );
    expect(stored).toBe(1);
    expect(await store.find(h.db.kysely, first.id)).toEqual(moved(first));
    expect(await store.find(h.db.kysely, second.id)).toEqual(second);
  });

  it('records events once: the insert returns only the rows its conflict clause let in', async () => {
    const h = harness();
    const [ticket] = await someTickets(1);
    if (!ticket) throw new Error('a ticket expected');
    const events = new SlaEventStore();
    const warn = {
      ticketId: ticket.id,
      key: 'warn:1',
      kind: 'no_response_warning',
      dueAt: 5,
    } as const;
    const close = { ticketId: ticket.id, key: 'close:1', kind: 'auto_close', dueAt: 9 } as const;
    const once = await h.db.transaction((trx) => events.record(trx, [warn], 10));
    const again = await h.db.transaction((trx) => events.record(trx, [warn, close], 11));
    expect([...once]).toEqual([`${ticket.id} warn:1`]);
    expect([...again]).toEqual([`${ticket.id} close:1`]);
    expect(await events.listForTicket(h.db.kysely, ticket.id)).toEqual([
      { key: 'warn:1', kind: 'no_response_warning', dueAt: 5, recordedAt: 10 },
      { key: 'close:1', kind: 'auto_close', dueAt: 9, recordedAt: 11 },
    ]);
  });

  it('on SQLite, does not flush a transaction that only has to survive a crash of the process', async () => {
    const h = harness();
    const setting =
      h.db.dialect === 'postgres'
        ? (trx: typeof h.db.kysely) =>
            sql<{ synchronous_commit: string }>`show synchronous_commit`
              .execute(trx)
              .then((r) => r.rows[0]?.synchronous_commit)
        : (trx: typeof h.db.kysely) =>
            sql<{ synchronous: number }>`pragma synchronous`
              .execute(trx)
              .then((r) => (r.rows[0]?.synchronous === 2 ? 'on' : 'off'));
    expect(await h.db.transaction(setting)).toBe('on');
    // SQLite's fsync would block the process; PostgreSQL's flush happens in the server.
    expect(await h.db.transaction(setting, { survives: 'process-crash' })).toBe(
      h.db.dialect === 'postgres' ? 'on' : 'off',
    );
    expect(await h.db.transaction(setting)).toBe('on');
  });
});
