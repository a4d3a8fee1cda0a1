/**
 * Preventive-maintenance windows (SPEC §8). A customer admin (for its organization) or the
 * center's staff (for any) schedules a window for equipment the contract covers; it must lie
 * entirely inside the contract's attention hours (5x8 and 6x8 with their lunch breaks,
 * holidays and closures; 7x24 at any time) or it is refused with the parts outside. Every
 * customer user sees its organization's windows, staff see all. The day-before reminder
 * (sent by the scheduler) and monitoring alerts (recorded on the window in force instead of
 * opening a ticket) use the lookups at the end.
 */

import { DomainError } from '../../domain/errors.js';
import {
  checkMaintenanceWindow,
  type OutsidePart,
} from '../../domain/maintenance/maintenance-window.js';
import { findCoveredEquipment } from '../../domain/maintenance/matching.js';
import { BOGOTA } from '../../domain/sla/contract-calendars.js';
import { MS_PER_DAY, parseIsoDate } from '../../domain/time/civil-date.js';
import { describeInstant, formatInstant, type Instant } from '../../domain/time/instant.js';
import { wallTimeToUtc } from '../../domain/time/time-zone.js';
import type { Db, Executor } from '../../storage/db.js';
import type { MaintenanceWindowStore } from '../../storage/maintenance-window.store.js';
import type { OrganizationStore } from '../../storage/organization.store.js';
import { type Actor, canSeeOrganization, isStaff } from '../actor.js';
import { AppError } from '../app-errors.js';
import type { Clock } from '../clock.js';
import { OPERATOR } from '../identity/operator.js';
import type { Contract } from '../identity/organization.js';
import { bogotaDateOf } from '../identity/organization.js';
import { findActiveContract } from '../identity/organization.service.js';
import { isId, newId } from '../ids.js';
import { decodeCursor, type Page, type PageRequest, pageLimit, pageOf } from '../pagination.js';
import type { SlaPolicyCache } from '../tickets/sla-policy.js';
import type {
  ListedMaintenanceWindow,
  MaintenanceWindow,
  MaintenanceWindowStatus,
  WindowAlert,
} from './maintenance-window.js';
import { describeOutsideParts, type OutsidePartView, outsidePartView } from './outside-parts.js';

export type {
  ListedMaintenanceWindow,
  MaintenanceWindow,
  WindowAlert,
} from './maintenance-window.js';

/** A monitoring alert as monitoring hands it over to be recorded on a window. */
export type WindowAlertInput = Omit<WindowAlert, 'id' | 'windowId'>;

/** A window as a customer admin or an agent asks for it. */
export interface MaintenanceWindowInput {
  /** Required for staff; a customer admin's own organization when absent. */
  readonly organizationId?: string;
  /** One of the contract's covered platforms (accents, case and spacing aside). */
  readonly equipment: string;
  readonly title: string;
  readonly notes?: string;
  readonly startsAt: Instant;
  readonly endsAt: Instant;
}

/** The verdict of a dry run: would this window be accepted, and if not, which parts fall outside. */
export type MaintenanceWindowCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly outside: readonly OutsidePartView[] };

export interface MaintenanceWindowListQuery extends PageRequest {
  readonly organizationId?: string;
  /** Only windows overlapping [from, to). */
  readonly from?: Instant;
  readonly to?: Instant;
  readonly statuses?: readonly MaintenanceWindowStatus[];
}

/** The longest window accepted. */
export const MAX_WINDOW_DAYS = 31;
/** How far back the iCalendar feed reaches: recent windows stay visible for a month. */
export const FEED_HISTORY_DAYS = 30;
/** The most windows one feed carries. */
export const FEED_LIMIT = 2000;

function windowNotFound(): AppError {
  return new AppError('NOT_FOUND', {
    what: 'la ventana de mantenimiento',
    whatEn: 'maintenance window',
  });
}

function organizationNotFound(): AppError {
  return new AppError('NOT_FOUND', { what: 'la organización', whatEn: 'organization' });
}

function requiredText(value: string, field: string): string {
  const text = value.trim().replace(/\s+/g, ' ');
  if (text === '') throw new AppError('VALIDATION_FAILED', { detail: `${field} is empty` });
  return text;
}

/** Customer admins and staff schedule and cancel windows; plain customer users only read them. */
function requireWindowManager(actor: Actor): void {
  if (!(isStaff(actor) || actor.role === 'customer_admin')) throw new AppError('FORBIDDEN');
}

/** The user id stored as an author: the CLI's operator is no user. */
function authorOf(actor: Actor): string | null {
  return actor.userId === OPERATOR.userId ? null : actor.userId;
}

