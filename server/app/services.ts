/**
 * The use cases wired to their adapters: what the HTTP layer, the CLI and the jobs call. Built
 * once by the composition root (server/main.ts) or by a test harness.
 */

import { join } from 'node:path';
import { MaintenanceReminders } from '../jobs/maintenance-reminders.js';
import { SearchIndexer } from '../jobs/search-indexer.js';
import { AttachmentStore } from '../storage/attachment.store.js';
import { AttachmentFiles } from '../storage/attachment-files.js';
import { ClosureStore } from '../storage/closure.store.js';
import type { Db } from '../storage/db.js';
import { DirectoryStore } from '../storage/directory.store.js';
import { FaqStore } from '../storage/faq.store.js';
import { ImpactLevelStore } from '../storage/impact-level.store.js';
import { InboundMailStore } from '../storage/inbound-mail.store.js';
import { InboundMailFiles } from '../storage/inbound-mail-files.js';
import { MailRecipientStore } from '../storage/mail-recipient.store.js';
import { MonitoringAlertStore } from '../storage/monitoring-alert.store.js';
import { OrganizationStore } from '../storage/organization.store.js';
import { OutboxStore } from '../storage/outbox.store.js';
import { PasswordResetStore } from '../storage/password-reset.store.js';
import { ReportStore } from '../storage/report.store.js';
import { SatisfactionStore } from '../storage/satisfaction.store.js';
import { SearchIndexStore } from '../storage/search-index.store.js';
import { SessionStore } from '../storage/session.store.js';
import { SlaSettingsStore } from '../storage/sla-settings.store.js';
import { TicketStore } from '../storage/ticket.store.js';
import { TicketPartiesStore } from '../storage/ticket-parties.store.js';
import { UserStore } from '../storage/user.store.js';
import { HolidayService } from './calendar/holiday.service.js';
import type { Clock } from './clock.js';
import { DirectoryService } from './directory/directory.service.js';
import {
  createIdentityServices,
  type IdentityDependencies,
  type IdentityServices,
} from './identity/identity-services.js';
import { LoginThrottle } from './identity/login-throttle.js';
import { PasswordHasher } from './identity/password-hasher.js';
import { PasswordResetService } from './identity/password-reset.service.js';
import { MonitoringAlertService } from './integrations/monitoring-alert.service.js';
import { InboundMailService } from './mail/inbound-mail.service.js';
import { InboundMailLog } from './mail/inbound-mail-log.service.js';
import {
  createMailServices,
  type MailDependencies,
  type MailServices,
} from './notifications/mail-services.js';
import { type MailDestination, MailSettingsView } from './notifications/mail-settings.js';
import { createOnsiteServices, type OnsiteServices } from './onsite/onsite-services.js';
import { AttentionService } from './portal/attention.service.js';
import { FaqService } from './portal/faq.service.js';
import { FaqEditor } from './portal/faq-editor.service.js';
import { ReportService } from './reports/report.service.js';
import { SatisfactionService } from './satisfaction/satisfaction.service.js';
import { ClosureService } from './settings/closure.service.js';
import { LevelTableService } from './settings/level-table.service.js';
import { AttachmentService } from './tickets/attachment.service.js';
import { SlaPolicyCache } from './tickets/sla-policy.js';
import { TicketService } from './tickets/ticket.service.js';
import { TicketQueries } from './tickets/ticket-queries.js';

export interface ServiceDependencies extends IdentityDependencies, MailDependencies {
  readonly db: Db;
  readonly clock: Clock;
  /** Attachments and other files live under it. */
  readonly dataDir: string;
}

export interface Services extends IdentityServices, OnsiteServices, MailServices {
  readonly deps: ServiceDependencies;
  readonly holidays: HolidayService;
  readonly directory: DirectoryService;
  readonly tickets: TicketService;
  readonly ticketQueries: TicketQueries;
  readonly attachments: AttachmentService;
  readonly slaPolicy: SlaPolicyCache;
  /** The impact-level table admins edit (SPEC §4). */
  readonly levels: LevelTableService;
  /** The closures admins add to the calendar (SPEC §3). */
  readonly closures: ClosureService;
  /** Keeps full-text search current; `start()` in the server, `flush()` in tests. */
  readonly searchIndexer: SearchIndexer;
  /** The portal's FAQ and its deflections (SPEC §7). */
  readonly faq: FaqService;
  /** Whether the center attends a customer's contract now (SPEC §3). */
  readonly attention: AttentionService;
  /** Monitoring alerts that open and feed tickets (SPEC §6, service Monitoreo). */
  readonly monitoringAlerts: MonitoringAlertService;
  /** The e-mail reminder the day before a maintenance window (SPEC §8). */
  readonly maintenanceReminders: MaintenanceReminders;
  /** Files received e-mail into tickets (issue 4); the SMTP listener calls `receive`. */
  readonly inboundMail: InboundMailService;
  /** Staff's view of received e-mail: review list, detail, original .eml. */
  readonly inboundMailLog: InboundMailLog;
  /** The requester's 1–5 rating of a closed ticket (issue 5). */
  readonly satisfaction: SatisfactionService;
  /** The supervisors' reports (issue 5). */
  readonly reports: ReportService;
  /** "Forgot your password?": a link by e-mail that sets a new one (issue 5). */
  readonly passwordResets: PasswordResetService;
  /** The admins' FAQ editing: write, change, retire articles (issue 5). */
  readonly faqEditor: FaqEditor;
  /** The outbound mail settings in effect, read-only, credentials masked (issue 5). */
  readonly mailSettings: MailSettingsView;
}

