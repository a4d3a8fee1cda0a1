import { describe, expect, it } from 'vitest';
import { processBatchLine } from './sla-batch-line.js';

const created = '2026-03-20T17:30:00-05:00';
const good = { id: 'c1', modality: '5x8', impact: 'high', channel: 'web', createdAt: created };

/** The parsed answer to a line given as an object (or raw text). */
function answer(line: object | string, lang: 'es' | 'en' = 'es') {
  const text = processBatchLine(typeof line === 'string' ? line : JSON.stringify(line), lang);
  return text === undefined ? undefined : JSON.parse(text);
}

describe('processBatchLine', () => {
  it('answers a good line with its id and deadlines, in the documented key order', () => {
    const text = processBatchLine(
      JSON.stringify({ ...good, waitingSince: '2026-03-24T09:00:00-05:00' }),
      'es',
    );
    expect(text).toBe(
      '{"id":"c1","clockStartsAt":"2026-03-20T17:30:00-05:00","firstResponseDueAt":"2026-03-24T08:30:00-05:00","notificationsDueAt":["2026-03-24T10:30:00-05:00","2026-03-24T15:30:00-05:00","2026-03-25T08:30:00-05:00"],"warningAt":"2026-03-24T12:00:00-05:00","autoCloseAt":"2026-03-24T17:00:00-05:00"}',
    );
  });

  it('skips blank lines', () => {
    expect(processBatchLine('', 'es')).toBeUndefined();
    expect(processBatchLine('  \t ', 'es')).toBeUndefined();
  });

  it('accepts numeric ids, services, CRLF leftovers and null optional fields', () => {
    expect(answer({ ...good, id: 42 }).id).toBe(42);
    expect(answer({ ...good, waitingSince: null, services: null }).warningAt).toBeUndefined();
    const change = answer({ ...good, impact: 'change', services: ['support', 'managed'] });
    expect(change.firstResponseDueAt).toBe('2026-03-24T15:30:00-05:00');
    expect(answer(`${JSON.stringify(good)}\r`).error).toBeUndefined();
  });

  it.each([
    ['invalid JSON', '{"id":"c1",', null, 'INVALID_JSON'],
    ['an array', '[1,2]', null, 'NOT_AN_OBJECT'],
    ['a string', '"c1"', null, 'NOT_AN_OBJECT'],
    ['null', 'null', null, 'NOT_AN_OBJECT'],
    ['no id', { ...good, id: undefined }, null, 'MISSING_FIELD'],
    ['an object id', { ...good, id: { x: 1 } }, null, 'INVALID_FIELD'],
    ['no modality', { ...good, modality: undefined }, 'c1', 'MISSING_FIELD'],
    ['an unknown modality', { ...good, modality: '9x9' }, 'c1', 'INVALID_MODALITY'],
    ['an unknown impact', { ...good, impact: 'urgent' }, 'c1', 'INVALID_IMPACT'],
    ['an unknown channel', { ...good, channel: 'fax' }, 'c1', 'INVALID_CHANNEL'],
    ['an unknown service', { ...good, services: ['support', 'x'] }, 'c1', 'INVALID_SERVICE'],
    ['services not a list', { ...good, services: 'support' }, 'c1', 'INVALID_FIELD'],
    ['empty services', { ...good, services: [] }, 'c1', 'INVALID_FIELD'],
    ['a numeric date', { ...good, createdAt: 20260320 }, 'c1', 'INVALID_FIELD'],
    ['a malformed date', { ...good, createdAt: '20/03/2026' }, 'c1', 'INVALID_INSTANT'],
    [
      'an offset-less date',
      { ...good, createdAt: '2026-03-20T17:30:00' },
      'c1',
      'INSTANT_WITHOUT_OFFSET',
    ],
    [
      'a year out of range',
      { ...good, createdAt: '1900-03-20T17:30:00-05:00' },
      'c1',
      'YEAR_OUT_OF_RANGE',
    ],
    [
      'change without managed',
      { ...good, impact: 'change' },
      'c1',
      'CHANGE_REQUIRES_MANAGED_SERVICE',
    ],
    [
      'waiting before creation',
      { ...good, waitingSince: '2026-03-19T09:00:00-05:00' },
      'c1',
      'INVALID_INTERVAL',
    ],
  ] as const)('answers a line with %s with an error', (_case, line, id, code) => {
    const out = answer(line);
    expect(Object.keys(out)).toEqual(['id', 'error']);
    expect(out.id).toBe(id);
    expect(out.error.code).toBe(code);
    expect(typeof out.error.message).toBe('string');
  });

  it('writes messages in Spanish by default and in English on request', () => {
    expect(answer({ ...good, impact: 'urgent' }).error.message).toBe(
      'Nivel de impacto desconocido: «urgent». Use high, medium, low o change.',
    );
    expect(answer({ ...good, impact: 'urgent' }, 'en').error.message).toBe(
      'Unknown impact level: "urgent". Use high, medium, low or change.',
    );
    expect(answer('{', 'en').error.message).toBe('The line is not valid JSON.');
    expect(answer({ ...good, modality: undefined }, 'en').error.message).toBe(
      'The field "modality" is required.',
    );
  });

  it('shows the instants of INVALID_INTERVAL as dates, not epoch milliseconds', () => {
    const out = answer({ ...good, waitingSince: '2026-03-19T09:00:00-05:00' });
    expect(out.error.message).toBe(
      'Intervalo inválido: el fin (2026-03-19T09:00:00-05:00) es anterior al inicio (2026-03-20T17:30:00-05:00).',
    );
  });
});
