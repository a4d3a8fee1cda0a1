/**
 * iCalendar (RFC 5545) output for the maintenance calendar: TEXT values escaped (backslash,
 * semicolon, comma, newlines; control characters dropped), content lines folded at 75 octets
 * without splitting a UTF-8 character, CRLF line endings, times in UTC (`…Z`), one UID per
 * event so a subscribed calendar updates events instead of duplicating them.
 */

import type { Instant } from '../../../domain/time/instant.js';

export interface CalendarEvent {
  /** Globally unique and stable for the event's life (RFC 5545 §3.8.4.7). */
  readonly uid: string;
  readonly start: Instant;
  readonly end: Instant;
  readonly created?: Instant;
  readonly lastModified?: Instant;
  readonly summary: string;
  readonly description?: string;
  readonly status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
}

export interface CalendarDocument {
  /** Shown by clients as the calendar's name (RFC 7986 NAME, and X-WR-CALNAME). */
  readonly name: string;
  /** DTSTAMP: when this document was generated (METHOD:PUBLISH). */
  readonly generatedAt: Instant;
  readonly events: readonly CalendarEvent[];
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** `20260316T150000Z`: an instant as a UTC DATE-TIME (RFC 5545 §3.3.5, form #2). */
export function utcDateTime(instant: Instant): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A TEXT value (RFC 5545 §3.3.11): `\` `;` `,` escaped, newlines as `\n`, other controls dropped. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // Any other control character (Unicode Cc) but the tab: TEXT does not allow them.
      .replace(/[^\P{Cc}\t]/gu, '')
  );
}

/**
 * Folds a content line (RFC 5545 §3.1): no line longer than 75 octets; a continuation starts
 * with one space, which counts. Breaks only between characters, never inside one's UTF-8 bytes.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

function property(name: string, value: string): string {
  return foldLine(`${name}:${value}`);
}

/** The whole VCALENDAR, CRLF-terminated. */
export function renderICalendar(document: CalendarDocument): string {
  const stamp = utcDateTime(document.generatedAt);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Open Group S.A.S.//mesa//ES',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    property('NAME', escapeText(document.name)),
    property('X-WR-CALNAME', escapeText(document.name)),
    'X-WR-TIMEZONE:America/Bogota',
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
  ];
  for (const event of document.events) {
    lines.push(
      'BEGIN:VEVENT',
      property('UID', escapeText(event.uid)),
      `DTSTAMP:${stamp}`,
      `DTSTART:${utcDateTime(event.start)}`,
      `DTEND:${utcDateTime(event.end)}`,
    );
    if (event.created !== undefined) lines.push(`CREATED:${utcDateTime(event.created)}`);
    if (event.lastModified !== undefined) {
      lines.push(`LAST-MODIFIED:${utcDateTime(event.lastModified)}`);
    }
    lines.push(property('SUMMARY', escapeText(event.summary)));
    if (event.description !== undefined) {
      lines.push(property('DESCRIPTION', escapeText(event.description)));
    }
    if (event.status !== undefined) lines.push(`STATUS:${event.status}`);
    lines.push('TRANSP:OPAQUE', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.join(CRLF) + CRLF;
}
