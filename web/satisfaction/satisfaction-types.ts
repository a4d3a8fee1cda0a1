/** The API's view of a ticket's satisfaction survey (server/http/routes/satisfaction). */

export interface SatisfactionView {
  readonly ticketId: string;
  readonly ticketNumber: string;
  readonly subject: string;
  /** open: the ticket is not closed; awaiting: closed, not rated yet. */
  readonly state: 'open' | 'awaiting' | 'rated';
  readonly closedAt: string | null;
  readonly score: number | null;
  readonly comment: string | null;
  readonly ratedAt: string | null;
  readonly canRate: boolean;
}

export const SCORES = [1, 2, 3, 4, 5] as const;
export type Score = (typeof SCORES)[number];

/** A score from a query string (`?score=4`), if it is one. */
export function scoreFrom(text: string | null): Score | null {
  const value = Number(text);
  return (SCORES as readonly number[]).includes(value) ? (value as Score) : null;
}
