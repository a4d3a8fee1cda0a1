/**
 * One realistic payload of every kind (and the variants a kind's template branches on), at
 * fixed instants: the template tests render them all, and a preview of the e-mails can too.
 */

import type { NotificationKind } from './notification-kind.js';
import type { NotificationPayload, PayloadOf, TicketRef } from './notification-payload.js';

/** 2026-03-16 10:00 in Bogotá (15:00 UTC), a Monday. */
export const SAMPLE_NOW = Date.UTC(2026, 2, 16, 15, 0);
const HOUR = 3_600_000;

const ticket: TicketRef = {
  number: 'OG-2026-000123',
  subject: 'Firewall without connection at the main office',
  impact: 'high',
  status: 'in_progress',
  link: 'https://soporte.example.com/portal/tickets/01J8Z3',
};

const waiting: TicketRef = { ...ticket, status: 'waiting_customer' };
const proposed: TicketRef = { ...ticket, status: 'solution_proposed' };
const closed: TicketRef = { ...ticket, status: 'closed' };
const staffTicket: TicketRef = {
  ...ticket,
  link: 'https://soporte.example.com/console/tickets/01J8Z3',
};

/** A payload of each kind. */
export const SAMPLE_PAYLOADS: { readonly [K in NotificationKind]: PayloadOf<K> } = {
  ticket_registered: {
    kind: 'ticket_registered',
    recipientName: 'Ana Gómez',
    ticket: { ...ticket, status: 'new' },
    description: 'Since 9:40 the firewall does not answer.\nThe branch offices are offline.',
    registeredAt: SAMPLE_NOW,
    clockStartsAt: SAMPLE_NOW,
    firstResponseDueAt: SAMPLE_NOW + HOUR,
    callTheCenter: false,
  },
  ticket_registered_staff: {
    kind: 'ticket_registered_staff',
    recipientName: 'Carlos Ruiz',
    ticket: { ...staffTicket, status: 'new' },
    organizationName: 'Andes Logistics',
    requesterName: 'Ana Gómez',
    channel: 'web',
    description: 'Since 9:40 the firewall does not answer.',
    registeredAt: SAMPLE_NOW,
    clockStartsAt: SAMPLE_NOW,
    firstResponseDueAt: SAMPLE_NOW + HOUR,
    previousTicket: null,
  },
  diagnosis: {
    kind: 'diagnosis',
    recipientName: 'Ana Gómez',
    ticket,
    authorName: 'Carlos Ruiz',
    body: 'The WAN interface lost its link after a power cut.\nWe are restoring it remotely.',
    attachmentNames: [],
    nextUpdateDueAt: SAMPLE_NOW + 3 * HOUR,
  },
  information_requested: {
    kind: 'information_requested',
    recipientName: 'Ana Gómez',
    ticket: waiting,
    authorName: 'Carlos Ruiz',
    body: 'Please send the serial number of the appliance.',
    attachmentNames: ['wiring-diagram.pdf'],
    request: 'information',
    warningAt: SAMPLE_NOW + 3 * HOUR,
    autoCloseAt: SAMPLE_NOW + 24 * HOUR,
    firstResponsePaused: true,
  },
  customer_answered: {
    kind: 'customer_answered',
    recipientName: 'Carlos Ruiz',
    ticket: staffTicket,
    authorName: 'Ana Gómez',
    body: 'The serial number is FG100F-0042.',
    attachmentNames: ['label-photo.jpg'],
    firstResponseDueAt: SAMPLE_NOW + HOUR,
    nextUpdateDueAt: SAMPLE_NOW + 3 * HOUR,
  },
  status_update: {
    kind: 'status_update',
    recipientName: 'Ana Gómez',
    ticket,
    lastUpdateAt: SAMPLE_NOW - 3 * HOUR,
    firstResponseDueAt: null,
    nextUpdateDueAt: SAMPLE_NOW + 3 * HOUR,
  },
  no_response_warning: {
    kind: 'no_response_warning',
    recipientName: 'Ana Gómez',
    ticket: waiting,
    waitingSince: SAMPLE_NOW - 3 * HOUR,
    autoCloseAt: SAMPLE_NOW + 3 * HOUR,
  },
  closed_no_response: {
    kind: 'closed_no_response',
    recipientName: 'Ana Gómez',
    ticket: closed,
    closedAt: SAMPLE_NOW,
  },
  solution_proposed: {
    kind: 'solution_proposed',
    recipientName: 'Ana Gómez',
    ticket: proposed,
    authorName: 'Carlos Ruiz',
    body: 'We replaced the WAN cable and the link is up again.',
    attachmentNames: [],
    warningAt: SAMPLE_NOW + 3 * HOUR,
    autoCloseAt: SAMPLE_NOW + 24 * HOUR,
  },
  ticket_closed: {
    kind: 'ticket_closed',
    recipientName: 'Ana Gómez',
    ticket: closed,
    closedAt: SAMPLE_NOW,
    closure: { resolution: 'accepted' },
  },
  follow_up_opened: {
    kind: 'follow_up_opened',
    recipientName: 'Ana Gómez',
    ticket: { ...ticket, number: 'OG-2026-000124', status: 'new' },
    previousTicket: { number: 'OG-2026-000123', link: ticket.link },
    body: 'The firewall went down again this morning.',
    firstResponseDueAt: SAMPLE_NOW + HOUR,
  },
  first_response_near: {
    kind: 'first_response_near',
    recipientName: 'Laura Pérez',
    ticket: staffTicket,
    organizationName: 'Andes Logistics',
    assigneeName: 'Carlos Ruiz',
    percentUsed: 80,
    firstResponseDueAt: SAMPLE_NOW + HOUR / 5,
  },
  first_response_breached: {
    kind: 'first_response_breached',
    recipientName: 'Laura Pérez',
    ticket: staffTicket,
    organizationName: 'Andes Logistics',
    assigneeName: null,
    firstResponseDueAt: SAMPLE_NOW,
  },
  update_overdue: {
    kind: 'update_overdue',
    recipientName: 'Laura Pérez',
    ticket: staffTicket,
    organizationName: 'Andes Logistics',
    assigneeName: 'Carlos Ruiz',
    nextUpdateDueAt: SAMPLE_NOW,
    lastUpdateAt: SAMPLE_NOW - 3 * HOUR,
  },
  agent_reply: {
    kind: 'agent_reply',
    recipientName: 'Ana Gómez',
    ticket,
    authorName: 'Carlos Ruiz',
    body: 'A technician will call you in ten minutes.',
    attachmentNames: [],
  },
  satisfaction_request: {
    kind: 'satisfaction_request',
    recipientName: 'Ana Gómez',
    ticket: closed,
    ratingLinks: [
      'https://soporte.example.com/rate/tok3n?score=1',
      'https://soporte.example.com/rate/tok3n?score=2',
      'https://soporte.example.com/rate/tok3n?score=3',
      'https://soporte.example.com/rate/tok3n?score=4',
      'https://soporte.example.com/rate/tok3n?score=5',
    ],
  },
  password_reset: {
    kind: 'password_reset',
    recipientName: 'Ana Gómez',
    resetLink: 'https://soporte.example.com/reset-password?token=Zx81kq',
    expiresAt: SAMPLE_NOW + HOUR,
  },
  maintenance_reminder: {
    kind: 'maintenance_reminder',
    recipientName: 'Ana Gómez',
    organizationName: 'Andes Logistics',
    windowStart: SAMPLE_NOW + 24 * HOUR - 2 * HOUR,
    windowEnd: SAMPLE_NOW + 24 * HOUR + 2 * HOUR,
    equipment: ['Firewall FG-100F (main office)', 'Core switch'],
    link: 'https://soporte.example.com/portal/maintenance/01J9AA',
  },
};

