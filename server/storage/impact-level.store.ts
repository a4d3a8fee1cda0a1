/**
 * Writes the impact-level table admins edit (SPEC §4): one row per edited level; a level
 * without a row keeps its default. Reading is SlaSettingsStore's, with the closures.
 */

import type { Impact } from '../domain/sla/contract-terms.js';
import type { LevelTerms } from '../domain/sla/level-table.js';
import type { Instant } from '../domain/time/instant.js';
import type { Executor } from './db.js';

export class ImpactLevelStore {
  /** Saves one level's times, replacing what was stored for it. */
  async save(ex: Executor, impact: Impact, terms: LevelTerms, updatedAt: Instant): Promise<void> {
    const values = {
      first_response_minutes: terms.firstResponseMinutes,
      notification_interval_minutes: terms.notificationIntervalMinutes,
      updated_at: updatedAt,
    };
    await ex
      .insertInto('impact_levels')
      .values({ impact, ...values })
      .onConflict((oc) => oc.column('impact').doUpdateSet(values))
      .execute();
  }
}
