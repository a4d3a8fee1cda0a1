/**
 * The e-mail reminder the day before a maintenance window (SPEC §8, issue 5): windows starting
 * within the next 24 hours get one reminder, claimed on the window in the same transaction as
 * its outbox rows, so two instances or two passes never remind twice.
 */

import type { Clock } from '../app/clock.js';
import type { OutboxWriter } from '../app/notifications/outbox-writer.js';
import type { MaintenanceWindowService } from '../app/onsite/maintenance-window.service.js';
import type { Db } from '../storage/db.js';
import { PeriodicJob } from './periodic-job.js';

const DAY_MS = 24 * 60 * 60_000;

export class MaintenanceReminders {
  private readonly job: PeriodicJob;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly windows: MaintenanceWindowService,
    private readonly mail: OutboxWriter,
    private readonly publicUrl: string,
    options: {
      readonly onError?: (error: unknown, job: string) => void;
      readonly afterReminders?: () => void;
    } = {},
  ) {
    this.job = new PeriodicJob(
      {
        name: 'maintenance-reminders',
        intervalMs: 60_000,
        ...(options.onError ? { onError: options.onError } : {}),
      },
      async () => {
        const sent = await this.remindDue();
        if (sent > 0) options.afterReminders?.();
        // One pass covers every window due; 0 stops the loop.
        return 0;
      },
    );
  }

  start(): void {
    this.job.start();
  }

  kick(): void {
    this.job.kick();
  }

  stop(): Promise<void> {
    return this.job.stop();
  }

  /** Queues the reminder of every window starting within a day; returns how many windows. */
  async remindDue(): Promise<number> {
    const now = this.clock.now();
    // Up to and including the same time tomorrow: a 09:00 window is reminded at 09:00 the day before.
    const due = await this.windows.windowsStartingBetween(now, now + DAY_MS + 1);
    let reminded = 0;
    for (const window of due) {
      if (window.reminderQueuedAt !== null) continue;
      const queued = await this.db.transaction(async (trx) => {
        if (!(await this.windows.claimReminder(window.id, now, trx))) return false;
        const people = await this.mail.windowPeople(trx, window.organizationId, window.requestedBy);
        const link = `${this.publicUrl}/maintenance/${encodeURIComponent(window.id)}`;
        await this.mail.insert(
          trx,
          this.mail.notifier.maintenanceReminder(people, window, link, now),
        );
        return true;
      });
      if (queued) reminded += 1;
    }
    return reminded;
  }
}
