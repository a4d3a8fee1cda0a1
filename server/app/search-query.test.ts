import { describe, expect, it } from 'vitest';
import { foldText, parseSearchQuery } from './search-query.js';

describe('parseSearchQuery', () => {
  it.each([
    ['conexión', [{ kind: 'word', text: 'conexion' }]],
    [
      'Conexion  VPN',
      [
        { kind: 'word', text: 'conexion' },
        { kind: 'word', text: 'vpn' },
      ],
    ],
    ['"caída del servidor"', [{ kind: 'phrase', words: ['caida', 'del', 'servidor'] }]],
    ['"firewall"', [{ kind: 'word', text: 'firewall' }]],
    ['conex*', [{ kind: 'prefix', text: 'conex' }]],
    ['c*', [{ kind: 'word', text: 'c' }]],
    [
      'OG-2026-000123',
      [
        { kind: 'word', text: 'og' },
        { kind: 'word', text: '2026' },
        { kind: 'word', text: '000123' },
      ],
    ],
    [
      'NEAR( "x" AND ) OR *',
      [
        { kind: 'word', text: 'near' },
        { kind: 'word', text: 'x' },
        { kind: 'word', text: 'and' },
        { kind: 'word', text: 'or' },
      ],
    ],
    ['"sin cierre', [{ kind: 'phrase', words: ['sin', 'cierre'] }]],
    ['  ;;; ', []],
  ])('%s', (query, expected) => {
    expect(parseSearchQuery(query)).toEqual(expected);
  });

  it('keeps at most 8 terms', () => {
    expect(parseSearchQuery('a b c d e f g h i j')).toHaveLength(8);
  });

  it('folds accents and case, including ñ and ü', () => {
    expect(foldText('Configuración ÑANDÚ Pingüino')).toBe('configuracion nandu pinguino');
  });
});
