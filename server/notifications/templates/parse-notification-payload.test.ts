import { describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS } from './notification-kind.js';
import {
  isWebAddress,
  NotificationPayloadError,
  parseNotificationPayload,
} from './parse-notification-payload.js';
import { SAMPLE_PAYLOADS, SAMPLE_VARIANTS } from './sample-payloads.js';

/** A payload as the outbox gives it back: through JSON. */
const stored = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

function problem(json: unknown): NotificationPayloadError {
  try {
    parseNotificationPayload(json);
  } catch (error) {
    if (error instanceof NotificationPayloadError) return error;
    throw error;
  }
  throw new Error('the payload was accepted');
}

describe('parseNotificationPayload', () => {
  it('has a sample for every kind', () => {
    expect(Object.keys(SAMPLE_PAYLOADS).sort()).toEqual([...NOTIFICATION_KINDS].sort());
  });

  it('reads back every payload stored as JSON, unchanged', () => {
    for (const payload of SAMPLE_VARIANTS) {
      expect(parseNotificationPayload(stored(payload)), payload.kind).toEqual(payload);
    }
  });

  it('drops properties the templates do not read instead of refusing them', () => {
    const withExtra = { ...SAMPLE_PAYLOADS.agent_reply, addedLater: true };
    expect(parseNotificationPayload(stored(withExtra))).toEqual(SAMPLE_PAYLOADS.agent_reply);
  });

  it('names the kind and the path of the first bad field, with a stable code', () => {
    const { ticket, ...noTicket } = SAMPLE_PAYLOADS.diagnosis;
    const error = problem(stored(noTicket));
    expect(error.code).toBe('INVALID_NOTIFICATION_PAYLOAD');
    expect(error.message).toBe(
      'Invalid notification payload (diagnosis): $.ticket must be an object.',
    );
    expect(error.messageIn('es')).toBe(
      'Datos de notificación inválidos (diagnosis): $.ticket debe ser un objeto.',
    );
    expect(ticket.number).toBe('OG-2026-000123');
  });

  it.each([
    ['not an object', 'hello', '$'],
    ['an unknown kind', { kind: 'fax_sent' }, '$.kind'],
    [
      'a bad ticket number',
      {
        ...SAMPLE_PAYLOADS.agent_reply,
        ticket: { ...SAMPLE_PAYLOADS.agent_reply.ticket, number: 'OG-26-1' },
      },
      '$.ticket.number',
    ],
    [
      'a script link',
      {
        ...SAMPLE_PAYLOADS.agent_reply,
        ticket: { ...SAMPLE_PAYLOADS.agent_reply.ticket, link: 'javascript:alert(1)' },
      },
      '$.ticket.link',
    ],
    [
      'a relative link',
      { ...SAMPLE_PAYLOADS.password_reset, resetLink: '/reset?token=x' },
      '$.resetLink',
    ],
    [
      'a link with a line break',
      { ...SAMPLE_PAYLOADS.password_reset, resetLink: 'https://a.example/\nx' },
      '$.resetLink',
    ],
    [
      'an unknown impact',
      {
        ...SAMPLE_PAYLOADS.agent_reply,
        ticket: { ...SAMPLE_PAYLOADS.agent_reply.ticket, impact: 'urgent' },
      },
      '$.ticket.impact',
    ],
    [
      'an instant as text',
      { ...SAMPLE_PAYLOADS.status_update, nextUpdateDueAt: '2026-03-16T10:00:00-05:00' },
      '$.nextUpdateDueAt',
    ],
    [
      'a fractional instant',
      { ...SAMPLE_PAYLOADS.status_update, nextUpdateDueAt: 1.5 },
      '$.nextUpdateDueAt',
    ],
    [
      'a missing nullable instant',
      { ...SAMPLE_PAYLOADS.status_update, lastUpdateAt: undefined },
      '$.lastUpdateAt',
    ],
    [
      'four rating links',
      {
        ...SAMPLE_PAYLOADS.satisfaction_request,
        ratingLinks: SAMPLE_PAYLOADS.satisfaction_request.ratingLinks.slice(0, 4),
      },
      '$.ratingLinks',
    ],
    [
      'a number among file names',
      { ...SAMPLE_PAYLOADS.agent_reply, attachmentNames: ['a.txt', 3] },
      '$.attachmentNames',
    ],
    [
      'an unknown request',
      { ...SAMPLE_PAYLOADS.information_requested, request: 'payment' },
      '$.request',
    ],
    [
      'an out-of-scope closure without its cause',
      { ...SAMPLE_PAYLOADS.ticket_closed, closure: { resolution: 'out_of_scope', reason: 'x' } },
      '$.closure.cause',
    ],
    [
      'no_response as a closure of a person',
      { ...SAMPLE_PAYLOADS.ticket_closed, closure: { resolution: 'no_response' } },
      '$.closure.resolution',
    ],
    [
      'a window that ends before it starts',
      {
        ...SAMPLE_PAYLOADS.maintenance_reminder,
        windowEnd: SAMPLE_PAYLOADS.maintenance_reminder.windowStart,
      },
      '$.windowEnd',
    ],
    [
      'a negative percentage',
      { ...SAMPLE_PAYLOADS.first_response_near, percentUsed: -1 },
      '$.percentUsed',
    ],
    [
      'a missing flag',
      { ...SAMPLE_PAYLOADS.ticket_registered, callTheCenter: undefined },
      '$.callTheCenter',
    ],
  ])('refuses %s', (_, json, path) => {
    expect(problem(stored(json)).path).toBe(path);
  });
});

describe('isWebAddress', () => {
  it('accepts absolute http and https addresses only', () => {
    expect(isWebAddress('https://soporte.example.com/t/1?x=1&y=2')).toBe(true);
    expect(isWebAddress('http://localhost:3000/t/1')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      'mailto:a@b.c',
      '//x.com',
      'https://a b.com',
      '',
    ]) {
      expect(isWebAddress(bad), bad).toBe(false);
    }
  });
});
