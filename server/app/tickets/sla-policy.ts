/**
 * The SLA settings in force (contract calendars with the admins' closures, and the level
 * table), cached briefly: every ticket write needs them, and rebuilding calendars per request
 * would cost more than the write. Another instance's edit is seen within the cache's lifetime;
 * this instance's own edits call `invalidate`.
 */

import type { CalendarException } from '../../domain/calendar/calendar-definition.js';
import { ContractCalendars } from '../../domain/sla/contract-calendars.js';
import type { LevelTable } from '../../domain/sla/level-table.js';

export interface SlaSettingsSource {
  levelTable(): Promise<LevelTable>;
  closures(): Promise<CalendarException[]>;
}

export interface SlaPolicy {
  readonly calendars: ContractCalendars;
  readonly levels: LevelTable;
}

const CACHE_MS = 10_000;

export class SlaPolicyCache {
  private cached: { policy: SlaPolicy; loadedAt: number; closuresKey: string } | null = null;
  /** Bumped by `invalidate`: a reload that started before an edit must not store old settings. */
  private generation = 0;

  constructor(
    private readonly source: SlaSettingsSource,
    private readonly monotonicNow: () => number = () => performance.now(),
  ) {}

  /** The policy in force. */
  async current(): Promise<SlaPolicy> {
    const now = this.monotonicNow();
    if (this.cached && now - this.cached.loadedAt < CACHE_MS) return this.cached.policy;
    const generation = this.generation;
    const [levels, closures] = await Promise.all([
      this.source.levelTable(),
      this.source.closures(),
    ]);
    const closuresKey = JSON.stringify(closures);
    // Calendars cache their computed years: keep them while the closures are unchanged.
    const calendars =
      this.cached && this.cached.closuresKey === closuresKey
        ? this.cached.policy.calendars
        : new ContractCalendars({ exceptions: closures });
    const policy = { calendars, levels };
    if (generation === this.generation) this.cached = { policy, loadedAt: now, closuresKey };
    return policy;
  }

  /** Forgets the cache after an edit of levels or closures. */
  invalidate(): void {
    this.generation += 1;
    this.cached = null;
  }
}
