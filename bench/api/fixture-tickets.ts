/**
 * The tickets of the benchmark's dataset, oldest first, as the app would have stored them:
 * each one lives its life through the domain's lifecycle functions (registered, diagnosed,
 * solution proposed, accepted — or closed for no response or as out of scope), gets its SLA
 * fields from `computeTicketSla` at its last change, and becomes a row through the app's own
 * `ticketToRow`. Tickets of the last few days are mostly still open, so the queue holds a few
 * thousand of them at a million, with deadlines over the next days.
 */

import { newId } from '../../server/app/ids.js';
import { newReplyToken } from '../../server/app/tickets/reply-token.js';
import { formatTicketNumber, type Ticket, ticketSeq } from '../../server/app/tickets/ticket.js';
import { BOGOTA, ContractCalendars } from '../../server/domain/sla/contract-calendars.js';
import type { Channel, Impact } from '../../server/domain/sla/contract-terms.js';
import { DEFAULT_LEVEL_TABLE } from '../../server/domain/sla/level-table.js';
import {
  acceptSolution,
  closeAsOutOfScope,
  closeForNoResponse,
  diagnose,
  proposeSolution,
  registerLifecycle,
  requestFromCustomer,
  type TicketLifecycle,
} from '../../server/domain/ticket/ticket-lifecycle.js';
import { computeTicketSla } from '../../server/domain/ticket/ticket-sla.js';
import {
  CHECKLIST_ITEMS,
  type ChecklistEntry,
  type MessageKind,
  type OutOfScopeCause,
} from '../../server/domain/ticket/ticket-vocabulary.js';
import { civilDateOf } from '../../server/domain/time/civil-date.js';
import { utcToWallTime } from '../../server/domain/time/time-zone.js';
import type {
  MessagesTable,
  TicketCountersTable,
  TicketsTable,
} from '../../server/storage/schema.js';
import { messageToRow, ticketToRow } from '../../server/storage/ticket-row.js';
import type { BenchOrganization, BenchParties } from './fixture-parties.js';
import type { TicketText } from './vocabulary.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Tickets of this last stretch are open (most of them); older ones are closed. */
const OPEN_WINDOW_MS = 5 * DAY;
const OPEN_SHARE_IN_WINDOW = 0.85;
/** Share of tickets whose conversation is stored as messages ("messages for some tickets"). */
const WITH_MESSAGES = 0.2;

export interface TicketBatch {
  readonly tickets: TicketsTable[];
  readonly messages: MessagesTable[];
}

export interface TicketFixtureOptions {
  readonly count: number;
  /** The newest ticket is just before it; SLA breach flags are relative to it. */
  readonly now: number;
  /** How far back the oldest ticket goes. */
  readonly spanMs: number;
  readonly parties: BenchParties;
  readonly text: TicketText;
  readonly random: () => number;
}

/** What the generator made, for the report and the ticket counters. */
export interface TicketFixtureSummary {
  readonly byStatus: Readonly<Record<string, number>>;
  readonly messages: number;
  readonly counters: readonly TicketCountersTable[];
}

interface Conversation {
  readonly life: TicketLifecycle;
  readonly events: readonly { kind: MessageKind; at: number; byCustomer: boolean }[];
  readonly closeReason: string | null;
  readonly closeCause: OutOfScopeCause | null;
}

export class TicketFixture {
  private readonly calendars = new ContractCalendars();
  private readonly byStatus: Record<string, number> = {};
  private readonly lastNumberOfYear = new Map<number, number>();
  private messageCount = 0;

  constructor(private readonly options: TicketFixtureOptions) {}

