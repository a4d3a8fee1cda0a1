/** Request and response schemas of /reports. */

import { Type } from '@fastify/type-provider-typebox';
import { closedObject, nullable, stringEnum } from '../../schemas.js';

const MonthText = Type.String({
  pattern: '^\\d{4}-(0[1-9]|1[0-2])$',
  description: 'A month of Bogotá, YYYY-MM.',
  examples: ['2026-03'],
});

export const ReportQuery = closedObject({
  from: Type.Optional(MonthText),
  to: Type.Optional(MonthText),
  organizationId: Type.Optional(Type.String({ maxLength: 100 })),
  format: Type.Optional(
    stringEnum(['json', 'csv'] as const, 'csv: text/csv; charset=utf-8 with a header row.'),
  ),
});

const period = {
  from: Type.String(),
  to: Type.String(),
  organizationId: nullable(Type.String()),
};

export const FirstResponseReportView = closedObject({
  ...period,
  rows: Type.Array(
    closedObject({
      organizationId: Type.String(),
      organizationName: Type.String(),
      month: Type.String(),
      impact: Type.String(),
      tickets: Type.Integer(),
      onTime: Type.Integer(),
      breaches: Type.Integer({
        description: 'Diagnosed late, or not diagnosed past the deadline.',
      }),
      pending: Type.Integer({ description: 'Not diagnosed, deadline not reached (or paused).' }),
      percentOnTime: nullable(Type.Number()),
      medianMinutes: nullable(Type.Number({ description: 'Business minutes to diagnosis.' })),
      p90Minutes: nullable(Type.Number()),
    }),
  ),
});

export const ResolutionReportView = closedObject({
  ...period,
  rows: Type.Array(
    closedObject({
      organizationId: Type.String(),
      organizationName: Type.String(),
      month: Type.String(),
      resolution: Type.String(),
      tickets: Type.Integer(),
    }),
  ),
});

export const DeflectionReportView = closedObject({
  ...period,
  rows: Type.Array(
    closedObject({ articleId: Type.String(), title: Type.String(), deflections: Type.Integer() }),
  ),
});

export const SatisfactionReportView = closedObject({
  ...period,
  rows: Type.Array(
    closedObject({
      organizationId: nullable(Type.String({ description: 'null: the total row.' })),
      organizationName: Type.String(),
      invited: Type.Integer(),
      rated: Type.Integer(),
      average: nullable(Type.Number()),
      distribution: Type.Array(Type.Integer(), { minItems: 5, maxItems: 5 }),
    }),
  ),
});