/** The branches a template takes beyond its sample: every payload worth rendering. */
export const SAMPLE_VARIANTS: readonly NotificationPayload[] = [
  ...Object.values(SAMPLE_PAYLOADS),
  {
    ...SAMPLE_PAYLOADS.ticket_registered,
    // Reported on the web on a Sunday night: the clock starts Monday 08:00 and the guide says call.
    registeredAt: SAMPLE_NOW - 12 * HOUR,
    clockStartsAt: SAMPLE_NOW - 2 * HOUR,
    firstResponseDueAt: SAMPLE_NOW - HOUR,
    callTheCenter: true,
  },
  {
    ...SAMPLE_PAYLOADS.ticket_registered,
    ticket: { ...ticket, impact: 'low', status: 'new' },
    registeredAt: SAMPLE_NOW - 12 * HOUR,
    clockStartsAt: SAMPLE_NOW - 2 * HOUR,
  },
  {
    ...SAMPLE_PAYLOADS.ticket_registered_staff,
    previousTicket: { number: 'OG-2026-000100', link: staffTicket.link },
  },
  { ...SAMPLE_PAYLOADS.information_requested, request: 'tests', firstResponsePaused: false },
  { ...SAMPLE_PAYLOADS.no_response_warning, ticket: proposed },
  {
    ...SAMPLE_PAYLOADS.ticket_closed,
    closure: {
      resolution: 'out_of_scope',
      cause: 'provider_failure',
      reason: 'The internet provider had a regional outage.',
    },
  },
  {
    ...SAMPLE_PAYLOADS.ticket_closed,
    closure: { resolution: 'out_of_scope', cause: 'other', reason: null },
  },
  { ...SAMPLE_PAYLOADS.update_overdue, lastUpdateAt: null, assigneeName: null },
  { ...SAMPLE_PAYLOADS.diagnosis, nextUpdateDueAt: null, authorName: '' },
  { ...SAMPLE_PAYLOADS.maintenance_reminder, equipment: [] },
  { ...SAMPLE_PAYLOADS.status_update, lastUpdateAt: null, firstResponseDueAt: SAMPLE_NOW + HOUR },
];
