/**
 * The problem+json shape (RFC 9457 with mesa's stable `code`) as response schemas, so every
 * route documents its failures in OpenAPI and serializes them through one schema.
 */

import { Type } from '@fastify/type-provider-typebox';
import { closedObject, stringEnum } from './schemas.js';

/** One field a request got wrong (VALIDATION_FAILED's `errors`). */
export const FieldErrorSchema = closedObject({
  in: stringEnum(['body', 'querystring', 'params', 'headers'] as const),
  field: Type.String({ description: 'Dotted path, e.g. onSite.city; empty for the whole part.' }),
  keyword: Type.String({ description: 'The JSON Schema keyword that failed, e.g. required.' }),
  message: Type.String(),
});

/** RFC 9457 problem details, with mesa's stable `code`. */
export const ProblemSchema = closedObject(
  {
    type: Type.String({ description: 'A URI naming the kind of problem: urn:mesa:problem:CODE.' }),
    title: Type.String({ description: 'The HTTP status text.' }),
    status: Type.Integer(),
    detail: Type.String({ description: 'What went wrong, in Spanish or English.' }),
    code: Type.String({ description: 'Stable error code (README, "Error codes").' }),
    instance: Type.String({ description: 'The request path.' }),
    errors: Type.Optional(Type.Array(FieldErrorSchema)),
  },
  { description: 'application/problem+json' },
);

const problemContent = {
  description: 'A problem (application/problem+json) with a stable code.',
  content: { 'application/problem+json': { schema: ProblemSchema } },
} as const;

/** Response schemas for the problem statuses a route can answer. */
export function problems<S extends number>(...statuses: S[]): Record<S, typeof problemContent> {
  const responses = {} as Record<S, typeof problemContent>;
  for (const status of statuses) responses[status] = problemContent;
  return responses;
}

/** Every problem status the API uses, for routes that may answer most of them. */
export const ProblemResponses = problems(400, 401, 403, 404, 409, 413, 415, 422, 429, 500);
