/** Satisfaction surveys (0007-satisfaction): opened at closure, rated once. */

import type { Executor } from './db.js';

export interface SatisfactionSurveyRecord {
  readonly ticketId: string;
  readonly organizationId: string;
  readonly requesterId: string;
  readonly closedAt: number;
  readonly score: number | null;
  readonly comment: string | null;
  readonly ratedAt: number | null;
  readonly ratedVia: string | null;
}

export interface NewSurvey {
  readonly ticketId: string;
  readonly organizationId: string;
  readonly requesterId: string;
  readonly tokenHash: string;
  readonly closedAt: number;
}

export interface Rating {
  readonly score: number;
  readonly comment: string | null;
  readonly ratedAt: number;
  readonly ratedVia: 'portal' | 'email';
}

/** What the reports read of a survey. */
export interface SurveyFact {
  readonly organizationId: string;
  readonly closedAt: number;
  readonly score: number | null;
}

const COLUMNS = [
  'ticket_id',
  'organization_id',
  'requester_id',
  'closed_at',
  'score',
  'comment',
  'rated_at',
  'rated_via',
] as const;

type SurveyRow = {
  ticket_id: string;
  organization_id: string;
  requester_id: string;
  closed_at: number | string;
  score: number | null;
  comment: string | null;
  rated_at: number | string | null;
  rated_via: string | null;
};

function toRecord(row: SurveyRow): SatisfactionSurveyRecord {
  return {
    ticketId: row.ticket_id,
    organizationId: row.organization_id,
    requesterId: row.requester_id,
    closedAt: Number(row.closed_at),
    score: row.score === null ? null : Number(row.score),
    comment: row.comment,
    ratedAt: row.rated_at === null ? null : Number(row.rated_at),
    ratedVia: row.rated_via,
  };
}

export class SatisfactionStore {
  /** Opens the surveys; a ticket that already has one keeps it (and its link). */
  async open(ex: Executor, surveys: readonly NewSurvey[]): Promise<void> {
    if (surveys.length === 0) return;
    await ex
      .insertInto('satisfaction_surveys')
      .values(
        surveys.map((s) => ({
          ticket_id: s.ticketId,
          organization_id: s.organizationId,
          requester_id: s.requesterId,
          token_hash: s.tokenHash,
          closed_at: s.closedAt,
          score: null,
          comment: null,
          rated_at: null,
          rated_via: null,
        })),
      )
      .onConflict((oc) => oc.column('ticket_id').doNothing())
      .execute();
  }

  async findByTicket(ex: Executor, ticketId: string): Promise<SatisfactionSurveyRecord | null> {
    const row = await ex
      .selectFrom('satisfaction_surveys')
      .select(COLUMNS)
      .where('ticket_id', '=', ticketId)
      .executeTakeFirst();
    return row ? toRecord(row) : null;
  }

  async findByTokenHash(ex: Executor, tokenHash: string): Promise<SatisfactionSurveyRecord | null> {
    const row = await ex
      .selectFrom('satisfaction_surveys')
      .select(COLUMNS)
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row ? toRecord(row) : null;
  }

  /** Rates a survey not rated yet; false when it was (the second click of a double click too). */
  async rate(ex: Executor, ticketId: string, rating: Rating): Promise<boolean> {
    const result = await ex
      .updateTable('satisfaction_surveys')
      .set({
        score: rating.score,
        comment: rating.comment,
        rated_at: rating.ratedAt,
        rated_via: rating.ratedVia,
      })
      .where('ticket_id', '=', ticketId)
      .where('score', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** The surveys of tickets closed in [from, to), optionally of one organization. */
  async factsClosedBetween(
    ex: Executor,
    from: number,
    to: number,
    organizationId?: string,
  ): Promise<SurveyFact[]> {
    let query = ex
      .selectFrom('satisfaction_surveys')
      .select(['organization_id', 'closed_at', 'score'])
      .where('closed_at', '>=', from)
      .where('closed_at', '<', to);
    if (organizationId !== undefined) query = query.where('organization_id', '=', organizationId);
    const rows = await query.execute();
    return rows.map((row) => ({
      organizationId: row.organization_id,
      closedAt: Number(row.closed_at),
      score: row.score === null ? null : Number(row.score),
    }));
  }
}
