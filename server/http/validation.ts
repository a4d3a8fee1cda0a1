/**
 * Request validation with TypeBox's compiled checks. Bodies are JSON and checked as sent: no
 * coercion, and unknown fields are refused by `additionalProperties: false`, never dropped.
 * Query strings, path parameters and headers arrive as text, so a value is converted first —
 * but only from its exact textual form (`12` to 12, `true` to true; `12.5`, `0x10` or an empty
 * string stay text and fail the check), unlike TypeBox's lenient Value.Convert.
 */

import { type TSchema, TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import type { FastifySchemaCompiler } from 'fastify';

const INTEGER = /^-?(0|[1-9]\d*)$/;
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

type JsonSchema = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The JSON types a schema admits, looking through anyOf/oneOf. */
function typesOf(schema: JsonSchema, into: Set<string> = new Set()): Set<string> {
  const type = schema.type;
  if (typeof type === 'string') into.add(type);
  if (Array.isArray(type)) for (const t of type) if (typeof t === 'string') into.add(t);
  if (schema.const !== undefined) into.add(typeof schema.const);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const branches = schema[key];
    if (Array.isArray(branches)) for (const b of branches) if (isObject(b)) typesOf(b, into);
  }
  return into;
}

function itemsOf(schema: JsonSchema): JsonSchema {
  if (isObject(schema.items)) return schema.items;
  for (const key of ['anyOf', 'oneOf'] as const) {
    const branches = schema[key];
    if (!Array.isArray(branches)) continue;
    for (const b of branches) if (isObject(b) && isObject(b.items)) return b.items;
  }
  return {};
}

function convertValue(schema: JsonSchema, value: unknown): unknown {
  if (Array.isArray(value)) {
    return typesOf(schema).has('array')
      ? value.map((v) => convertValue(itemsOf(schema), v))
      : value;
  }
  if (typeof value !== 'string') return value;
  const types = typesOf(schema);
  if (types.has('string')) return value;
  if (types.has('integer') && INTEGER.test(value)) return Number(value);
  if (types.has('number') && NUMBER.test(value)) return Number(value);
  if (types.has('boolean') && (value === 'true' || value === 'false')) return value === 'true';
  // `?status=new` for a list parameter: one value is a list of one.
  if (types.has('array')) return [convertValue(itemsOf(schema), value)];
  return value;
}

/** Converts the textual properties of a query, params or headers object as its schema says. */
export function convertText(schema: unknown, value: unknown): unknown {
  if (!isObject(schema) || !isObject(schema.properties) || !isObject(value)) return value;
  const properties = schema.properties;
  const converted: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const property = properties[key];
    converted[key] = isObject(property) ? convertValue(property, item) : item;
  }
  return converted;
}

/** Fastify's validator compiler: strict bodies, exactly converted text parts. */
export const validatorCompiler: FastifySchemaCompiler<TSchema> = (route) => {
  // The provider's compiler checks 'body' parts as given; we convert the text parts first.
  const check = TypeBoxValidatorCompiler({ ...route, httpPart: 'body' });
  if (route.httpPart === 'body') return check;
  return (data: unknown) => check(convertText(route.schema, data));
};
