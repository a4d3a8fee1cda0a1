/**
 * On-site visits (SPEC §8): when a ticket's contract includes on-site support and the case
 * cannot be solved remotely, staff schedule a visit — a technician, the reason, and the planned
 * arrival from the travel time to the contract's city — and move it scheduled → on the way →
 * on site → done (or cancel it before arrival). Customers see their organization's visits;
 * only staff schedule and move them. Each step is also written in the ticket's history.
 */

import { DomainError } from '../../domain/errors.js';
import {
  nextVisitStatus,
  plannedArrivalAt,
  type VisitIntent,
  type VisitStatus,
} from '../../domain/maintenance/visit-lifecycle.js';
import { MS_PER_DAY } from '../../domain/time/civil-date.js';
import type { Instant } from '../../domain/time/instant.js';
import type { Db, Executor } from '../../storage/db.js';
import type { TicketStore } from '../../storage/ticket.store.js';
import { isUniqueViolation } from '../../storage/unique-violation.js';
import type { VisitChanges, VisitStore } from '../../storage/visit.store.js';
import { type Actor, isStaff, STAFF_ROLES } from '../actor.js';
import { AppError } from '../app-errors.js';
import type { Clock } from '../clock.js';
import { OPERATOR } from '../identity/operator.js';
import { isId, newId } from '../ids.js';
import { decodeCursor, type Page, type PageRequest, pageLimit, pageOf } from '../pagination.js';
import { historyEntry } from '../tickets/ticket.js';
import { findVisibleTicket, requireStaff } from '../tickets/ticket-access.js';
import type { TravelTimeService } from './travel-time.service.js';
import type { ListedVisit, Visit } from './visit.js';

export type { ListedVisit, Visit } from './visit.js';

export interface ScheduleVisitInput {
  readonly ticketId: string;
  readonly technicianId: string;
  /** Why the case could not be solved remotely. */
  readonly reason: string;
  /**
   * When the technician should arrive, as the agent agreed it with the customer; absent, now
   * plus the city's travel time. Between now and MAX_ARRIVAL_DAYS ahead.
   */
  readonly plannedArrivalAt?: Instant;
}

/** What a schedule form proposes for a ticket: on-site or not, and the arrival by travel time. */
export type VisitProposal =
  | { readonly onSite: false }
  | {
      readonly onSite: true;
      readonly city: string;
      readonly travelMinutes: number;
      readonly travelTimeExample: boolean;
      readonly plannedArrivalAt: Instant;
    };

/** How far ahead an agreed arrival may be. */
export const MAX_ARRIVAL_DAYS = 31;

export interface VisitListQuery extends PageRequest {
  readonly organizationId?: string;
  readonly ticketId?: string;
  /** A user id, or `me` for the caller. */
  readonly technicianId?: string;
  readonly statuses?: readonly VisitStatus[];
}

/** How the states and intents read in messages. */
const STATUS_WORDS: Readonly<Record<VisitStatus, { es: string; en: string }>> = {
  scheduled: { es: 'programada', en: 'scheduled' },
  on_the_way: { es: 'en camino', en: 'on the way' },
  on_site: { es: 'en sitio', en: 'on site' },
  done: { es: 'realizada', en: 'done' },
  cancelled: { es: 'cancelada', en: 'cancelled' },
};
const INTENT_WORDS: Readonly<Record<VisitIntent, { es: string; en: string }>> = {
  depart: { es: 'poner en camino', en: 'set on the way' },
  arrive: { es: 'marcar en sitio', en: 'mark on site' },
  complete: { es: 'dar por realizada', en: 'complete' },
  cancel: { es: 'cancelar', en: 'cancel' },
};

/** The longest free text a visit keeps (reason, outcome, cancellation reason). */
export const MAX_VISIT_TEXT = 4000;

function visitNotFound(): AppError {
  return new AppError('NOT_FOUND', { what: 'la visita', whatEn: 'visit' });
}

function requiredText(value: string, field: string): string {
  const text = value.trim();
  if (text === '') throw new AppError('VALIDATION_FAILED', { detail: `${field} is empty` });
  return text;
}

function optionalText(value: string | undefined): string | null {
  const text = value?.trim() ?? '';
  return text === '' ? null : text;
}

/** The user id stored as an author: the CLI's operator is no user. */
function authorOf(actor: Actor): string | null {
  return actor.userId === OPERATOR.userId ? null : actor.userId;
}

