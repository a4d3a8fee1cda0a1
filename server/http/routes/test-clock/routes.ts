/**
 * /api/v1/test-clock: moves virtual time forward, like Stripe's test clocks; time then runs
 * on from the new instant. Registered only when the app is given a TestClock
 * (MESA_TEST_CLOCK=1, refused in production); otherwise the route does not exist (404).
 * No sign-in, no CSRF: it is a tool for tests and demos, never present in production.
 */

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AppError } from '../../../app/app-errors.js';
import type { TestClock } from '../../../app/clock.js';
import { parseInstant } from '../../../domain/time/instant.js';
import { instantText } from '../../present.js';
import { problems } from '../../problem-schema.js';
import { TestClockBody, TestClockView } from './schemas.js';

const tags = ['test clock'];

/** The /test-clock routes over this clock. */
export function testClockRoutes(clock: TestClock): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/test-clock',
      {
        schema: {
          tags,
          summary: 'The current virtual time',
          security: [],
          response: { 200: TestClockView },
        },
      },
      async () => ({ now: instantText(clock.now()) }),
    );

    app.post(
      '/test-clock',
      {
        config: { csrf: false },
        schema: {
          tags,
          summary: 'Move virtual time forward (test and demo servers only)',
          security: [],
          body: TestClockBody,
          response: { 200: TestClockView, ...problems(400) },
        },
      },
      async (request) => {
        const target = parseInstant(request.body.now);
        if (target < clock.now()) throw new AppError('TEST_CLOCK_BACKWARDS');
        clock.set(target);
        return { now: instantText(clock.now()) };
      },
    );
  };
}
