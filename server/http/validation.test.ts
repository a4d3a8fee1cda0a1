import { Type } from '@fastify/type-provider-typebox';
import { describe, expect, it } from 'vitest';
import { convertText } from './validation.js';

const query = Type.Object(
  {
    limit: Type.Optional(Type.Integer()),
    ratio: Type.Optional(Type.Number()),
    breached: Type.Optional(Type.Boolean()),
    status: Type.Optional(Type.Array(Type.String())),
    impact: Type.Optional(Type.Union([Type.Literal('high'), Type.Literal('low')])),
    q: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

describe('convertText', () => {
  it.each([
    [{ limit: '12' }, { limit: 12 }],
    [{ limit: '-3' }, { limit: -3 }],
    [{ limit: '12.5' }, { limit: '12.5' }],
    [{ limit: '0x10' }, { limit: '0x10' }],
    [{ limit: '' }, { limit: '' }],
    [{ limit: '012' }, { limit: '012' }],
    [{ ratio: '0.5' }, { ratio: 0.5 }],
    [{ ratio: '1e3' }, { ratio: '1e3' }],
    [{ breached: 'true' }, { breached: true }],
    [{ breached: 'yes' }, { breached: 'yes' }],
    [{ status: 'new' }, { status: ['new'] }],
    [{ status: ['new', 'closed'] }, { status: ['new', 'closed'] }],
    [{ impact: 'high' }, { impact: 'high' }],
    [{ q: '123' }, { q: '123' }],
    [{ other: '1' }, { other: '1' }],
  ])('%j → %j', (input, expected) => {
    expect(convertText(query, input)).toEqual(expected);
  });
});
