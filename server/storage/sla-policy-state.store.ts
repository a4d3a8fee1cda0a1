/**
 * The generation of the SLA settings and the generation open tickets were recomputed for
 * (schema.ts SlaPolicyStateTable): an edit bumps the first in its own transaction, the
 * recompute job catches the second up — also after a crash in between.
 */

import { sql } from 'kysely';
import type { Executor } from './db.js';

export interface SlaPolicyState {
  readonly generation: number;
  readonly recomputedGeneration: number;
}

export class SlaPolicyStateStore {
  async read(ex: Executor): Promise<SlaPolicyState> {
    const row = await ex
      .selectFrom('sla_policy_state')
      .selectAll()
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
    return { generation: row.generation, recomputedGeneration: row.recomputed_generation };
  }

  /** Called in the transaction of a level or closure edit: open tickets owe a recompute. */
  async bump(ex: Executor): Promise<void> {
    await ex
      .updateTable('sla_policy_state')
      .set({ generation: sql`generation + 1` })
      .where('id', '=', 1)
      .execute();
  }

  /** Records that every open ticket was recomputed with the settings of `generation`. */
  async markRecomputed(ex: Executor, generation: number): Promise<void> {
    await ex
      .updateTable('sla_policy_state')
      .set({ recomputed_generation: generation })
      .where('id', '=', 1)
      .where('recomputed_generation', '<', generation)
      .execute();
  }
}