export class VisitService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly store: VisitStore,
    private readonly tickets: TicketStore,
    private readonly travelTimes: Pick<TravelTimeService, 'forCity'>,
  ) {}

  /**
   * Schedules a visit (staff). NOT_FOUND for a ticket the actor cannot see; ILLEGAL_TRANSITION
   * on a closed ticket; ON_SITE_NOT_CONTRACTED when its contract has no on-site support;
   * TECHNICIAN_NOT_STAFF; TRAVEL_TIME_UNKNOWN when the city is not in the table;
   * VISIT_ALREADY_ACTIVE while another visit of the ticket is under way.
   */
  async schedule(actor: Actor, input: ScheduleVisitInput): Promise<ListedVisit> {
    requireStaff(actor);
    const reason = requiredText(input.reason, 'reason');
    const now = this.clock.now();
    try {
      return await this.db.transaction(async (trx) => {
        const ticket = await findVisibleTicket(trx, this.tickets, actor, input.ticketId);
        if (ticket.life.status === 'closed') {
          throw new DomainError('ILLEGAL_TRANSITION', {
            action: 'schedule a visit',
            status: 'closed',
          });
        }
        const contract = await this.store.contract(trx, ticket.contractId);
        if (contract === null || contract.onSiteCity === null) {
          throw new AppError('ON_SITE_NOT_CONTRACTED');
        }
        await this.requireTechnician(trx, input.technicianId);
        const travel = await this.travelTimes.forCity(trx, contract.onSiteCity);
        if (travel === null)
          throw new AppError('TRAVEL_TIME_UNKNOWN', { city: contract.onSiteCity });
        const arrival = input.plannedArrivalAt ?? plannedArrivalAt(now, travel.minutes);
        if (arrival < now || arrival > now + MAX_ARRIVAL_DAYS * MS_PER_DAY) {
          throw new AppError('VISIT_ARRIVAL_OUT_OF_RANGE', { days: MAX_ARRIVAL_DAYS });
        }
        const visit: Visit = {
          id: newId(now),
          ticketId: ticket.id,
          organizationId: ticket.organizationId,
          contractId: contract.id,
          technicianId: input.technicianId,
          reason,
          city: contract.onSiteCity,
          travelMinutes: travel.minutes,
          travelTimeExample: travel.example,
          status: 'scheduled',
          scheduledBy: authorOf(actor),
          scheduledAt: now,
          plannedArrivalAt: arrival,
          departedAt: null,
          arrivedAt: null,
          completedAt: null,
          cancelledAt: null,
          outcome: null,
          cancelReason: null,
          updatedAt: now,
        };
        await this.store.insert(trx, visit);
        await this.tickets.appendHistory(
          trx,
          historyEntry(
            ticket.id,
            authorOf(actor),
            'visit_scheduled',
            {
              visitId: visit.id,
              technicianId: visit.technicianId,
              reason,
              city: visit.city,
              plannedArrivalAt: visit.plannedArrivalAt,
            },
            now,
          ),
        );
        return this.reread(trx, visit.id);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('VISIT_ALREADY_ACTIVE');
      throw error;
    }
  }

  /**
   * What the schedule form starts from (staff): whether the ticket's contract includes on-site
   * support and, if so, the arrival its city's travel time gives from now. NOT_FOUND for a
   * ticket the actor cannot see; TRAVEL_TIME_UNKNOWN when the city is not in the table.
   */
  async propose(actor: Actor, ticketId: string): Promise<VisitProposal> {
    requireStaff(actor);
    const ex = this.db.kysely;
    const ticket = await findVisibleTicket(ex, this.tickets, actor, ticketId);
    const contract = await this.store.contract(ex, ticket.contractId);
    if (contract === null || contract.onSiteCity === null) return { onSite: false };
    const travel = await this.travelTimes.forCity(ex, contract.onSiteCity);
    if (travel === null) throw new AppError('TRAVEL_TIME_UNKNOWN', { city: contract.onSiteCity });
    return {
      onSite: true,
      city: contract.onSiteCity,
      travelMinutes: travel.minutes,
      travelTimeExample: travel.example,
      plannedArrivalAt: plannedArrivalAt(this.clock.now(), travel.minutes),
    };
  }

  /** Technician on the way (staff). */
  depart(actor: Actor, id: string): Promise<ListedVisit> {
    return this.move(actor, id, 'depart');
  }

  /** Technician on site (staff). */
  arrive(actor: Actor, id: string): Promise<ListedVisit> {
    return this.move(actor, id, 'arrive');
  }

  /** Visit done, with what was done (staff). */
  complete(
    actor: Actor,
    id: string,
    input: { readonly outcome?: string } = {},
  ): Promise<ListedVisit> {
    return this.move(actor, id, 'complete', optionalText(input.outcome));
  }

  /** Visit called off before the technician arrived (staff). */
  cancel(actor: Actor, id: string, input: { readonly reason?: string } = {}): Promise<ListedVisit> {
    return this.move(actor, id, 'cancel', optionalText(input.reason));
  }

  /** A visit the actor may see (customers: their organization's); NOT_FOUND otherwise. */
  async get(actor: Actor, id: string): Promise<ListedVisit> {
    return this.findVisible(this.db.kysely, actor, id);
  }

  /**
   * Visits newest first: staff see every organization's (or filter by one), customers only
   * their own organization's. A ticket filter on a ticket the actor cannot see is NOT_FOUND.
   */
  async list(actor: Actor, query: VisitListQuery): Promise<Page<ListedVisit>> {
    const ex = this.db.kysely;
    const limit = pageLimit(query);
    const before = query.cursor === undefined ? undefined : decodeCursor(query.cursor, 2);
    let organizationId = query.organizationId;
    if (!isStaff(actor)) {
      const own = actor.organizationId ?? '';
      if (organizationId !== undefined && organizationId !== own) {
        throw new AppError('NOT_FOUND', { what: 'la organización', whatEn: 'organization' });
      }
      organizationId = own;
    }
    if (query.ticketId !== undefined)
      await findVisibleTicket(ex, this.tickets, actor, query.ticketId);
    const technicianId = query.technicianId === 'me' ? actor.userId : query.technicianId;
    const rows = await this.store.list(ex, {
      limit: limit + 1,
      ...(organizationId !== undefined && { organizationId }),
      ...(query.ticketId !== undefined && { ticketId: query.ticketId }),
      ...(technicianId !== undefined && { technicianId }),
      ...(query.statuses !== undefined && { statuses: query.statuses }),
      ...(before !== undefined && {
        before: { scheduledAt: Number(before[0]), id: before[1] ?? '' },
      }),
    });
    return pageOf(rows, limit, (visit) => [String(visit.scheduledAt), visit.id]);
  }

  /** One step of the lifecycle, written with the ticket's history in one transaction. */
  private async move(
    actor: Actor,
    id: string,
    intent: VisitIntent,
    text: string | null = null,
  ): Promise<ListedVisit> {
    requireStaff(actor);
    const now = this.clock.now();
    return this.db.transaction(async (trx) => {
      // Two tries: a concurrent move changes the status under us once, then we answer for it.
      for (let attempt = 0; ; attempt++) {
        const visit = await this.findVisible(trx, actor, id);
        const next = nextVisitStatus(visit.status, intent);
        if (next === null) {
          throw new AppError('ILLEGAL_VISIT_TRANSITION', {
            intentEs: INTENT_WORDS[intent].es,
            intentEn: INTENT_WORDS[intent].en,
            statusEs: STATUS_WORDS[visit.status].es,
            statusEn: STATUS_WORDS[visit.status].en,
          });
        }
        const changes: VisitChanges = {
          status: next,
          departedAt: intent === 'depart' ? now : visit.departedAt,
          arrivedAt: intent === 'arrive' ? now : visit.arrivedAt,
          completedAt: intent === 'complete' ? now : visit.completedAt,
          cancelledAt: intent === 'cancel' ? now : visit.cancelledAt,
          outcome: intent === 'complete' ? text : visit.outcome,
          cancelReason: intent === 'cancel' ? text : visit.cancelReason,
          updatedAt: now,
        };
        if (await this.store.move(trx, visit.id, visit.status, changes)) {
          await this.tickets.appendHistory(
            trx,
            historyEntry(
              visit.ticketId,
              authorOf(actor),
              `visit_${next}`,
              {
                visitId: visit.id,
                from: visit.status,
                to: next,
                ...(text !== null && { note: text }),
              },
              now,
            ),
          );
          return this.reread(trx, visit.id);
        }
        if (attempt >= 1) throw new AppError('CONCURRENT_UPDATE');
      }
    });
  }

  private async requireTechnician(ex: Executor, technicianId: string): Promise<void> {
    const technician = isId(technicianId) ? await this.store.person(ex, technicianId) : null;
    if (technician === null || !technician.active || !STAFF_ROLES.has(technician.role)) {
      throw new AppError('TECHNICIAN_NOT_STAFF');
    }
  }

  private async findVisible(ex: Executor, actor: Actor, id: string): Promise<ListedVisit> {
    const visit = isId(id) ? await this.store.find(ex, id) : null;
    if (visit === null || !(isStaff(actor) || actor.organizationId === visit.organizationId)) {
      throw visitNotFound();
    }
    return visit;
  }

  private async reread(ex: Executor, id: string): Promise<ListedVisit> {
    const visit = await this.store.find(ex, id);
    if (visit === null) throw visitNotFound();
    return visit;
  }
}
