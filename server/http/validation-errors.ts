/**
 * Turns schema validation failures into the `errors` array of a VALIDATION_FAILED problem:
 * one entry per offending field, with a dotted path and a message in the answer's language.
 */

import type { FastifySchemaValidationError } from 'fastify';
import type { Language } from '../domain/errors.js';

/** Which part of the request a field belongs to. */
export type RequestPart = 'body' | 'querystring' | 'params' | 'headers';

/** One field a request got wrong. */
export interface FieldError {
  readonly in: RequestPart;
  readonly field: string;
  readonly keyword: string;
  readonly message: string;
}

type Params = Readonly<Record<string, unknown>>;

const messages: Record<string, Record<Language, (p: Params) => string>> = {
  required: { es: () => 'es obligatorio', en: () => 'is required' },
  additionalProperties: { es: () => 'campo desconocido', en: () => 'unknown field' },
  type: { es: (p) => `debe ser de tipo ${p.type}`, en: (p) => `must be of type ${p.type}` },
  minLength: {
    es: (p) => `debe tener al menos ${p.limit} caracteres`,
    en: (p) => `must have at least ${p.limit} characters`,
  },
  maxLength: {
    es: (p) => `debe tener como máximo ${p.limit} caracteres`,
    en: (p) => `must have at most ${p.limit} characters`,
  },
  minimum: { es: (p) => `debe ser al menos ${p.limit}`, en: (p) => `must be at least ${p.limit}` },
  maximum: {
    es: (p) => `debe ser como máximo ${p.limit}`,
    en: (p) => `must be at most ${p.limit}`,
  },
  minItems: {
    es: (p) => `debe tener al menos ${p.limit} elementos`,
    en: (p) => `must have at least ${p.limit} items`,
  },
  maxItems: {
    es: (p) => `debe tener como máximo ${p.limit} elementos`,
    en: (p) => `must have at most ${p.limit} items`,
  },
  enum: { es: () => 'valor no permitido', en: () => 'value not allowed' },
  const: { es: () => 'valor no permitido', en: () => 'value not allowed' },
  anyOf: { es: () => 'valor no permitido', en: () => 'value not allowed' },
  format: {
    es: (p) => `formato inválido (${p.format})`,
    en: (p) => `invalid format (${p.format})`,
  },
  pattern: { es: () => 'formato inválido', en: () => 'invalid format' },
};

function dotted(instancePath: string, child?: string): string {
  const parts = instancePath.split('/').filter((part) => part !== '');
  if (child !== undefined) parts.push(child);
  return parts.map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~')).join('.');
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/**
 * The field errors of one validation failure, at most one per field (a union reports each
 * branch; the first says enough). A property refused by `additionalProperties: false` is
 * reported once, as an unknown field.
 */
export function fieldErrorsOf(
  errors: readonly FastifySchemaValidationError[],
  part: RequestPart,
  language: Language,
): FieldError[] {
  const byField = new Map<string, FieldError>();
  const add = (field: string, keyword: string, params: Params, fallback: string | undefined) => {
    if (byField.has(field)) return;
    const message = messages[keyword]?.[language](params) ?? fallback ?? keyword;
    byField.set(field, { in: part, field, keyword, message });
  };
  for (const error of errors) {
    const params: Params = error.params ?? {};
    if (error.keyword === 'required') {
      const missing = stringList(params.requiredProperties ?? params.missingProperty);
      for (const name of missing)
        add(dotted(error.instancePath, name), 'required', params, undefined);
    } else if (error.keyword === 'additionalProperties') {
      const extra = stringList(params.additionalProperties ?? params.additionalProperty);
      for (const name of extra) {
        add(dotted(error.instancePath, name), 'additionalProperties', params, undefined);
      }
    } else if (error.keyword === 'boolean' && error.schemaPath.endsWith('/additionalProperties')) {
      add(dotted(error.instancePath), 'additionalProperties', params, undefined);
    } else {
      add(dotted(error.instancePath), error.keyword, params, error.message);
    }
  }
  return [...byField.values()];
}

/** A one-line summary of field errors for the problem's `detail`. */
export function describeFieldErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => `${e.field === '' ? e.in : e.field}: ${e.message}`).join('; ');
}
