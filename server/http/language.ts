/**
 * The language of an answer: the signed-in user's, else the first of es/en the client's
 * Accept-Language prefers, else Spanish (es-CO first, SPEC).
 */

import type { FastifyRequest } from 'fastify';
import type { Language } from '../domain/errors.js';

/** The language Accept-Language prefers among es and en, or null when it names neither. */
export function preferredLanguage(header: string | undefined): Language | null {
  if (header === undefined) return null;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return {
        primary: tag.trim().toLowerCase().split('-')[0],
        q: q === undefined ? 1 : Number(q),
        index,
      };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const entry of ranked) {
    if (entry.primary === 'es' || entry.primary === 'en') return entry.primary;
  }
  return null;
}

/** The language to answer this request in. */
export function languageOf(request: FastifyRequest): Language {
  return request.actor?.language ?? preferredLanguage(request.headers['accept-language']) ?? 'es';
}
