import { describe, expect, it } from 'vitest';
import { preferredLanguage } from './language.js';

describe('preferredLanguage', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['es-CO,es;q=0.9,en;q=0.8', 'es'],
    ['fr-FR,en;q=0.5,es;q=0.4', 'en'],
    ['es;q=0.2,en;q=0.8', 'en'],
    ['en;q=0,es', 'es'],
    ['de, fr', null],
    ['*', null],
  ] as const)('%j → %j', (header, expected) => {
    expect(preferredLanguage(header)).toBe(expected);
  });
});
