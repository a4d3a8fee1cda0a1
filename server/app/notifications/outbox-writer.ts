/**
 * Writes the e-mails of a change into the outbox, in the change's transaction: loads the people
 * they may go to, lets the notifier build them, inserts the rows.
 */

import type { Executor } from '../../storage/db.js';
import type { MailRecipientStore } from '../../storage/mail-recipient.store.js';
import type { OutboxStore } from '../../storage/outbox.store.js';
import type { OutboxTable } from '../../storage/schema.js';
import type { MailRecipient, RecipientDirectory } from './mail-recipient.js';
import type { TicketNotifier } from './ticket-notifier.js';

export class OutboxWriter {
  constructor(
    readonly notifier: TicketNotifier,
    private readonly recipients: MailRecipientStore,
    private readonly outbox: OutboxStore,
  ) {}

  /** Loads these people (and the active staff), builds the e-mails, writes them. */
  async write(
    ex: Executor,
    people: readonly (string | null)[],
    build: (notifier: TicketNotifier, directory: RecipientDirectory) => OutboxTable[],
  ): Promise<void> {
    const directory = await this.recipients.load(ex, people);
    await this.outbox.insert(ex, build(this.notifier, directory));
  }

  /** The people directory for a batch (the scheduler's sweep), loaded once. */
  async directory(ex: Executor, people: readonly (string | null)[]): Promise<RecipientDirectory> {
    return this.recipients.load(ex, people);
  }

  /** The people a maintenance window's reminder goes to: who asked for it and the customer admins. */
  async windowPeople(
    ex: Executor,
    organizationId: string,
    requestedBy: string | null,
  ): Promise<MailRecipient[]> {
    const admins = await this.recipients.customerAdminsOf(ex, organizationId);
    const requester = (await this.recipients.load(ex, [requestedBy])).user(requestedBy);
    const people = new Map(admins.map((admin) => [admin.userId, admin]));
    if (requester) people.set(requester.userId, requester);
    return [...people.values()];
  }

  async insert(ex: Executor, rows: readonly OutboxTable[]): Promise<void> {
    await this.outbox.insert(ex, rows);
  }
}
