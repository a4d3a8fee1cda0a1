import { describe, expect, it } from 'vitest';
import { errorCodeOf } from '../../../test/support/error-code.js';
import { AppError } from '../app-errors.js';
import { LoginThrottle } from './login-throttle.js';

function fakeClock(start: number) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const START = Date.UTC(2026, 2, 16, 15);

describe('LoginThrottle', () => {
  it('refuses after 10 failures in 15 minutes, with the seconds left', () => {
    const clock = fakeClock(START);
    const throttle = new LoginThrottle(clock);
    for (let i = 0; i < 10; i++) {
      throttle.assertAllowed('ip\nana@example.com');
      throttle.recordFailure('ip\nana@example.com');
    }
    clock.advance(60_000);
    try {
      throttle.assertAllowed('ip\nana@example.com');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('RATE_LIMITED');
      expect((error as AppError).params.seconds).toBe(14 * 60);
    }
    // Another e-mail from the same address is counted apart.
    expect(errorCodeOf(() => throttle.assertAllowed('ip\nbeto@example.com'))).toBeUndefined();
  });

  it('opens a fresh window once the old one ends', () => {
    const clock = fakeClock(START);
    const throttle = new LoginThrottle(clock, { maxFailures: 2, windowMs: 1000 });
    throttle.recordFailure('k');
    throttle.recordFailure('k');
    expect(errorCodeOf(() => throttle.assertAllowed('k'))).toBe('RATE_LIMITED');
    clock.advance(1000);
    expect(errorCodeOf(() => throttle.assertAllowed('k'))).toBeUndefined();
  });

  it('forgets the failures of a key after a success', () => {
    const throttle = new LoginThrottle(fakeClock(START), { maxFailures: 2, windowMs: 1000 });
    throttle.recordFailure('k');
    throttle.recordSuccess('k');
    throttle.recordFailure('k');
    expect(errorCodeOf(() => throttle.assertAllowed('k'))).toBeUndefined();
  });
});
