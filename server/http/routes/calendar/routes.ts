/**
 * /api/v1/calendar/holidays: the days the 5x8 and 6x8 calendars skip in a year — Colombia's
 * public holidays and the admins' closures. **Decision:** public (no sign-in), like the law.
 */

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Services } from '../../../app/services.js';
import { problems } from '../../problem-schema.js';
import { HolidayList, HolidaysQuery } from './schemas.js';

/** The /calendar routes. */
export function calendarRoutes(services: Services): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/calendar/holidays',
      {
        schema: {
          tags: ['calendar'],
          summary: "A year's public holidays and closures (America/Bogota)",
          security: [],
          querystring: HolidaysQuery,
          response: { 200: HolidayList, ...problems(400) },
        },
      },
      async (request) => ({
        items: await services.holidays.nonWorkingDaysOf(request.query.year),
        nextCursor: null,
      }),
    );
  };
}
