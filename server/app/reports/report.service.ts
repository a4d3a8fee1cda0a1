/**
 * The supervisors' reports (issue 5, SPEC §1: a supervisor "sees reports"): first responses on
 * time, tickets by resolution, deflections by FAQ article and satisfaction, over whole months of
 * Bogotá and optionally one organization. Only supervisors and admins may read them. The
 * figures come from the pure modules of domain/reports; this class reads and names.
 */

import { countBy } from '../../domain/reports/count-rows.js';
import {
  businessMinutesToDiagnosis,
  type FirstResponseRow,
  firstResponseOutcome,
  firstResponseRows,
} from '../../domain/reports/first-response-report.js';
import { addMonths, type Month, monthOf, monthSpan } from '../../domain/reports/report-months.js';
import {
  type SatisfactionRow,
  satisfactionRows,
} from '../../domain/reports/satisfaction-report.js';
import { BOGOTA, type ContractCalendarId } from '../../domain/sla/contract-calendars.js';
import type { Db } from '../../storage/db.js';
import type { ReportScope, ReportStore } from '../../storage/report.store.js';
import type { SatisfactionStore } from '../../storage/satisfaction.store.js';
import type { Actor } from '../actor.js';
import { AppError } from '../app-errors.js';
import type { Clock } from '../clock.js';
import type { SlaPolicyCache } from '../tickets/sla-policy.js';

/** Which months (Bogotá), and optionally which organization; absent months: the last six. */
export interface ReportFilter {
  readonly from?: Month | undefined;
  readonly to?: Month | undefined;
  readonly organizationId?: string | undefined;
}

export interface ReportPeriod {
  readonly from: Month;
  readonly to: Month;
  readonly organizationId: string | null;
}

export interface Named {
  readonly organizationName: string;
}

export interface FirstResponseReport extends ReportPeriod {
  readonly rows: (FirstResponseRow & Named)[];
}

export interface ResolutionReport extends ReportPeriod {
  readonly rows: {
    readonly organizationId: string;
    readonly organizationName: string;
    readonly month: Month;
    readonly resolution: string;
    readonly tickets: number;
  }[];
}

export interface DeflectionReport extends ReportPeriod {
  readonly rows: {
    readonly articleId: string;
    readonly title: string;
    readonly deflections: number;
  }[];
}

export interface SatisfactionReport extends ReportPeriod {
  /** Per organization, then the total (organizationId null, organizationName ''). */
  readonly rows: (SatisfactionRow & Named)[];
}

/** The months shown when none are asked for: the current one and the five before it. */
export const DEFAULT_REPORT_MONTHS = 6;

const CALENDAR_IDS: ReadonlySet<string> = new Set(['5x8', '6x8', '7x24-high', '7x24-attended']);

export class ReportService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly store: ReportStore,
    private readonly surveys: SatisfactionStore,
    private readonly policy: SlaPolicyCache,
  ) {}

  async firstResponses(actor: Actor, filter: ReportFilter): Promise<FirstResponseReport> {
    const { scope, period } = this.scopeOf(actor, filter);
    const now = this.clock.now();
    const { calendars } = await this.policy.current();
    const ex = this.db.kysely;
    const [tickets, names] = await Promise.all([
      this.store.ticketsReported(ex, scope),
      this.store.organizationNames(ex),
    ]);
    const facts = tickets.map((ticket) => {
      const calendar = CALENDAR_IDS.has(ticket.calendarId)
        ? calendars.get(ticket.calendarId as ContractCalendarId)
        : null;
      return {
        organizationId: ticket.organizationId,
        month: monthOf(ticket.reportedAt, BOGOTA),
        impact: ticket.impact,
        outcome: firstResponseOutcome(ticket, now),
        minutesToDiagnosis: calendar === null ? null : businessMinutesToDiagnosis(calendar, ticket),
      };
    });
    return {
      ...period,
      rows: firstResponseRows(facts).map((row) => ({
        ...row,
        organizationName: names.get(row.organizationId) ?? '',
      })),
    };
  }

  async resolutions(actor: Actor, filter: ReportFilter): Promise<ResolutionReport> {
    const { scope, period } = this.scopeOf(actor, filter);
    const ex = this.db.kysely;
    const [closed, names] = await Promise.all([
      this.store.ticketsClosed(ex, scope),
      this.store.organizationNames(ex),
    ]);
    const counts = countBy(closed, (t) => [
      t.organizationId,
      monthOf(t.closedAt, BOGOTA),
      t.resolution,
    ]);
    return {
      ...period,
      rows: counts.map(({ key: [organizationId = '', month = '', resolution = ''], count }) => ({
        organizationId,
        organizationName: names.get(organizationId) ?? '',
        month,
        resolution,
        tickets: count,
      })),
    };
  }

  async deflections(actor: Actor, filter: ReportFilter): Promise<DeflectionReport> {
    const { scope, period } = this.scopeOf(actor, filter);
    const deflections = await this.store.deflections(this.db.kysely, scope);
    const titles = new Map(deflections.map((d) => [d.articleId, d.title]));
    const rows = countBy(deflections, (d) => [d.articleId])
      .map(({ key: [articleId = ''], count }) => ({
        articleId,
        title: titles.get(articleId) ?? '',
        deflections: count,
      }))
      // Most useful articles first.
      .sort((a, b) => b.deflections - a.deflections || a.title.localeCompare(b.title));
    return { ...period, rows };
  }

  async satisfaction(actor: Actor, filter: ReportFilter): Promise<SatisfactionReport> {
    const { scope, period } = this.scopeOf(actor, filter);
    const ex = this.db.kysely;
    const [facts, names] = await Promise.all([
      this.surveys.factsClosedBetween(ex, scope.from, scope.to, scope.organizationId),
      this.store.organizationNames(ex),
    ]);
    return {
      ...period,
      rows: satisfactionRows(facts).map((row) => ({
        ...row,
        organizationName: row.organizationId === null ? '' : (names.get(row.organizationId) ?? ''),
      })),
    };
  }

  /** Refuses anyone but supervisors and admins; resolves the months into instants. */
  private scopeOf(
    actor: Actor,
    filter: ReportFilter,
  ): { scope: ReportScope; period: ReportPeriod } {
    if (actor.role !== 'supervisor' && actor.role !== 'admin') throw new AppError('FORBIDDEN');
    const to = filter.to ?? monthOf(this.clock.now(), BOGOTA);
    const from = filter.from ?? addMonths(to, 1 - DEFAULT_REPORT_MONTHS);
    const span = monthSpan(from, to, BOGOTA);
    return {
      scope: { from: span.start, to: span.end, organizationId: filter.organizationId },
      period: { from, to, organizationId: filter.organizationId ?? null },
    };
  }
}
