/**
 * The words of a ticket's life (SPEC §5): its states, the three closing resolutions, the kinds
 * of message, and the checklist of SPEC §7.
 */

/** `new` → `in_progress` → `waiting_customer` ↔ `in_progress` → `solution_proposed` → `closed`. */
export const TICKET_STATUSES = [
  'new',
  'in_progress',
  'waiting_customer',
  'solution_proposed',
  'closed',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Why a ticket closed: the customer accepted, stayed silent two periods, or it was out of scope. */
export const RESOLUTIONS = ['accepted', 'no_response', 'out_of_scope'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

/**
 * Message kinds: `reply` is public (customer or agent); `note` is internal (agents only);
 * `diagnosis` meets the first response; `info_request`/`test_request` ask the customer;
 * `solution` proposes a solution.
 */
export const MESSAGE_KINDS = [
  'reply',
  'note',
  'diagnosis',
  'info_request',
  'test_request',
  'solution',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** Messages only staff may write. */
export const STAFF_MESSAGE_KINDS: ReadonlySet<MessageKind> = new Set([
  'note',
  'diagnosis',
  'info_request',
  'test_request',
  'solution',
]);

/** Open statuses in which the center holds the ticket (status notifications are due). */
export const HELD_BY_CENTER: ReadonlySet<TicketStatus> = new Set(['new', 'in_progress']);

/** Open statuses in which the ticket waits on the customer (the no-response clock runs). */
export const WAITING_ON_CUSTOMER: ReadonlySet<TicketStatus> = new Set([
  'waiting_customer',
  'solution_proposed',
]);

/** SPEC §7: the checklist before a request, in the guide's order. */
export const CHECKLIST_ITEMS = [
  'infrastructure_changes',
  'equipment_powered_on',
  'connectivity',
  'network_configuration',
  'services',
  'product_manual',
  'faq_visited',
  'contact_center',
] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];
export const CHECKLIST_ANSWERS = ['yes', 'no', 'not_applicable'] as const;
export type ChecklistAnswer = (typeof CHECKLIST_ANSWERS)[number];

export interface ChecklistEntry {
  readonly item: ChecklistItem;
  readonly answer: ChecklistAnswer;
  readonly note?: string;
}

/** Why an agent closes a ticket as out of scope (SPEC §5.3). */
export const OUT_OF_SCOPE_CAUSES = ['provider_failure', 'equipment_not_covered', 'other'] as const;
export type OutOfScopeCause = (typeof OUT_OF_SCOPE_CAUSES)[number];
