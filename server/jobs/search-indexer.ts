/**
 * Keeps the full-text index current: after a ticket write it indexes the queue within a few
 * milliseconds (`kick`), and a slow timer catches anything queued by another instance.
 */

import type { SearchIndexStore } from '../storage/search-index.store.js';

const KICK_DELAY_MS = 20;
const SWEEP_INTERVAL_MS = 1000;

export class SearchIndexer {
  private timer: NodeJS.Timeout | null = null;
  private sweeper: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly store: SearchIndexStore,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  /** Starts the periodic sweep (the app calls it; tests may call `flush` instead). */
  start(): void {
    if (this.sweeper) return;
    this.sweeper = setInterval(() => this.kick(), SWEEP_INTERVAL_MS);
    this.sweeper.unref();
  }

  /** Asks for an indexing pass soon; many kicks in a burst make one pass. */
  kick(): void {
    if (this.timer || !this.sweeper) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush().catch(this.onError);
    }, KICK_DELAY_MS);
    this.timer.unref();
  }

  /** Indexes until the queue is empty. */
  async flush(): Promise<void> {
    while (this.running) await this.running;
    this.running = (async () => {
      while ((await this.store.indexBatch()) > 0) {}
    })();
    try {
      await this.running;
    } finally {
      this.running = null;
    }
  }

  /** Stops the timers and waits for a pass in progress. */
  async stop(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    if (this.timer) clearTimeout(this.timer);
    this.sweeper = null;
    this.timer = null;
    if (this.running) await this.running;
  }
}