function outsideHours(contract: Contract, parts: readonly OutsidePart[]): AppError {
  return new AppError(
    'MAINTENANCE_OUTSIDE_HOURS',
    {
      modality: contract.modality,
      partsEs: describeOutsideParts(parts, 'es'),
      partsEn: describeOutsideParts(parts, 'en'),
    },
    // The modality lets a form say "… is outside the 5x8 hours" beside each part.
    { modality: contract.modality, outside: parts.map(outsidePartView) },
  );
}

/** What every request and dry run establishes before the hours are checked. */
interface Prepared {
  readonly organizationId: string;
  readonly contract: Contract;
  readonly equipment: string;
  readonly title: string;
  readonly notes: string | null;
  readonly startsAt: Instant;
  readonly endsAt: Instant;
}

export class MaintenanceWindowService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly store: MaintenanceWindowStore,
    private readonly organizations: OrganizationStore,
    private readonly policy: Pick<SlaPolicyCache, 'current'>,
  ) {}

  /**
   * Schedules a window (customer admins for their organization, staff for any). Refusals:
   * FORBIDDEN (a plain customer user); NOT_FOUND (an organization the actor cannot see);
   * INVALID_INTERVAL, MAINTENANCE_WINDOW_TOO_LONG, MAINTENANCE_WINDOW_IN_PAST;
   * CONTRACT_NOT_IN_FORCE (no contract on the window's first or last day);
   * EQUIPMENT_NOT_COVERED; MAINTENANCE_OUTSIDE_HOURS (with `outside`: the parts, in Bogotá
   * time); MAINTENANCE_WINDOW_OVERLAP (another scheduled window of the same equipment).
   */
  async request(actor: Actor, input: MaintenanceWindowInput): Promise<ListedMaintenanceWindow> {
    const now = this.clock.now();
    const prepared = await this.prepare(actor, input, now);
    const verdict = await this.checkHours(prepared);
    if (!verdict.ok) throw outsideHours(prepared.contract, verdict.outside);
    return this.db.transaction(async (trx) => {
      await this.store.lockEquipment(trx, prepared.organizationId, prepared.equipment);
      await this.refuseOverlap(trx, prepared);
      const window: MaintenanceWindow = {
        id: newId(now),
        organizationId: prepared.organizationId,
        contractId: prepared.contract.id,
        equipment: prepared.equipment,
        title: prepared.title,
        notes: prepared.notes,
        startsAt: prepared.startsAt,
        endsAt: prepared.endsAt,
        status: 'scheduled',
        requestedBy: authorOf(actor),
        createdAt: now,
        updatedAt: now,
        cancelledAt: null,
        cancelledBy: null,
        cancelReason: null,
        reminderQueuedAt: null,
      };
      await this.store.insert(trx, window);
      return this.reread(trx, window.id);
    });
  }

  /**
   * A dry run of `request` for forms: `{ok: false, outside}` when the window would be refused
   * for falling outside attention hours; every other refusal is thrown as `request` would.
   */
  async check(actor: Actor, input: MaintenanceWindowInput): Promise<MaintenanceWindowCheck> {
    const prepared = await this.prepare(actor, input, this.clock.now());
    const verdict = await this.checkHours(prepared);
    if (!verdict.ok) return { ok: false, outside: verdict.outside.map(outsidePartView) };
    await this.refuseOverlap(this.db.kysely, prepared);
    return { ok: true };
  }

  /**
   * Cancels a window that has not ended (customer admins of its organization and staff);
   * MAINTENANCE_WINDOW_NOT_CANCELLABLE once cancelled or over.
   */
  async cancel(
    actor: Actor,
    id: string,
    input: { readonly reason?: string } = {},
  ): Promise<ListedMaintenanceWindow> {
    const now = this.clock.now();
    const reason = input.reason?.trim() ? input.reason.trim() : null;
    return this.db.transaction(async (trx) => {
      const window = await this.findVisible(trx, actor, id);
      requireWindowManager(actor);
      if (window.status !== 'scheduled' || window.endsAt <= now) {
        throw new AppError('MAINTENANCE_WINDOW_NOT_CANCELLABLE');
      }
      const cancelled = await this.store.cancel(trx, window.id, {
        at: now,
        by: authorOf(actor),
        reason,
      });
      if (!cancelled) throw new AppError('MAINTENANCE_WINDOW_NOT_CANCELLABLE');
      return this.reread(trx, window.id);
    });
  }

  /** A window the actor may see; NOT_FOUND otherwise (also another organization's). */
  get(actor: Actor, id: string): Promise<ListedMaintenanceWindow> {
    return this.findVisible(this.db.kysely, actor, id);
  }

  /**
   * The calendar: windows by start, one page; staff see every organization's (or one),
   * customers only their own (another organization's id is NOT_FOUND).
   */
  async list(
    actor: Actor,
    query: MaintenanceWindowListQuery,
  ): Promise<Page<ListedMaintenanceWindow>> {
    const organizationId = this.visibleScope(actor, query.organizationId);
    const limit = pageLimit(query);
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, 2);
    const rows = await this.store.list(this.db.kysely, {
      limit: limit + 1,
      ...(organizationId !== undefined && { organizationId }),
      ...(query.from !== undefined && { from: query.from }),
      ...(query.to !== undefined && { to: query.to }),
      ...(query.statuses !== undefined && { statuses: query.statuses }),
      ...(after !== undefined && { after: { startsAt: Number(after[0]), id: after[1] ?? '' } }),
    });
    return pageOf(rows, limit, (window) => [String(window.startsAt), window.id]);
  }

  /**
   * What the iCalendar feed carries: the scheduled windows that ended at most
   * FEED_HISTORY_DAYS ago, by start — of one organization (named, for the calendar's title),
   * or for staff without a filter, of all of them (`organizationName` null).
   */
  async feed(
    actor: Actor,
    organizationId?: string,
  ): Promise<{ organizationName: string | null; windows: ListedMaintenanceWindow[] }> {
    const scope = this.visibleScope(actor, organizationId);
    const ex = this.db.kysely;
    const organization = scope === undefined ? null : await this.organizations.find(ex, scope);
    if (scope !== undefined && organization === null) throw organizationNotFound();
    const windows = await this.store.list(ex, {
      limit: FEED_LIMIT,
      statuses: ['scheduled'],
      from: this.clock.now() - FEED_HISTORY_DAYS * MS_PER_DAY,
      ...(scope !== undefined && { organizationId: scope }),
    });
    return { organizationName: organization?.name ?? null, windows };
  }

  // ——— for the scheduler and monitoring (trusted callers: no actor) ———

  /** Scheduled windows starting in [from, to), by start: whom to remind. */
  windowsStartingBetween(from: Instant, to: Instant): Promise<ListedMaintenanceWindow[]> {
    return this.store.startingBetween(this.db.kysely, from, to);
  }

  /** Scheduled windows starting on a civil date (`YYYY-MM-DD`) in America/Bogota. */
  windowsStartingOn(date: string): Promise<ListedMaintenanceWindow[]> {
    const day = parseIsoDate(date);
    return this.windowsStartingBetween(
      wallTimeToUtc(BOGOTA, day, 0),
      wallTimeToUtc(BOGOTA, day + 1, 0),
    );
  }

  /**
   * Marks a window's reminder as queued, once: true only for the caller that marked it (so a
   * scheduler run twice queues one reminder). Call it in the transaction that queues the mail.
   */
  claimReminder(windowId: string, at: Instant, ex: Executor = this.db.kysely): Promise<boolean> {
    return this.store.claimReminder(ex, windowId, at);
  }

  /**
   * The scheduled window in force for this equipment of the organization at `at` (start ≤ at <
   * end; equipment compared like the contract's, accents and case aside), or null. Monitoring
   * records an alert on it instead of opening a ticket.
   */
  activeWindowFor(
    organizationId: string,
    equipment: string,
    at: Instant,
    ex: Executor = this.db.kysely,
  ): Promise<ListedMaintenanceWindow | null> {
    return this.store.activeAt(ex, organizationId, equipment, at);
  }

  /**
   * Records a monitoring alert on a window (the one `activeWindowFor` returned) instead of
   * opening a ticket; call it in the alert's own transaction. NOT_FOUND for an unknown window.
   */
  async recordAlert(
    windowId: string,
    alert: WindowAlertInput,
    ex: Executor = this.db.kysely,
  ): Promise<WindowAlert> {
    const window = isId(windowId) ? await this.store.find(ex, windowId) : null;
    if (window === null) throw windowNotFound();
    const recorded: WindowAlert = {
      id: newId(alert.receivedAt),
      windowId,
      key: alert.key,
      source: alert.source,
      equipment: alert.equipment,
      summary: alert.summary,
      details: alert.details,
      receivedAt: alert.receivedAt,
    };
    await this.store.insertAlert(ex, recorded);
    return recorded;
  }

  /** The alerts recorded on a window the actor may see, oldest first. */
  async alerts(actor: Actor, windowId: string): Promise<WindowAlert[]> {
    const window = await this.findVisible(this.db.kysely, actor, windowId);
    return this.store.listAlerts(this.db.kysely, window.id);
  }

  // ——— internals ———

  private async prepare(
    actor: Actor,
    input: MaintenanceWindowInput,
    now: Instant,
  ): Promise<Prepared> {
    requireWindowManager(actor);
    const organizationId = this.targetOrganization(actor, input.organizationId);
    const equipmentAsked = requiredText(input.equipment, 'equipment');
    const title = requiredText(input.title, 'title');
    const notes = input.notes?.trim() ? input.notes.trim() : null;
    const { startsAt, endsAt } = input;
    if (!(startsAt < endsAt)) {
      throw new DomainError('INVALID_INTERVAL', {
        start: describeInstant(startsAt),
        end: describeInstant(endsAt),
      });
    }
    if (endsAt - startsAt > MAX_WINDOW_DAYS * MS_PER_DAY) {
      throw new AppError('MAINTENANCE_WINDOW_TOO_LONG', { days: MAX_WINDOW_DAYS });
    }
    if (startsAt < now) throw new AppError('MAINTENANCE_WINDOW_IN_PAST');
    const ex = this.db.kysely;
    if (!(await this.organizations.find(ex, organizationId))) throw organizationNotFound();
    const contract = await findActiveContract(ex, organizationId, startsAt);
    if (contract === null) {
      throw new AppError('CONTRACT_NOT_IN_FORCE', { date: bogotaDateOf(startsAt) });
    }
    // The window's last instant must fall in the same contract's period.
    const lastDay = bogotaDateOf(endsAt - 1);
    if (contract.validTo !== null && lastDay > contract.validTo) {
      throw new AppError('CONTRACT_NOT_IN_FORCE', { date: lastDay });
    }
    const equipment = findCoveredEquipment(contract.coveredPlatforms, equipmentAsked);
    if (equipment === null) {
      throw new AppError('EQUIPMENT_NOT_COVERED', {
        equipment: equipmentAsked,
        covered: contract.coveredPlatforms.length > 0 ? contract.coveredPlatforms.join(', ') : '—',
      });
    }
    return { organizationId, contract, equipment, title, notes, startsAt, endsAt };
  }

  private async checkHours(prepared: Prepared) {
    const { calendars } = await this.policy.current();
    return checkMaintenanceWindow(
      calendars,
      prepared.contract.modality,
      prepared.startsAt,
      prepared.endsAt,
    );
  }

  private async refuseOverlap(ex: Executor, prepared: Prepared): Promise<void> {
    const [other] = await this.store.overlapping(
      ex,
      prepared.organizationId,
      prepared.equipment,
      prepared.startsAt,
      prepared.endsAt,
    );
    if (other !== undefined) {
      throw new AppError('MAINTENANCE_WINDOW_OVERLAP', {
        equipment: other.equipment,
        start: formatInstant(other.startsAt, BOGOTA),
        end: formatInstant(other.endsAt, BOGOTA),
      });
    }
  }

  /** The organization a new window is for: a customer admin's own, or the one staff name. */
  private targetOrganization(actor: Actor, organizationId: string | undefined): string {
    if (isStaff(actor)) {
      if (organizationId === undefined) {
        throw new AppError('VALIDATION_FAILED', { detail: 'organizationId is required for staff' });
      }
      if (!isId(organizationId)) throw organizationNotFound();
      return organizationId;
    }
    const own = actor.organizationId ?? '';
    if (organizationId !== undefined && organizationId !== own) throw organizationNotFound();
    return own;
  }

  /** The organization a read is limited to: undefined for staff without a filter. */
  private visibleScope(actor: Actor, organizationId: string | undefined): string | undefined {
    if (organizationId !== undefined) {
      if (!isId(organizationId) || !canSeeOrganization(actor, organizationId)) {
        throw organizationNotFound();
      }
      return organizationId;
    }
    return isStaff(actor) ? undefined : (actor.organizationId ?? '');
  }

  private async findVisible(
    ex: Executor,
    actor: Actor,
    id: string,
  ): Promise<ListedMaintenanceWindow> {
    const window = isId(id) ? await this.store.find(ex, id) : null;
    if (window === null || !canSeeOrganization(actor, window.organizationId))
      throw windowNotFound();
    return window;
  }

  private async reread(ex: Executor, id: string): Promise<ListedMaintenanceWindow> {
    const window = await this.store.find(ex, id);
    if (window === null) throw windowNotFound();
    return window;
  }
}