  /** The tickets in batches of `size`, oldest first. */
  *batches(size: number): Generator<TicketBatch> {
    const { count, now, spanMs } = this.options;
    const slot = spanMs / count;
    const start = now - spanMs;
    for (let first = 0; first < count; first += size) {
      const batch: TicketBatch = { tickets: [], messages: [] };
      const end = Math.min(count, first + size);
      for (let i = first; i < end; i++) {
        const createdAt = Math.floor(start + (i + this.options.random() * 0.9) * slot);
        this.addTicket(batch, createdAt);
      }
      yield batch;
    }
  }

  summary(): TicketFixtureSummary {
    return {
      byStatus: { ...this.byStatus },
      messages: this.messageCount,
      counters: [...this.lastNumberOfYear].map(([year, last]) => ({ year, last_number: last })),
    };
  }

  private addTicket(batch: TicketBatch, createdAt: number): void {
    const { parties, text, now } = this.options;
    const random = this.options.random;
    const organization = parties.pickOrganization(random());
    const impact = this.impact(organization);
    const channel = this.channel();
    const reportedAt =
      channel === 'phone' ? createdAt - Math.floor(random() * 30 * MINUTE) : createdAt;
    const open = now - createdAt < OPEN_WINDOW_MS && random() < OPEN_SHARE_IN_WINDOW;
    const conversation = open
      ? this.openConversation(reportedAt)
      : this.closedConversation(reportedAt);
    const { life } = conversation;
    const updatedAt = conversation.events.at(-1)?.at ?? createdAt;
    const year = civilDateOf(utcToWallTime(BOGOTA, createdAt).day).year;
    const numberInYear = (this.lastNumberOfYear.get(year) ?? 0) + 1;
    this.lastNumberOfYear.set(year, numberInYear);
    const requesterId = pick(organization.customerIds, random());
    const ticket: Ticket = {
      id: newId(createdAt),
      seq: ticketSeq(year, numberInYear),
      number: formatTicketNumber(year, numberInYear),
      organizationId: organization.row.id,
      contractId: organization.contract.id,
      requesterId,
      assigneeId:
        life.firstRespondedAt === null && random() < 0.8 ? null : pick(parties.agentIds, random()),
      subject: text.subject(),
      description: text.description(),
      impact,
      channel,
      checklist: channel === 'web' && random() < 0.3 ? checklist(random) : null,
      previousTicketId: null,
      closeReason: conversation.closeReason,
      closeCause: conversation.closeCause,
      createdAt,
      updatedAt,
      version: 1 + conversation.events.length,
      life,
      // As the app does: recomputed and stored at the ticket's last change.
      sla: computeTicketSla(
        { modality: organization.modality, services: organization.services, impact, channel },
        life,
        updatedAt,
        { calendars: this.calendars, levels: DEFAULT_LEVEL_TABLE },
      ),
      slaRecorded: [],
      replyToken: newReplyToken(),
    };
    batch.tickets.push(ticketToRow(ticket));
    this.byStatus[life.status] = (this.byStatus[life.status] ?? 0) + 1;
    if (random() < WITH_MESSAGES) {
      for (const event of conversation.events) {
        const authorId = event.byCustomer
          ? requesterId
          : (ticket.assigneeId ?? parties.agentIds[0]);
        batch.messages.push(
          messageToRow({
            id: newId(event.at),
            ticketId: ticket.id,
            authorId: authorId ?? null,
            kind: event.kind,
            body: text.message(),
            public: event.kind !== 'note',
            createdAt: event.at,
          }),
        );
      }
      this.messageCount += conversation.events.length;
    }
  }