/** Builds every use-case service over one database and clock. */
export function createServices(deps: ServiceDependencies): Services {
  const ticketStore = new TicketStore(deps.db.dialect);
  const parties = new TicketPartiesStore();
  const slaPolicy = new SlaPolicyCache(new SlaSettingsStore(deps.db));
  const searchIndexer = new SearchIndexer(new SearchIndexStore(deps.db));
  const mail = createMailServices(deps, ticketStore, parties, slaPolicy);
  const tickets = new TicketService(
    deps.db,
    deps.clock,
    ticketStore,
    parties,
    slaPolicy,
    mail.outboxWriter,
    mail.satisfactionInvitations,
    () => {
      searchIndexer.kick();
      mail.mailDispatcher.kick();
    },
  );
  const ticketQueries = new TicketQueries(deps.db, deps.clock, ticketStore, parties, slaPolicy);
  const attachments = new AttachmentService(
    deps.db,
    deps.clock,
    ticketStore,
    new AttachmentStore(),
    new AttachmentFiles(join(deps.dataDir, 'attachments')),
  );
  const identity = createIdentityServices(deps);
  const onsite = createOnsiteServices(deps, ticketStore, slaPolicy);
  const maintenanceReminders = new MaintenanceReminders(
    deps.db,
    deps.clock,
    onsite.maintenanceWindows,
    mail.outboxWriter,
    mail.mailConfig.publicUrl,
    {
      ...(deps.onJobError ? { onError: deps.onJobError } : {}),
      afterReminders: () => mail.mailDispatcher.kick(),
    },
  );
  const inboundMailStore = new InboundMailStore();
  const inboundMailFiles = new InboundMailFiles(join(deps.dataDir, 'inbound'));
  return {
    deps,
    tickets,
    ticketQueries,
    attachments,
    slaPolicy,
    searchIndexer,
    ...identity,
    ...mail,
    ...onsite,
    maintenanceReminders,
    faq: new FaqService(deps.db, deps.clock, new FaqStore()),
    attention: new AttentionService(deps.clock, identity.organizations, slaPolicy),
    monitoringAlerts: new MonitoringAlertService(
      deps.db,
      deps.clock,
      tickets,
      new MonitoringAlertStore(),
      new OrganizationStore(),
    ),
    inboundMail: new InboundMailService(
      deps.db,
      deps.clock,
      tickets,
      attachments,
      ticketStore,
      inboundMailStore,
      inboundMailFiles,
      new MailRecipientStore(),
      new OutboxStore(deps.db.dialect),
      {
        replyAddress: mail.mailConfig.replyAddress,
        messageIdDomain: mail.mailConfig.messageIdDomain,
      },
    ),
    inboundMailLog: new InboundMailLog(deps.db, inboundMailStore, inboundMailFiles),
    satisfaction: new SatisfactionService(
      deps.db,
      deps.clock,
      ticketStore,
      new SatisfactionStore(),
    ),
    reports: new ReportService(
      deps.db,
      deps.clock,
      new ReportStore(),
      new SatisfactionStore(),
      slaPolicy,
    ),
    passwordResets: new PasswordResetService({
      db: deps.db,
      clock: deps.clock,
      users: new UserStore(),
      recipients: new MailRecipientStore(),
      resets: new PasswordResetStore(),
      sessions: new SessionStore(),
      hasher: new PasswordHasher(deps.passwordCost),
      mail: mail.outboxWriter,
      // Every request counts: 10 per client address in 15 minutes.
      throttle: new LoginThrottle(deps.clock),
      publicUrl: mail.mailConfig.publicUrl,
      afterQueued: () => mail.mailDispatcher.kick(),
      ...(deps.onJobError ? { onError: deps.onJobError } : {}),
    }),
    holidays: new HolidayService(deps.db, new ClosureStore()),
    directory: new DirectoryService(deps.db, new DirectoryStore(), deps.clock),
    faqEditor: new FaqEditor(deps.db, deps.clock, new FaqStore()),
    mailSettings: new MailSettingsView(mail.mailConfig, mailDestinationOf(deps)),
    levels: new LevelTableService(
      deps.db,
      deps.clock,
      new SlaSettingsStore(deps.db),
      new ImpactLevelStore(),
      mail.slaSettingsEdits,
    ),
    closures: new ClosureService(deps.db, deps.clock, new ClosureStore(), mail.slaSettingsEdits),
  };
}

/** Where outbound e-mail goes: the transport says; without one, mail-services.ts writes files. */
function mailDestinationOf(deps: ServiceDependencies): MailDestination {
  const transport = deps.mailTransport;
  if (transport === undefined)
    return { kind: 'files', directory: join(deps.dataDir, 'outbox-mail') };
  return (
    transport.describe?.() ??
    (transport.kind === 'files'
      ? { kind: 'files', directory: null }
      : { kind: 'smtp', host: null, port: null, secure: false, user: null, passwordSet: false })
  );
}
