/**
 * The impact-level table (SPEC §4): first-response time and notification interval per level,
 * in business minutes of the ticket's calendar. Admins may edit it; these are the defaults.
 */

import { DomainError } from '../errors.js';
import { IMPACTS, type Impact } from './contract-terms.js';

export interface LevelTerms {
  readonly firstResponseMinutes: number;
  /** Also the "período de nivel de servicio" of the no-response warning and closure. */
  readonly notificationIntervalMinutes: number;
}

export type LevelTable = Readonly<Record<Impact, LevelTerms>>;

export const DEFAULT_LEVEL_TABLE: LevelTable = {
  high: { firstResponseMinutes: 60, notificationIntervalMinutes: 180 },
  medium: { firstResponseMinutes: 240, notificationIntervalMinutes: 360 },
  low: { firstResponseMinutes: 360, notificationIntervalMinutes: 480 },
  change: { firstResponseMinutes: 360, notificationIntervalMinutes: 480 },
};

/** Refuses a table with a missing level or a non-positive or non-integer number of minutes. */
export function validateLevelTable(table: LevelTable): void {
  for (const impact of IMPACTS) {
    const terms = table[impact];
    for (const value of [terms?.firstResponseMinutes, terms?.notificationIntervalMinutes]) {
      if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
        throw new DomainError('INVALID_LEVEL_TABLE', {
          reason: `level ${impact} needs whole, positive minutes`,
        });
      }
    }
  }
}
