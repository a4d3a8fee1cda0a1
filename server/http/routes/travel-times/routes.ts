/**
 * /api/v1/travel-times: the on-site travel times by city (SPEC §8). Everyone signed in reads
 * them; admins replace the table. Shipped values are examples and say so (`example`, `note`).
 */

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { EXAMPLE_NOTICE, type TravelTimeTable } from '../../../app/onsite/travel-time.service.js';
import type { Services } from '../../../app/services.js';
import { requireActor } from '../../auth/require-actor.js';
import { instantText } from '../../present.js';
import { problems } from '../../problem-schema.js';
import { TravelTimeTableBody, TravelTimeTableView } from './schemas.js';

const tags = ['on-site'];

function presentTable(table: TravelTimeTable) {
  return {
    example: table.example,
    note: table.example ? EXAMPLE_NOTICE.es : null,
    noteEn: table.example ? EXAMPLE_NOTICE.en : null,
    items: table.entries.map((entry) => ({
      city: entry.city,
      minutes: entry.minutes,
      hours: Math.round((entry.minutes / 60) * 100) / 100,
      example: entry.example,
      updatedAt: instantText(entry.updatedAt),
    })),
  };
}

/** The /travel-times routes. */
export function travelTimeRoutes(services: Services): FastifyPluginAsyncTypebox {
  const { travelTimes } = services;
  return async (app) => {
    app.get(
      '/travel-times',
      {
        schema: {
          tags,
          summary: 'The travel times by city for on-site visits',
          description:
            'A visit’s planned arrival is its scheduling instant plus its city’s travel time, in ' +
            'wall-clock time. While `example` is true the values are invented examples.',
          response: { 200: TravelTimeTableView, ...problems(401) },
        },
      },
      async (request) => {
        requireActor(request);
        return presentTable(await travelTimes.list());
      },
    );

    app.put(
      '/travel-times',
      {
        schema: {
          tags,
          summary: 'Replace the travel-time table (admins)',
          description:
            'A row sent as it was shipped (same city and minutes) stays an example; every ' +
            'other row becomes the center’s own value. A city twice ' +
            '(accents and case aside) is 400 TRAVEL_TIME_CITY_REPEATED. Visits already ' +
            'scheduled keep the travel time they were planned with.',
          body: TravelTimeTableBody,
          response: { 200: TravelTimeTableView, ...problems(400, 401, 403) },
        },
      },
      async (request) =>
        presentTable(await travelTimes.replace(requireActor(request), request.body.entries)),
    );
  };
}
