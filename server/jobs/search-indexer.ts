/**
 * Keeps the full-text index current: after a ticket write it indexes the queue within a few
 * milliseconds (`kick`), and a slow timer catches anything queued by another instance.
 */

import type { SearchIndexStore } from '../storage/search-index.store.js';
import { PeriodicJob } from './periodic-job.js';

export class SearchIndexer {
  private readonly job: PeriodicJob;

  constructor(store: SearchIndexStore, onError: (error: unknown) => void = () => {}) {
    this.job = new PeriodicJob(
      { name: 'search-indexer', intervalMs: 1000, onError: (error) => onError(error) },
      () => store.indexBatch(),
    );
  }

  /** Starts the periodic sweep (the app calls it; tests may call `flush` instead). */
  start(): void {
    this.job.start();
  }

  /** Asks for an indexing pass soon; many kicks in a burst make one pass. */
  kick(): void {
    this.job.kick();
  }

  /** Indexes until the queue is empty. */
  async flush(): Promise<void> {
    await this.job.flush();
  }

  /** Stops the timers and waits for a pass in progress. */
  stop(): Promise<void> {
    return this.job.stop();
  }
}
