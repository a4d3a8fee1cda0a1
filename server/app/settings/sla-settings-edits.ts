/**
 * What an edit of the SLA settings (levels, closures) must also do: record itself in its own
 * transaction, so open tickets owe a recompute even if the process dies right after, and then
 * drop the cached policy and wake the recompute job.
 */

import type { Executor } from '../../storage/db.js';

export interface SlaSettingsEdits {
  /** In the edit's transaction. */
  recordEdit(trx: Executor): Promise<void>;
  /** After the commit. */
  edited(): void;
}
