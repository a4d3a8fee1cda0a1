/**
 * Satisfaction per organization (issue 5): of the surveys opened at closure, how many were
 * rated, the average score and how the scores spread over 1–5.
 */

export interface SurveyFact {
  readonly organizationId: string;
  /** 1–5, or null while not rated. */
  readonly score: number | null;
}

export interface SatisfactionRow {
  /** An organization's id, or null for the total of every organization shown. */
  readonly organizationId: string | null;
  readonly invited: number;
  readonly rated: number;
  /** Mean score, two decimals; null when nothing was rated. */
  readonly average: number | null;
  /** How many ratings of 1, 2, 3, 4 and 5 (index 0 is score 1). */
  readonly distribution: readonly [number, number, number, number, number];
}

function rowOf(organizationId: string | null, facts: readonly SurveyFact[]): SatisfactionRow {
  const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  let sum = 0;
  let rated = 0;
  for (const fact of facts) {
    if (fact.score === null) continue;
    distribution[fact.score - 1] = (distribution[fact.score - 1] ?? 0) + 1;
    sum += fact.score;
    rated += 1;
  }
  return {
    organizationId,
    invited: facts.length,
    rated,
    average: rated === 0 ? null : Math.round((100 * sum) / rated) / 100,
    distribution,
  };
}

/** One row per organization (by id), then the total row. */
export function satisfactionRows(facts: readonly SurveyFact[]): SatisfactionRow[] {
  const byOrganization = new Map<string, SurveyFact[]>();
  for (const fact of facts) {
    const group = byOrganization.get(fact.organizationId);
    if (group) group.push(fact);
    else byOrganization.set(fact.organizationId, [fact]);
  }
  const rows = [...byOrganization.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, group]) => rowOf(id, group));
  return [...rows, rowOf(null, facts)];
}
