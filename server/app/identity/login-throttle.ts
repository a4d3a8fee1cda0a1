/**
 * Login throttling: at most 10 failed sign-ins per client address and e-mail in 15 minutes,
 * then RATE_LIMITED until the window ends. Only failures count, so a person who signs in often
 * is never locked out, while guessing a password stays slow. The count lives in this process
 * (each app instance counts its own), which bounds guessing without a shared store.
 */

import { AppError } from '../app-errors.js';
import type { Clock } from '../clock.js';

export interface LoginThrottleLimits {
  readonly maxFailures: number;
  readonly windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginThrottleLimits = {
  maxFailures: 10,
  windowMs: 15 * 60_000,
};

// Past this many tracked keys, expired windows are swept so memory stays bounded.
const SWEEP_THRESHOLD = 10_000;

interface Window {
  readonly startedAt: number;
  failures: number;
}

/** Counts failed sign-ins per key (client address + e-mail) in fixed windows. */
export class LoginThrottle {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly clock: Clock,
    private readonly limits: LoginThrottleLimits = DEFAULT_LOGIN_LIMITS,
  ) {}

  /** Throws RATE_LIMITED (with the seconds to wait) when `key` used up its failures. */
  assertAllowed(key: string): void {
    const window = this.current(key);
    if (window !== undefined && window.failures >= this.limits.maxFailures) {
      const waitMs = window.startedAt + this.limits.windowMs - this.clock.now();
      throw new AppError('RATE_LIMITED', { seconds: Math.max(1, Math.ceil(waitMs / 1000)) });
    }
  }

  recordFailure(key: string): void {
    const window = this.current(key);
    if (window !== undefined) {
      window.failures += 1;
      return;
    }
    if (this.windows.size >= SWEEP_THRESHOLD) this.sweep();
    this.windows.set(key, { startedAt: this.clock.now(), failures: 1 });
  }

  recordSuccess(key: string): void {
    this.windows.delete(key);
  }

  private current(key: string): Window | undefined {
    const window = this.windows.get(key);
    if (window === undefined) return undefined;
    const now = this.clock.now();
    // A clock moved backwards (tests) also starts a fresh window.
    if (now >= window.startedAt + this.limits.windowMs || now < window.startedAt) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }

  private sweep(): void {
    const now = this.clock.now();
    for (const [key, window] of this.windows) {
      if (now >= window.startedAt + this.limits.windowMs) this.windows.delete(key);
    }
  }
}
