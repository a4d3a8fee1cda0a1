/**
 * "Now", injected: every use case reads time from a Clock so tests and demos can move it. The
 * test clock behaves like Stripe's test clocks: set it to an instant and time runs on from there.
 */

import type { Instant } from '../domain/time/instant.js';

export interface Clock {
  now(): Instant;
}

/** The machine's clock. */
export const systemClock: Clock = { now: () => Date.now() };

/** A clock that can be moved to any instant (MESA_TEST_CLOCK=1); it keeps running from there. */
export class TestClock implements Clock {
  private offsetMs = 0;
  private frozenAt: Instant | null = null;
  private readonly listeners: (() => void)[] = [];

  constructor(private readonly base: Clock = systemClock) {}

  now(): Instant {
    return this.frozenAt ?? this.base.now() + this.offsetMs;
  }

  /** Moves virtual time to `instant`. */
  set(instant: Instant): void {
    if (this.frozenAt !== null) this.frozenAt = instant;
    else this.offsetMs = instant - this.base.now();
    for (const listener of this.listeners) listener();
  }

  /** Calls `listener` after every move (the server wakes its SLA scheduler: things fell due). */
  onSet(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** Stops time where it is (tests that compare exact instants); `set` still moves it. */
  freeze(): void {
    this.frozenAt = this.now();
  }
}
