/**
 * TypeBox pieces shared by the route schemas: closed objects, the problem+json shape, id and
 * pagination parameters, list pages. Request objects are closed (`additionalProperties:
 * false`), so an unknown field is a 400, never silently dropped.
 */

import { type TObject, type TProperties, type TSchema, Type } from '@fastify/type-provider-typebox';
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from '../app/pagination.js';

/** An object schema that refuses unknown properties. */
export function closedObject<P extends TProperties>(
  properties: P,
  options: { readonly description?: string } = {},
): TObject<P> {
  return Type.Object(properties, { ...options, additionalProperties: false });
}

/** A string limited to `values`, documented as an enum. */
export function stringEnum<T extends string>(values: readonly T[], description?: string) {
  return Type.Unsafe<T>({
    type: 'string',
    enum: [...values],
    ...(description !== undefined && { description }),
  });
}

/** A value or null. */
export function nullable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()]);
}

/** An instant in responses: ISO 8601 in America/Bogota with its offset. */
export const InstantText = Type.String({
  format: 'date-time',
  description: 'ISO 8601 with offset, in America/Bogota (-05:00).',
  examples: ['2026-03-16T10:00:00-05:00'],
});

/** A civil date `YYYY-MM-DD`. */
export const DateText = Type.String({
  description: 'A civil date, YYYY-MM-DD (America/Bogota).',
  examples: ['2026-01-01'],
  maxLength: 10,
});

/** `{id}` in a path. Any string: an id that is not ours is simply not found (404). */
export const IdParams = closedObject({ id: Type.String({ maxLength: 100 }) });

/** The `?limit=&cursor=` parameters of a list, to spread into a list's query schema. */
export const pageQueryProperties = {
  limit: Type.Optional(
    Type.Integer({ minimum: 1, maximum: MAX_PAGE_LIMIT, default: DEFAULT_PAGE_LIMIT }),
  ),
  cursor: Type.Optional(
    Type.String({ maxLength: 500, description: 'nextCursor of the previous page.' }),
  ),
};

/** `?limit=&cursor=` of a list. */
export const PageQuery = closedObject(pageQueryProperties);

/** A page of a list: `{items, nextCursor}` (null on the last page). */
export function pageSchema<T extends TSchema>(item: T) {
  return closedObject({
    items: Type.Array(item),
    nextCursor: nullable(Type.String({ description: 'Pass as ?cursor= for the next page.' })),
  });
}
