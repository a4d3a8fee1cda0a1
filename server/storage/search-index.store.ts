/**
 * Rebuilds the search documents of queued tickets. Tickets are queued in the transaction that
 * changes them and indexed in batches right after, so a write pays for one queue row instead
 * of a full-text update (SPEC's "findable within 2 s" leaves room for that).
 */

import type { Db } from './db.js';
import {
  claimQueuedTickets,
  KnownWords,
  type SearchDocument,
  writeSearchDocuments,
} from './search-dialect.js';

export class SearchIndexStore {
  private readonly knownWords = new KnownWords();

  constructor(private readonly db: Db) {}

  /** Indexes one batch of queued tickets in one transaction; returns how many. */
  async indexBatch(limit = 500): Promise<number> {
    try {
      return await this.indexInTransaction(limit);
    } catch (error) {
      this.knownWords.clear();
      throw error;
    }
  }

  private async indexInTransaction(limit: number): Promise<number> {
    return this.db.transaction(async (trx) => {
      const ids = await claimQueuedTickets(trx, this.db.dialect, limit);
      if (ids.length === 0) return 0;
      const tickets = await trx
        .selectFrom('tickets')
        .select(['id', 'seq', 'organization_id', 'number', 'subject', 'description'])
        .where('id', 'in', ids)
        .execute();
      const messages = await trx
        .selectFrom('messages')
        .select(['ticket_id', 'body', 'public'])
        .where('ticket_id', 'in', ids)
        .orderBy('created_at')
        .execute();
      const documents: SearchDocument[] = tickets.map((ticket) => {
        const own = messages.filter((m) => m.ticket_id === ticket.id);
        return {
          seq: ticket.seq,
          organizationId: ticket.organization_id,
          subject: `${ticket.number} ${ticket.subject}`,
          body: [ticket.description, ...own.filter((m) => m.public === 1).map((m) => m.body)].join(
            '\n',
          ),
          internal: own
            .filter((m) => m.public === 0)
            .map((m) => m.body)
            .join('\n'),
        };
      });
      await writeSearchDocuments(trx, this.db.dialect, documents, this.knownWords);
      return ids.length;
    });
  }

  /** How many tickets wait to be indexed. */
  async pending(): Promise<number> {
    const row = await this.db.kysely
      .selectFrom('search_queue')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
