/**
 * The impact-level table as admins edit it (SPEC §4): every signed-in user reads it (the portal
 * shows each level's times); only admins change a level. A change reaches this instance's SLA
 * policy at once (other instances within its cache's lifetime) and counts for tickets from
 * their next write: deadlines already stored are not recomputed here.
 */

import { DomainError } from '../../domain/errors.js';
import { IMPACTS, type Impact, parseImpact } from '../../domain/sla/contract-terms.js';
import {
  DEFAULT_LEVEL_TABLE,
  type LevelTable,
  type LevelTerms,
  validateLevelTable,
} from '../../domain/sla/level-table.js';
import type { Db } from '../../storage/db.js';
import type { ImpactLevelStore } from '../../storage/impact-level.store.js';
import type { Actor } from '../actor.js';
import type { Clock } from '../clock.js';
import type { SlaSettingsSource } from '../tickets/sla-policy.js';
import { requireAdmin } from './require-admin.js';
import type { SlaSettingsEdits } from './sla-settings-edits.js';

/** The longest first response or notification interval an admin may set: a week of minutes. */
export const MAX_LEVEL_MINUTES = 10_080;

/** One level of the table in force. */
export interface Level extends LevelTerms {
  readonly impact: Impact;
  /** Its times are SPEC §4's defaults (never edited, or edited back to them). */
  readonly isDefault: boolean;
}

function levelOf(impact: Impact, terms: LevelTerms): Level {
  const defaults = DEFAULT_LEVEL_TABLE[impact];
  return {
    impact,
    firstResponseMinutes: terms.firstResponseMinutes,
    notificationIntervalMinutes: terms.notificationIntervalMinutes,
    isDefault:
      terms.firstResponseMinutes === defaults.firstResponseMinutes &&
      terms.notificationIntervalMinutes === defaults.notificationIntervalMinutes,
  };
}

export class LevelTableService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly settings: Pick<SlaSettingsSource, 'levelTable'>,
    private readonly store: ImpactLevelStore,
    /** Records the edit so open tickets' deadlines are recomputed (jobs/deadline-recompute.ts). */
    private readonly edits: SlaSettingsEdits,
  ) {}

  /** Every level, in the order high, medium, low, change. */
  async list(): Promise<Level[]> {
    const table = await this.settings.levelTable();
    return IMPACTS.map((impact) => levelOf(impact, table[impact]));
  }

  /**
   * Sets one level's times (admins): INVALID_IMPACT for an unknown level, INVALID_LEVEL_TABLE
   * unless both are whole minutes from 1 to MAX_LEVEL_MINUTES.
   */
  async update(actor: Actor, impactName: string, input: LevelTerms): Promise<Level> {
    requireAdmin(actor);
    const impact = parseImpact(impactName);
    const terms: LevelTerms = {
      firstResponseMinutes: input.firstResponseMinutes,
      notificationIntervalMinutes: input.notificationIntervalMinutes,
    };
    const table: LevelTable = { ...(await this.settings.levelTable()), [impact]: terms };
    validateLevelTable(table);
    if (
      Math.max(terms.firstResponseMinutes, terms.notificationIntervalMinutes) > MAX_LEVEL_MINUTES
    ) {
      throw new DomainError('INVALID_LEVEL_TABLE', {
        reason: `level ${impact} allows at most ${MAX_LEVEL_MINUTES} minutes`,
      });
    }
    await this.db.transaction(async (trx) => {
      await this.store.save(trx, impact, terms, this.clock.now());
      await this.edits.recordEdit(trx);
    });
    this.edits.edited();
    return levelOf(impact, terms);
  }
}
