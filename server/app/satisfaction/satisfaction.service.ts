/**
 * Satisfaction (issue 5): the requester rates a closed ticket from 1 to 5, with an optional
 * comment, once — signed in from the portal, or signed out from the e-mail's link, whose secret
 * token is the only proof. Reading a survey never changes it: mail scanners open every link of
 * an e-mail, so only an explicit POST (the page's confirmation) rates.
 */

import type { Instant } from '../../domain/time/instant.js';
import type { Db, Executor } from '../../storage/db.js';
import type {
  SatisfactionStore,
  SatisfactionSurveyRecord,
} from '../../storage/satisfaction.store.js';
import type { TicketStore } from '../../storage/ticket.store.js';
import { type Actor, isStaff } from '../actor.js';
import { AppError } from '../app-errors.js';
import type { Clock } from '../clock.js';
import type { Ticket } from '../tickets/ticket.js';
import { findVisibleTicket } from '../tickets/ticket-access.js';
import { isSurveyToken, newSurveyToken, surveyTokenHash } from './survey-token.js';

export const MIN_SCORE = 1;
export const MAX_SCORE = 5;
export const MAX_COMMENT_LENGTH = 2000;

export interface RatingInput {
  readonly score: number;
  readonly comment?: string | undefined;
}

/** A ticket's survey as the portal and the public page show it. */
export interface SatisfactionView {
  readonly ticketId: string;
  readonly ticketNumber: string;
  readonly subject: string;
  /** `open`: the ticket is not closed yet; `awaiting`: closed, not rated; `rated`. */
  readonly state: 'open' | 'awaiting' | 'rated';
  readonly closedAt: Instant | null;
  readonly score: number | null;
  readonly comment: string | null;
  readonly ratedAt: Instant | null;
  /** Whether whoever asked may rate now. */
  readonly canRate: boolean;
}

function surveyNotFound(): AppError {
  return new AppError('NOT_FOUND', { what: 'la encuesta', whatEn: 'survey' });
}

/** The rating as stored: a whole score in range and a trimmed comment (null when blank). */
function checkedRating(input: RatingInput): { score: number; comment: string | null } {
  if (!Number.isInteger(input.score) || input.score < MIN_SCORE || input.score > MAX_SCORE) {
    throw new AppError('VALIDATION_FAILED', { detail: 'score must be a whole number 1–5' });
  }
  const comment = input.comment?.trim() ?? '';
  if (comment.length > MAX_COMMENT_LENGTH) {
    throw new AppError('VALIDATION_FAILED', {
      detail: `comment is longer than ${MAX_COMMENT_LENGTH}`,
    });
  }
  return { score: input.score, comment: comment === '' ? null : comment };
}

export class SatisfactionService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly tickets: TicketStore,
    private readonly store: SatisfactionStore,
  ) {}

  /** The survey of a ticket the actor may see (another organization's: NOT_FOUND). */
  async forTicket(actor: Actor, ticketId: string): Promise<SatisfactionView> {
    const ex = this.db.kysely;
    const ticket = await findVisibleTicket(ex, this.tickets, actor, ticketId);
    const survey = await this.store.findByTicket(ex, ticket.id);
    return viewOf(ticket, survey, mayRate(actor, ticket));
  }

  /** The requester rates a closed ticket from the portal. */
  async rateTicket(actor: Actor, ticketId: string, input: RatingInput): Promise<SatisfactionView> {
    const rating = checkedRating(input);
    return this.db.transaction(async (trx) => {
      const now = this.clock.now();
      const ticket = await findVisibleTicket(trx, this.tickets, actor, ticketId);
      if (isStaff(actor)) throw new AppError('FORBIDDEN');
      if (ticket.requesterId !== actor.userId) throw new AppError('SATISFACTION_REQUESTER_ONLY');
      if (ticket.life.status !== 'closed') throw new AppError('SATISFACTION_TICKET_NOT_CLOSED');
      // A ticket closed before surveys existed gets one now (its link was never sent).
      await this.store.open(trx, [
        {
          ticketId: ticket.id,
          organizationId: ticket.organizationId,
          requesterId: ticket.requesterId,
          tokenHash: surveyTokenHash(newSurveyToken()),
          closedAt: ticket.life.closedAt ?? now,
        },
      ]);
      return this.rate(trx, ticket, rating, 'portal', now);
    });
  }

  /** The survey behind an e-mail link: read only (a prefetching scanner changes nothing). */
  async byToken(token: string): Promise<SatisfactionView> {
    const ex = this.db.kysely;
    const { ticket, survey } = await this.findByToken(ex, token);
    return viewOf(ticket, survey, survey.score === null);
  }

  /** Rates from the e-mail link, signed out: the token is the proof. */
  async rateByToken(token: string, input: RatingInput): Promise<SatisfactionView> {
    const rating = checkedRating(input);
    return this.db.transaction(async (trx) => {
      const { ticket } = await this.findByToken(trx, token);
      return this.rate(trx, ticket, rating, 'email', this.clock.now());
    });
  }

  private async rate(
    trx: Executor,
    ticket: Ticket,
    rating: { score: number; comment: string | null },
    via: 'portal' | 'email',
    now: Instant,
  ): Promise<SatisfactionView> {
    const rated = await this.store.rate(trx, ticket.id, { ...rating, ratedAt: now, ratedVia: via });
    if (!rated) throw new AppError('SATISFACTION_ALREADY_RATED');
    return viewOf(ticket, await this.store.findByTicket(trx, ticket.id), false);
  }

  private async findByToken(
    ex: Executor,
    token: string,
  ): Promise<{ ticket: Ticket; survey: SatisfactionSurveyRecord }> {
    const survey = isSurveyToken(token)
      ? await this.store.findByTokenHash(ex, surveyTokenHash(token))
      : null;
    const ticket = survey ? await this.tickets.find(ex, survey.ticketId) : null;
    if (!survey || !ticket) throw surveyNotFound();
    return { ticket, survey };
  }
}

/** Only the requester rates, and only a closed ticket not rated yet. */
function mayRate(actor: Actor, ticket: Ticket): boolean {
  return !isStaff(actor) && actor.userId === ticket.requesterId;
}

function viewOf(
  ticket: Ticket,
  survey: SatisfactionSurveyRecord | null,
  mayRateIt: boolean,
): SatisfactionView {
  const closed = ticket.life.status === 'closed';
  const rated = survey?.score != null;
  return {
    ticketId: ticket.id,
    ticketNumber: ticket.number,
    subject: ticket.subject,
    state: !closed ? 'open' : rated ? 'rated' : 'awaiting',
    closedAt: ticket.life.closedAt,
    score: survey?.score ?? null,
    comment: survey?.comment ?? null,
    ratedAt: survey?.ratedAt ?? null,
    canRate: closed && !rated && mayRateIt,
  };
}
