/**
 * The notification side of the services (issue 4), built once with the others: the outbox
 * writer the use cases call, the mail dispatcher, the SLA scheduler, the deadline recompute
 * after settings edits, and the admins' outbox view.
 */

import { join } from 'node:path';
import { DeadlineRecompute } from '../../jobs/deadline-recompute.js';
import { MailDispatcher } from '../../jobs/mail-dispatcher.js';
import { SlaScheduler } from '../../jobs/sla-scheduler.js';
import { EmlFileTransport } from '../../mail/outbound/eml-file-transport.js';
import type { Db } from '../../storage/db.js';
import { MailRecipientStore } from '../../storage/mail-recipient.store.js';
import { OutboxStore } from '../../storage/outbox.store.js';
import { SatisfactionStore } from '../../storage/satisfaction.store.js';
import { SlaEventStore } from '../../storage/sla-event.store.js';
import { SlaPolicyStateStore } from '../../storage/sla-policy-state.store.js';
import type { TicketStore } from '../../storage/ticket.store.js';
import type { Clock } from '../clock.js';
import { SatisfactionInvitations } from '../satisfaction/satisfaction-invitations.js';
import type { SlaSettingsEdits } from '../settings/sla-settings-edits.js';
import type { TicketParties } from '../tickets/ports.js';
import type { SlaPolicyCache } from '../tickets/sla-policy.js';
import { NotificationLinks } from './links.js';
import { DEFAULT_MAIL_CONFIG, type MailConfig } from './mail-config.js';
import type { MailTransport } from './mail-transport.js';
import { OutboxService } from './outbox.service.js';
import { OutboxWriter } from './outbox-writer.js';
import { TicketNotifier } from './ticket-notifier.js';

export interface MailDependencies {
  readonly db: Db;
  readonly clock: Clock;
  readonly dataDir: string;
  /** Sender, reply address and links (DEFAULT_MAIL_CONFIG when absent). */
  readonly mail?: MailConfig;
  /** SMTP (SMTP_URL) or, by default, `.eml` files under `<dataDir>/outbox-mail`. */
  readonly mailTransport?: MailTransport;
  /** Where the background jobs report a failed pass (the logger in production). */
  readonly onJobError?: (error: unknown, job: string) => void;
}

export interface MailServices {
  readonly mailConfig: MailConfig;
  readonly outboxWriter: OutboxWriter;
  /** Sends the outbox; `start()` in the server, `flush()` in tests. */
  readonly mailDispatcher: MailDispatcher;
  /** Acts on due SLA events; `start()` in the server, `flush()` in tests. */
  readonly slaScheduler: SlaScheduler;
  /** Recomputes open tickets after a level or closure edit. */
  readonly deadlineRecompute: DeadlineRecompute;
  /** The admins' view of what was and will be sent. */
  readonly outbox: OutboxService;
  readonly slaSettingsEdits: SlaSettingsEdits;
  /** Opens a closed ticket's rating survey and builds its invitation (issue 5). */
  readonly satisfactionInvitations: SatisfactionInvitations;
}

export function createMailServices(
  deps: MailDependencies,
  tickets: TicketStore,
  parties: TicketParties,
  slaPolicy: SlaPolicyCache,
): MailServices {
  const mailConfig = deps.mail ?? DEFAULT_MAIL_CONFIG;
  const outboxStore = new OutboxStore(deps.db.dialect);
  const outboxWriter = new OutboxWriter(
    new TicketNotifier(new NotificationLinks(mailConfig.publicUrl), mailConfig),
    new MailRecipientStore(),
    outboxStore,
  );
  const satisfactionInvitations = new SatisfactionInvitations(
    new SatisfactionStore(),
    outboxWriter.notifier,
  );
  const transport = deps.mailTransport ?? new EmlFileTransport(join(deps.dataDir, 'outbox-mail'));
  const onError = deps.onJobError ? { onError: deps.onJobError } : {};
  const mailDispatcher = new MailDispatcher(
    deps.db,
    deps.clock,
    outboxStore,
    tickets,
    transport,
    mailConfig,
    onError,
  );
  const slaScheduler = new SlaScheduler(
    deps.db,
    deps.clock,
    tickets,
    new SlaEventStore(),
    parties,
    slaPolicy,
    outboxWriter,
    satisfactionInvitations,
    { ...onError, afterBatch: () => mailDispatcher.kick() },
  );
  const policyState = new SlaPolicyStateStore();
  const deadlineRecompute = new DeadlineRecompute(
    deps.db,
    deps.clock,
    tickets,
    parties,
    slaPolicy,
    policyState,
    { ...onError, afterRecompute: () => slaScheduler.kick() },
  );
  return {
    mailConfig,
    outboxWriter,
    satisfactionInvitations,
    mailDispatcher,
    slaScheduler,
    deadlineRecompute,
    outbox: new OutboxService(
      deps.db,
      deps.clock,
      outboxStore,
      tickets,
      mailConfig,
      transport.kind,
    ),
    slaSettingsEdits: {
      recordEdit: (trx) => policyState.bump(trx),
      edited: () => {
        slaPolicy.invalidate();
        deadlineRecompute.kick();
      },
    },
  };
}
