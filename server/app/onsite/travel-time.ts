/** On-site travel times by city (SPEC §8): an admin-edited table, shipped with examples. */

import type { Instant } from '../../domain/time/instant.js';

export interface TravelTime {
  readonly city: string;
  readonly minutes: number;
  /** True while this is a shipped example value rather than the center's own. */
  readonly example: boolean;
  /** The admin who set it; null for shipped examples or the CLI operator. */
  readonly updatedBy: string | null;
  readonly updatedAt: Instant;
}
