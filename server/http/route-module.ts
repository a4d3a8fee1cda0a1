/**
 * The route-registration convention. Each resource is a folder `routes/<resource>/` with
 * `routes.ts`, `schemas.ts` (TypeBox request and response schemas; build them with the `Type`
 * re-exported by @fastify/type-provider-typebox so requests and replies are typed) and tests
 * beside them. `routes.ts` exports a RouteModule: a function of the services returning a
 * Fastify plugin. buildApp (app.ts) registers every plugin under the `/api/v1` prefix after
 * authentication, CSRF and the error handler are installed, so a handler only does
 * `const actor = requireActor(request)` and calls a use case.
 */

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Services } from '../app/services.js';

/** A resource's routes: a plugin over the services, registered under `/api/v1`. */
export type RouteModule = (services: Services) => FastifyPluginAsyncTypebox;
