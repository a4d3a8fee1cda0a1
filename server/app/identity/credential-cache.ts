/**
 * What a session cookie or an API token stands for, remembered by the credential's SHA-256 so
 * a client's every request does not read the credential and its user again (on SQLite that
 * read was a tenth of a GET /tickets/{id}).
 *
 * **Decision: a remembered answer is used only while the database content has not changed at
 * all since it was read** (content-version.ts), checked on every lookup. Logout, a password
 * change or reset, a deactivation, a token's revocation, a role change — any write, by any code
 * path of this process — so takes effect on the very next request, with no list of places that
 * must remember to invalidate; a write by another process on SQLite within 100 ms. The price: any write (a ticket registered, a job's
 * pass) empties the cache, which then refills one read per client; a read-heavy burst between
 * writes is what it speeds up. Time still counts on every use: the services check a session's
 * expiry each time.
 *
 * Where no cheap probe exists (PostgreSQL, shared by several app instances) nothing is
 * remembered: a bounded lifetime would let a signed-out cookie keep working on the other
 * instances until it ran out, and asking the database whether anything changed costs the same
 * round trip as the read itself.
 */

import type { ContentVersion, ContentVersionProbe } from '../../storage/content-version.js';

/** How many credentials are remembered at most; the oldest go first. */
const MAX_ENTRIES = 10_000;

/** The outcome of a lookup: the remembered answer, and the generation to remember a new one in. */
export interface CredentialLookup<T> {
  readonly remembered: T | undefined;
  readonly generation: number;
}

export class CredentialCache<T> {
  private readonly entries = new Map<string, T>();
  /** Bumped whenever the entries are dropped: answers read before then are not kept. */
  private generation = 0;
  private seen: ContentVersion | null = null;

  /** `probe` null remembers nothing (every lookup misses). */
  constructor(private readonly probe: ContentVersionProbe | null) {}

  /** The answer remembered for this credential hash, if the database is unchanged since. */
  async look(hash: string): Promise<CredentialLookup<T>> {
    if (this.probe === null) return { remembered: undefined, generation: this.generation };
    const now = await this.probe();
    const seen = this.seen;
    if (seen === null || seen.changes !== now.changes || seen.dataVersion !== now.dataVersion) {
      this.entries.clear();
      this.generation++;
      this.seen = now;
    }
    return { remembered: this.entries.get(hash), generation: this.generation };
  }

  /**
   * Remembers an answer read after a lookup of `generation`. An answer read across a change
   * seen by another lookup meanwhile (a newer generation) may be stale and is not kept; one read
   * before a change nobody has looked for yet is dropped by the next lookup.
   */
  remember(hash: string, answer: T, generation: number): void {
    if (this.probe === null || generation !== this.generation) return;
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(hash, answer);
  }

  /** Forgets one credential (an expired session). */
  forget(hash: string): void {
    this.entries.delete(hash);
  }
}
