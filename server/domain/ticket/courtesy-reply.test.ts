import { describe, expect, it } from 'vitest';
import { isCourtesyReply } from './courtesy-reply.js';

describe('courtesy replies to a closed ticket (SPEC §5 decision)', () => {
  it.each([
    'gracias',
    'Ok, muchas gracias!',
    'Muchísimas gracias. Saludos cordiales',
    'Thanks a lot',
    'ok',
  ])('"%s" opens nothing', (text) => expect(isCourtesyReply(text)).toBe(true));

  it.each([
    'gracias, pero el servidor volvió a fallar',
    'El problema continúa',
    '',
    'gracias '.repeat(20),
  ])('"%s" is about the case (when in doubt, a new ticket)', (text) => {
    expect(isCourtesyReply(text)).toBe(false);
  });
});
