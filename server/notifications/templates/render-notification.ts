/**
 * The one entry point of the template layer: a notification payload, in the recipient's
 * language, as the subject, text part and HTML part of an e-mail. Pure: no clock, no I/O; the
 * outbox stores the payload and the dispatcher renders it at send time.
 */

import type { Language } from '../../domain/coded-error.js';
import { maintenanceReminder, passwordReset } from './account-templates.js';
import {
  type CenterContact,
  composeEmail,
  type EmailContent,
  GUIDE_CONTACT,
  type RenderedEmail,
} from './email-layout.js';
import type { NotificationKind } from './notification-kind.js';
import type { NotificationPayload, PayloadOf } from './notification-payload.js';
import { parseNotificationPayload } from './parse-notification-payload.js';
import {
  customerAnswered,
  firstResponseBreached,
  firstResponseNear,
  ticketRegisteredStaff,
  updateOverdue,
} from './staff-templates.js';
import { type TemplateContext, templateContext } from './template-kit.js';
import {
  closedNoResponse,
  followUpOpened,
  noResponseWarning,
  satisfactionRequest,
  ticketClosed,
} from './ticket-closure-templates.js';
import {
  agentReply,
  diagnosis,
  informationRequested,
  solutionProposed,
  statusUpdate,
  ticketRegistered,
} from './ticket-progress-templates.js';

export type { CenterContact, RenderedEmail } from './email-layout.js';

type Template<K extends NotificationKind> = (p: PayloadOf<K>, c: TemplateContext) => EmailContent;

const TEMPLATES: { readonly [K in NotificationKind]: Template<K> } = {
  ticket_registered: ticketRegistered,
  ticket_registered_staff: ticketRegisteredStaff,
  diagnosis,
  information_requested: informationRequested,
  customer_answered: customerAnswered,
  status_update: statusUpdate,
  no_response_warning: noResponseWarning,
  closed_no_response: closedNoResponse,
  solution_proposed: solutionProposed,
  ticket_closed: ticketClosed,
  follow_up_opened: followUpOpened,
  first_response_near: firstResponseNear,
  first_response_breached: firstResponseBreached,
  update_overdue: updateOverdue,
  agent_reply: agentReply,
  satisfaction_request: satisfactionRequest,
  password_reset: passwordReset,
  maintenance_reminder: maintenanceReminder,
};

export interface RenderOptions {
  /** The center's line for the footer; defaults to the guide's (the directory may change it). */
  readonly contact?: CenterContact;
}

/**
 * The e-mail of a notification in the recipient's language. The payload is checked first
 * (throws NotificationPayloadError), so a payload built in code gets the same guarantees as one
 * read from the outbox: http(s) links only, known labels, valid instants.
 */
export function renderNotification(
  payload: NotificationPayload,
  language: Language,
  options: RenderOptions = {},
): RenderedEmail {
  const checked = parseNotificationPayload(payload);
  const contact = options.contact ?? GUIDE_CONTACT;
  // TypeScript cannot correlate TEMPLATES[kind] with the payload of that kind; the mapped type
  // above guarantees each entry takes its own kind's payload.
  const template = TEMPLATES[checked.kind] as Template<typeof checked.kind>;
  const content = (template as (p: NotificationPayload, c: TemplateContext) => EmailContent)(
    checked,
    templateContext(language, contact),
  );
  return composeEmail(content, { language, recipientName: checked.recipientName, contact });
}
