/**
 * /api/v1/integrations/alerts: monitoring systems report alerts with an API token (SPEC §6,
 * service Monitoreo). The rules live in server/app/integrations.
 */

import type { FastifyPluginAsyncTypebox, TSchema } from '@fastify/type-provider-typebox';
import type { FastifySchemaCompiler } from 'fastify';
import { isAlertmanagerPayload } from '../../../app/integrations/alert-payload.js';
import type { Services } from '../../../app/services.js';
import { requireActor } from '../../auth/require-actor.js';
import { ProblemResponses } from '../../problem-schema.js';
import { validatorCompiler } from '../../validation.js';
import { AlertBody, AlertmanagerBody, AlertsReceived, GenericAlertBody } from './schemas.js';

const tags = ['integrations'];

/**
 * Checks a body against the format it is, not against the union of both: a union's failure
 * would list the other format's fields as missing. Every other part as everywhere else.
 */
const alertValidatorCompiler: FastifySchemaCompiler<TSchema> = (route) => {
  if (route.httpPart !== 'body') return validatorCompiler(route);
  const alertmanager = validatorCompiler({ ...route, schema: AlertmanagerBody });
  const generic = validatorCompiler({ ...route, schema: GenericAlertBody });
  return (data: unknown) => (isAlertmanagerPayload(data) ? alertmanager(data) : generic(data));
};

/** The integration routes, to register under /api/v1. */
export function integrationRoutes(services: Services): FastifyPluginAsyncTypebox {
  const { monitoringAlerts } = services;
  return async (app) => {
    app.post(
      '/integrations/alerts',
      {
        validatorCompiler: alertValidatorCompiler,
        schema: {
          tags,
          summary: 'Report monitoring alerts (generic JSON or an Alertmanager webhook)',
          description:
            'With an API token (Authorization: Bearer mesa_…) of a customer admin (alerts of ' +
            'their organization) or of staff (each alert names its organization). A firing ' +
            "alert opens a ticket on the organization's contract (channel monitoring, impact " +
            'from its severity) or, when its key feeds an open ticket, adds an internal note; ' +
            'a resolved alert adds a note. The whole request is checked first: a refused one ' +
            'creates nothing. 201 when a ticket was opened, 200 otherwise.',
          body: AlertBody,
          response: { 200: AlertsReceived, 201: AlertsReceived, ...ProblemResponses },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const alerts = await monitoringAlerts.receive(actor, request.body);
        const opened = alerts.some((alert) => alert.action === 'opened');
        return reply.code(opened ? 201 : 200).send({ alerts });
      },
    );
  };
}
