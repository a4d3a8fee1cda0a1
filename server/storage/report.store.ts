/**
 * The few columns the supervisors' reports read (issue 5), over a period of instants and
 * optionally one organization: the grouping by Bogotá month and the SLA arithmetic happen in
 * the pure report modules, so the SQL is the same on SQLite and PostgreSQL.
 */

import type { Interval } from '../domain/time/instant.js';
import type { Executor } from './db.js';

export interface ReportScope {
  readonly from: number;
  readonly to: number;
  readonly organizationId?: string | undefined;
}

export interface FirstResponseRecord {
  readonly organizationId: string;
  readonly impact: string;
  readonly calendarId: string;
  readonly reportedAt: number;
  readonly clockStartsAt: number;
  readonly firstResponseDueAt: number | null;
  readonly firstRespondedAt: number | null;
  readonly pauses: Interval[];
  readonly closedAt: number | null;
}

export interface ClosedRecord {
  readonly organizationId: string;
  readonly closedAt: number;
  readonly resolution: string;
}

export interface DeflectionRecord {
  readonly articleId: string;
  readonly title: string;
  readonly createdAt: number;
}

const nullableNumber = (value: number | string | null): number | null =>
  value === null ? null : Number(value);

export class ReportStore {
  /** Tickets reported in the period. */
  async ticketsReported(ex: Executor, scope: ReportScope): Promise<FirstResponseRecord[]> {
    let query = ex
      .selectFrom('tickets')
      .select([
        'organization_id',
        'impact',
        'calendar_id',
        'reported_at',
        'clock_starts_at',
        'first_response_due_at',
        'first_responded_at',
        'pauses',
        'closed_at',
      ])
      .where('reported_at', '>=', scope.from)
      .where('reported_at', '<', scope.to);
    if (scope.organizationId !== undefined) {
      query = query.where('organization_id', '=', scope.organizationId);
    }
    const rows = await query.execute();
    return rows.map((row) => ({
      organizationId: row.organization_id,
      impact: row.impact,
      calendarId: row.calendar_id,
      reportedAt: Number(row.reported_at),
      clockStartsAt: Number(row.clock_starts_at),
      firstResponseDueAt: nullableNumber(row.first_response_due_at),
      firstRespondedAt: nullableNumber(row.first_responded_at),
      pauses: JSON.parse(row.pauses) as Interval[],
      closedAt: nullableNumber(row.closed_at),
    }));
  }

  /** Tickets closed in the period, with their resolution. */
  async ticketsClosed(ex: Executor, scope: ReportScope): Promise<ClosedRecord[]> {
    let query = ex
      .selectFrom('tickets')
      .select(['organization_id', 'closed_at', 'resolution'])
      .where('closed_at', '>=', scope.from)
      .where('closed_at', '<', scope.to);
    if (scope.organizationId !== undefined) {
      query = query.where('organization_id', '=', scope.organizationId);
    }
    const rows = await query.execute();
    return rows.map((row) => ({
      organizationId: row.organization_id,
      closedAt: Number(row.closed_at),
      resolution: row.resolution ?? '',
    }));
  }

  /** "This solved it" in the period, with the article's title. */
  async deflections(ex: Executor, scope: ReportScope): Promise<DeflectionRecord[]> {
    let query = ex
      .selectFrom('faq_deflections')
      .innerJoin('faq_articles', 'faq_articles.id', 'faq_deflections.article_id')
      .select(['faq_deflections.article_id', 'faq_articles.title', 'faq_deflections.created_at'])
      .where('faq_deflections.created_at', '>=', scope.from)
      .where('faq_deflections.created_at', '<', scope.to);
    if (scope.organizationId !== undefined) {
      query = query.where('faq_deflections.organization_id', '=', scope.organizationId);
    }
    const rows = await query.execute();
    return rows.map((row) => ({
      articleId: row.article_id,
      title: row.title,
      createdAt: Number(row.created_at),
    }));
  }

  /** Every organization's name by id (reports name them; there are tens, not thousands). */
  async organizationNames(ex: Executor): Promise<Map<string, string>> {
    const rows = await ex.selectFrom('organizations').select(['id', 'name']).execute();
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}