  /** A recent ticket still open: new, in progress, waiting on the customer or on a proposal. */
  private openConversation(reportedAt: number): Conversation {
    const clock = new EventClock(reportedAt, this.options.now - MINUTE);
    const u = this.options.random();
    let life = registerLifecycle(reportedAt);
    const events: Conversation['events'][number][] = [];
    if (u < 0.35) return { life, events, closeReason: null, closeCause: null };
    if (u < 0.45) {
      // Information asked before the diagnosis: the first-response clock pauses.
      const at = clock.after(10 * MINUTE, 3 * HOUR, this.options.random());
      life = requestFromCustomer(life, at);
      events.push({ kind: 'info_request', at, byCustomer: false });
      return { life, events, closeReason: null, closeCause: null };
    }
    const diagnosedAt = clock.after(5 * MINUTE, 3 * HOUR, this.options.random());
    life = diagnose(life, diagnosedAt);
    events.push({ kind: 'diagnosis', at: diagnosedAt, byCustomer: false });
    if (u < 0.75) return { life, events, closeReason: null, closeCause: null };
    const at = clock.after(30 * MINUTE, DAY, this.options.random());
    if (u < 0.87) {
      life = requestFromCustomer(life, at);
      events.push({ kind: 'test_request', at, byCustomer: false });
    } else {
      life = proposeSolution(life, at);
      events.push({ kind: 'solution', at, byCustomer: false });
    }
    return { life, events, closeReason: null, closeCause: null };
  }

  /** An older ticket, closed for one of the three reasons of SPEC §5. */
  private closedConversation(reportedAt: number): Conversation {
    const random = this.options.random;
    const clock = new EventClock(reportedAt, this.options.now - MINUTE);
    const u = random();
    let life = registerLifecycle(reportedAt);
    const events: Conversation['events'][number][] = [];
    const diagnosedAt = clock.after(5 * MINUTE, 3 * HOUR, random());
    life = diagnose(life, diagnosedAt);
    events.push({ kind: 'diagnosis', at: diagnosedAt, byCustomer: false });
    if (random() < 0.3) {
      events.push({ kind: 'note', at: clock.after(MINUTE, HOUR, random()), byCustomer: false });
    }
    if (u < 0.08) {
      const at = clock.after(10 * MINUTE, DAY, random());
      const reason = 'El equipo afectado no está cubierto por el contrato.';
      life = closeAsOutOfScope(life, at, reason);
      events.push({ kind: 'reply', at, byCustomer: false });
      return { life, events, closeReason: reason, closeCause: 'equipment_not_covered' };
    }
    const proposedAt = clock.after(30 * MINUTE, 2 * DAY, random());
    life = proposeSolution(life, proposedAt);
    events.push({ kind: 'solution', at: proposedAt, byCustomer: false });
    if (u < 0.2) {
      life = closeForNoResponse(life, clock.after(4 * DAY, 6 * DAY, random()));
    } else {
      const answeredAt = clock.after(10 * MINUTE, 3 * DAY, random());
      events.push({ kind: 'reply', at: answeredAt, byCustomer: true });
      life = acceptSolution(life, answeredAt);
    }
    return { life, events, closeReason: null, closeCause: null };
  }

  private impact(organization: BenchOrganization): Impact {
    const u = this.options.random();
    if (u < 0.15) return 'high';
    if (u < 0.6) return 'medium';
    if (u < 0.95 || !organization.services.includes('managed')) return 'low';
    return 'change';
  }

  private channel(): Channel {
    const u = this.options.random();
    if (u < 0.6) return 'web';
    if (u < 0.85) return 'phone';
    return u < 0.95 ? 'email' : 'monitoring';
  }
}

/** Instants of a ticket's events: each after the previous one, never after `latest`. */
class EventClock {
  constructor(
    private last: number,
    private readonly latest: number,
  ) {}

  after(minGap: number, maxGap: number, u: number): number {
    const next = this.last + minGap + Math.floor(u * (maxGap - minGap));
    this.last = Math.max(this.last, Math.min(next, this.latest));
    return this.last;
  }
}

function checklist(random: () => number): ChecklistEntry[] {
  return CHECKLIST_ITEMS.map((item) => ({
    item,
    answer: random() < 0.7 ? 'yes' : random() < 0.5 ? 'no' : 'not_applicable',
  }));
}

function pick<T>(items: readonly T[], u: number): T {
  return items[Math.floor(u * items.length)] as T;
}
