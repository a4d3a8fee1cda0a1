/**
 * /api/v1/reports (issue 5): the supervisors' reports — first responses on time, tickets by
 * resolution, deflections by FAQ article, satisfaction — as JSON, or as CSV with `?format=csv`
 * (a download: the console's links point here). Supervisors and admins only (403 otherwise).
 */

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import type { ReportFilter } from '../../../app/reports/report.service.js';
import type { Services } from '../../../app/services.js';
import { requireActor } from '../../auth/require-actor.js';
import { problems } from '../../problem-schema.js';
import { type CsvValue, toCsv } from './csv.js';
import {
  DeflectionReportView,
  FirstResponseReportView,
  ReportQuery,
  ResolutionReportView,
  SatisfactionReportView,
} from './schemas.js';

const tags = ['reports'];
const failures = problems(400, 401, 403);

function filterOf(query: {
  from?: string | undefined;
  to?: string | undefined;
  organizationId?: string | undefined;
}): ReportFilter {
  return { from: query.from, to: query.to, organizationId: query.organizationId };
}

function sendCsv(
  reply: FastifyReply,
  name: string,
  period: { from: string; to: string },
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
) {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}-${period.from}-${period.to}.csv"`)
    .send(toCsv(header, rows));
}

/** The /reports routes. */
export function reportRoutes(services: Services): FastifyPluginAsyncTypebox {
  const { reports } = services;
  return async (app) => {
    app.get(
      '/reports/first-responses',
      {
        schema: {
          tags,
          summary: 'First responses on time per organization, month (Bogotá) and impact',
          querystring: ReportQuery,
          response: { 200: FirstResponseReportView, ...failures },
        },
      },
      async (request, reply) => {
        const report = await reports.firstResponses(requireActor(request), filterOf(request.query));
        if (request.query.format !== 'csv') return report;
        return sendCsv(
          reply,
          'first-responses',
          report,
          [
            'organization',
            'month',
            'impact',
            'tickets',
            'on_time',
            'breaches',
            'pending',
            'percent_on_time',
            'median_business_minutes',
            'p90_business_minutes',
          ],
          report.rows.map((r) => [
            r.organizationName,
            r.month,
            r.impact,
            r.tickets,
            r.onTime,
            r.breaches,
            r.pending,
            r.percentOnTime,
            r.medianMinutes,
            r.p90Minutes,
          ]),
        );
      },
    );

    app.get(
      '/reports/resolutions',
      {
        schema: {
          tags,
          summary: 'Tickets closed per organization, month (Bogotá) and resolution',
          querystring: ReportQuery,
          response: { 200: ResolutionReportView, ...failures },
        },
      },
      async (request, reply) => {
        const report = await reports.resolutions(requireActor(request), filterOf(request.query));
        if (request.query.format !== 'csv') return report;
        return sendCsv(
          reply,
          'resolutions',
          report,
          ['organization', 'month', 'resolution', 'tickets'],
          report.rows.map((r) => [r.organizationName, r.month, r.resolution, r.tickets]),
        );
      },
    );

    app.get(
      '/reports/deflections',
      {
        schema: {
          tags,
          summary: '"This solved it" per FAQ article, most first',
          querystring: ReportQuery,
          response: { 200: DeflectionReportView, ...failures },
        },
      },
      async (request, reply) => {
        const report = await reports.deflections(requireActor(request), filterOf(request.query));
        if (request.query.format !== 'csv') return report;
        return sendCsv(
          reply,
          'deflections',
          report,
          ['article', 'deflections'],
          report.rows.map((r) => [r.title, r.deflections]),
        );
      },
    );

    app.get(
      '/reports/satisfaction',
      {
        schema: {
          tags,
          summary: 'Satisfaction per organization (tickets closed in the period), then the total',
          querystring: ReportQuery,
          response: { 200: SatisfactionReportView, ...failures },
        },
      },
      async (request, reply) => {
        const report = await reports.satisfaction(requireActor(request), filterOf(request.query));
        if (request.query.format !== 'csv') {
          return {
            ...report,
            rows: report.rows.map((r) => ({ ...r, distribution: [...r.distribution] })),
          };
        }
        return sendCsv(
          reply,
          'satisfaction',
          report,
          [
            'organization',
            'invited',
            'rated',
            'average',
            'score_1',
            'score_2',
            'score_3',
            'score_4',
            'score_5',
          ],
          report.rows.map((r) => [
            r.organizationId === null ? 'Total' : r.organizationName,
            r.invited,
            r.rated,
            r.average,
            ...r.distribution,
          ]),
        );
      },
    );
  };
}
