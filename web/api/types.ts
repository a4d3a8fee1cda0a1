/**
 * The API's shapes as the web app reads them (the route schemas under server/http/routes is the source of
 * truth; the e2e journeys exercise every field used here against the real server).
 */

export type Language = 'es' | 'en';
export type Role = 'customer' | 'customer_admin' | 'agent' | 'supervisor' | 'admin';
export type Impact = 'high' | 'medium' | 'low' | 'change';
export type Modality = '5x8' | '6x8' | '7x24';
export type TicketStatus =
  | 'new'
  | 'in_progress'
  | 'waiting_customer'
  | 'solution_proposed'
  | 'closed';
export type Resolution = 'accepted' | 'no_response' | 'out_of_scope';
export type MessageKind =
  | 'reply'
  | 'note'
  | 'diagnosis'
  | 'info_request'
  | 'test_request'
  | 'solution';
export type ChecklistItem =
  | 'infrastructure_changes'
  | 'equipment_powered_on'
  | 'connectivity'
  | 'network_configuration'
  | 'services'
  | 'product_manual'
  | 'faq_visited'
  | 'contact_center';
export type ChecklistAnswer = 'yes' | 'no' | 'not_applicable';
export type OutOfScopeCause = 'provider_failure' | 'equipment_not_covered' | 'other';

export const CHECKLIST_ITEMS: readonly ChecklistItem[] = [
  'infrastructure_changes',
  'equipment_powered_on',
  'connectivity',
  'network_configuration',
  'services',
  'product_manual',
  'faq_visited',
  'contact_center',
];
export const TICKET_STATUSES: readonly TicketStatus[] = [
  'new',
  'in_progress',
  'waiting_customer',
  'solution_proposed',
  'closed',
];
export const OPEN_STATUSES: readonly TicketStatus[] = TICKET_STATUSES.filter((s) => s !== 'closed');
export const IMPACTS: readonly Impact[] = ['high', 'medium', 'low', 'change'];
export const STAFF_ROLES: ReadonlySet<Role> = new Set(['agent', 'supervisor', 'admin']);

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string | null;
  active: boolean;
  language: Language;
}

export interface Me {
  user: User;
  csrfToken: string | null;
}

export interface LevelTerms {
  firstResponseMinutes: number;
  notificationIntervalMinutes: number;
}

export interface Attention {
  now: string;
  contract: {
    organizationName: string;
    modality: Modality;
    services: string[];
    onSiteCity: string | null;
    coveredPlatforms: string[];
    validTo: string | null;
    impacts: Impact[];
  } | null;
  attendingNow: boolean;
  nextOpeningAt: string | null;
  highImpactByPhoneOnly: boolean;
  levels: Record<Impact, LevelTerms>;
}

export interface DirectoryEntry {
  id: string;
  kind: string;
  label: string;
  labelEn: string | null;
  phone: string;
}

export interface FaqArticle {
  id: string;
  slug: string;
  title: string;
  html: string;
  tags: string[];
  language: string;
}

export interface ChecklistEntry {
  item: ChecklistItem;
  answer: ChecklistAnswer;
  note?: string;
}

export interface TicketSla {
  calendar: string;
  clockStartsAt: string;
  firstResponseDueAt: string | null;
  firstRespondedAt: string | null;
  firstResponseMinutesLeft: number | null;
  nextUpdateDueAt: string | null;
  warningAt: string | null;
  autoCloseAt: string | null;
  nextDeadlineAt: string | null;
  breached: boolean;
  updateOverdue: boolean;
}

export interface TicketSummary {
  id: string;
  number: string;
  subject: string;
  impact: Impact;
  channel: string;
  status: TicketStatus;
  resolution: Resolution | null;
  organizationId: string;
  requesterId: string;
  assigneeId: string | null;
  reportedAt: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  sla: TicketSla;
}

export interface Message {
  id: string;
  kind: MessageKind;
  body: string;
  public: boolean;
  authorId: string | null;
  createdAt: string;
}

export interface Attachment {
  id: string;
  messageId: string | null;
  fileName: string;
  contentType: string;
  size: number;
  public: boolean;
  uploadedBy: string;
  createdAt: string;
  url: string;
}

export interface TicketDetail extends TicketSummary {
  description: string;
  contractId: string;
  checklist: ChecklistEntry[] | null;
  previousTicketId: string | null;
  closeReason: string | null;
  closeCause: string | null;
  messages: Message[];
  attachments: Attachment[];
}

export interface CallTheCenter {
  message: string;
  phoneNumbers: { label: string; phone: string }[];
}

export interface RegisteredTicket extends TicketSummary {
  callTheCenter: CallTheCenter | null;
}

export interface MessagePosted {
  message?: Message;
  ticket: TicketSummary;
  newTicket?: { id: string; number: string };
  courtesy?: boolean;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface HistoryEntry {
  id: string;
  action: string;
  actorId: string | null;
  changes: Record<string, unknown>;
  createdAt: string;
}

export interface Explanation {
  from: string;
  to: string;
  countedMinutes: number;
  counted: { start: string; end: string; minutes: number }[];
  skipped: { start: string; end: string; reason: string; label: string }[];
}

export interface SlaExplain {
  ticket: { id: string; number: string };
  firstResponse: Explanation;
  notifications: Explanation[];
  warning?: Explanation;
  autoClose?: Explanation;
}

export interface Organization {
  id: string;
  name: string;
}

export interface Contract {
  id: string;
  modality: Modality;
  services: string[];
  active: boolean;
}

export interface FieldError {
  in: string;
  field: string;
  keyword: string;
  message: string;
}

export interface Problem {
  status: number;
  code: string;
  detail: string;
  errors?: FieldError[];
  /** A code's own members (RFC 9457 extensions), e.g. `outside` of MAINTENANCE_OUTSIDE_HOURS. */
  extensions?: Readonly<Record<string, unknown>>;
}
