/**
 * Many tickets at once, each waiting on its customer since a given instant (diagnosed, then
 * information requested), written straight to the tickets table in large inserts: the setup of
 * tests and benchmarks that need thousands of due SLA events without registering them one by one.
 */

import { newId } from '../../server/app/ids.js';
import { newReplyToken } from '../../server/app/tickets/reply-token.js';
import type { SlaPolicy } from '../../server/app/tickets/sla-policy.js';
import { formatTicketNumber, type Ticket, ticketSeq } from '../../server/app/tickets/ticket.js';
import { slaFor } from '../../server/app/tickets/ticket-changes.js';
import type { Impact } from '../../server/domain/sla/contract-terms.js';
import {
  diagnose,
  registerLifecycle,
  requestFromCustomer,
} from '../../server/domain/ticket/ticket-lifecycle.js';
import type { Instant } from '../../server/domain/time/instant.js';
import type { Db } from '../../server/storage/db.js';
import { TicketPartiesStore } from '../../server/storage/ticket-parties.store.js';
import { ticketToRow } from '../../server/storage/ticket-row.js';

export interface WaitingTicketsSpec {
  readonly count: number;
  readonly contractId: string;
  readonly requesterId: string;
  readonly assigneeId: string | null;
  /** Registered then; diagnosed and asked for information a minute later. */
  readonly reportedAt: Instant;
  readonly impact?: Impact;
  /** First number within 2026 (distinct per call, so calls do not collide). */
  readonly firstNumber: number;
}

const CHUNK = 400;

/** Inserts the tickets; returns them as stored. */
export async function insertWaitingTickets(
  db: Db,
  policy: SlaPolicy,
  spec: WaitingTicketsSpec,
): Promise<Ticket[]> {
  const contract = await new TicketPartiesStore().contract(db.kysely, spec.contractId);
  const impact = spec.impact ?? 'medium';
  const asked = spec.reportedAt + 60_000;
  const life = requestFromCustomer(diagnose(registerLifecycle(spec.reportedAt), asked), asked);
  const sla = slaFor(contract, impact, 'web', life, asked, policy);
  const tickets: Ticket[] = [];
  for (let i = 0; i < spec.count; i++) {
    const n = spec.firstNumber + i;
    tickets.push({
      id: newId(spec.reportedAt),
      seq: ticketSeq(2026, n),
      number: formatTicketNumber(2026, n),
      organizationId: contract.organizationId,
      contractId: contract.id,
      requesterId: spec.requesterId,
      assigneeId: spec.assigneeId,
      subject: `Caso de prueba ${n}`,
      description: 'Sin conexión a la red.',
      impact,
      channel: 'web',
      checklist: null,
      previousTicketId: null,
      closeReason: null,
      closeCause: null,
      createdAt: spec.reportedAt,
      updatedAt: asked,
      version: 3,
      life,
      sla,
      slaRecorded: [],
      replyToken: newReplyToken(),
    });
  }
  for (let i = 0; i < tickets.length; i += CHUNK) {
    const rows = tickets.slice(i, i + CHUNK).map(ticketToRow);
    await db.transaction((trx) => trx.insertInto('tickets').values(rows).execute());
  }
  return tickets;
}
