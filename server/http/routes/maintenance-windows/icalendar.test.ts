/** RFC 5545 details of the maintenance feed: escaping, folding at 75 octets, CRLF, UTC times. */

import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../../domain/time/instant.js';
import { escapeText, foldLine, renderICalendar, utcDateTime } from './icalendar.js';

/** Undoes folding (RFC 5545 §3.1): a CRLF followed by one space or tab disappears. */
function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

describe('escapeText', () => {
  it.each([
    ['Actualización, fase 1; nodo 2', 'Actualización\\, fase 1\\; nodo 2'],
    ['C:\\respaldo\\', 'C:\\\\respaldo\\\\'],
    ['línea 1\nlínea 2\r\nlínea 3\rlínea 4', 'línea 1\\nlínea 2\\nlínea 3\\nlínea 4'],
    ['tab\tkept, bell\u0007 and null\u0000 dropped', 'tab\tkept\\, bell and null dropped'],
    ['a \\n that was typed', 'a \\\\n that was typed'],
    ['colon: fine', 'colon: fine'],
  ])('%j → %j', (value, escaped) => {
    expect(escapeText(value)).toBe(escaped);
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('keeps every physical line within 75 octets, continuation space included', () => {
    const folded = foldLine(`SUMMARY:${'mantenimiento '.repeat(30)}`);
    for (const line of folded.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
    expect(
      folded
        .split('\r\n')
        .slice(1)
        .every((line) => line.startsWith(' ')),
    ).toBe(true);
    expect(unfold(folded)).toBe(`SUMMARY:${'mantenimiento '.repeat(30)}`);
  });

  it('never splits a multi-byte character', () => {
    // 74 ASCII octets then "ñ" (2 octets): it cannot fit on the first line and moves whole.
    const line = `${'x'.repeat(74)}ñandú ✓ 𝄞${'á'.repeat(80)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical[0]).toBe('x'.repeat(74));
    for (const part of physical) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      // Each physical line is valid UTF-8 on its own: no replacement characters on a round trip.
      expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
    }
    expect(unfold(folded)).toBe(line);
  });
});

describe('renderICalendar', () => {
  const text = renderICalendar({
    name: 'Mantenimientos — Acme, S.A.S.',
    generatedAt: parseInstant('2026-03-16T10:00:00-05:00'),
    events: [
      {
        uid: 'w1@mesa',
        start: parseInstant('2026-03-17T14:00:00-05:00'),
        end: parseInstant('2026-03-17T16:30:00-05:00'),
        created: parseInstant('2026-03-16T09:00:00-05:00'),
        lastModified: parseInstant('2026-03-16T09:30:00-05:00'),
        summary: 'Firmware, fase 1; parte A',
        description: 'Línea 1\nLínea 2',
        status: 'CONFIRMED',
      },
    ],
  });

  it('ends every line with CRLF and has no bare LF or CR', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes DTSTART/DTEND/DTSTAMP in UTC and the escaped text', () => {
    const lines = unfold(text).split('\r\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:Mantenimientos — Acme\\, S.A.S.',
        'BEGIN:VEVENT',
        'UID:w1@mesa',
        'DTSTAMP:20260316T150000Z',
        'DTSTART:20260317T190000Z',
        'DTEND:20260317T213000Z',
        'CREATED:20260316T140000Z',
        'LAST-MODIFIED:20260316T143000Z',
        'SUMMARY:Firmware\\, fase 1\\; parte A',
        'DESCRIPTION:Línea 1\\nLínea 2',
        'STATUS:CONFIRMED',
        'END:VEVENT',
        'END:VCALENDAR',
      ]),
    );
    expect(lines.indexOf('BEGIN:VEVENT')).toBeLessThan(lines.indexOf('END:VEVENT'));
  });

  it('formats UTC date-times with seconds and no milliseconds', () => {
    expect(utcDateTime(parseInstant('2026-12-31T23:59:59.999-05:00'))).toBe('20270101T045959Z');
  });
});
