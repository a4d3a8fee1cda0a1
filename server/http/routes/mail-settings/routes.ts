/**
 * /api/v1/mail-settings: the outbound mail settings in effect (admins), read-only because they
 * come from the environment (SMTP_URL, MAIL_FROM, MAIL_REPLY_ADDRESS, MESA_PUBLIC_URL).
 */

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Services } from '../../../app/services.js';
import { requireActor } from '../../auth/require-actor.js';
import { problems } from '../../problem-schema.js';
import { MailSettingsView } from './schemas.js';

/** The /mail-settings route. */
export function mailSettingsRoutes(services: Services): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/mail-settings',
      {
        schema: {
          tags: ['outbox'],
          summary: 'Where outbound e-mail goes, From and reply address (admins; secrets masked)',
          response: { 200: MailSettingsView, ...problems(401, 403) },
        },
      },
      async (request) => services.mailSettings.get(requireActor(request)),
    );
  };
}
