/**
 * How an inbound message says which ticket it answers: the ticket number in the subject (a
 * hint anyone can type), the Message-IDs it replies to, and the per-ticket reply token in the
 * address it was sent to — the only one of the three that proves the sender received a mail
 * mesa sent about that ticket, so the use case attaches a reply only when the token matches.
 */

import { isReplyToken } from '../../app/tickets/reply-token.js';
import { TICKET_NUMBER_PREFIX } from '../../app/tickets/ticket.js';
import { InboundMailError } from './inbound-mail-error.js';

// The one definition of the token lives with the tickets that store it.
export { isReplyToken, newReplyToken } from '../../app/tickets/reply-token.js';

// `[OG-2026-000123]`: formatTicketNumber pads to six digits; a year may reach seven.
const BRACKETED_NUMBER = new RegExp(
  `\\[\\s*(${TICKET_NUMBER_PREFIX}-\\d{4}-\\d{6,7})\\s*\\]`,
  'gi',
);

/**
 * The ticket number a subject carries in brackets, whatever reply prefixes precede it
 * (`RE: RV: [OG-2026-000123] …`), or null when there is none, it is number zero, or the subject
 * names two different tickets (ambiguous: the other references decide).
 */
export function ticketNumberInSubject(subject: string): string | null {
  const found = new Set<string>();
  for (const match of subject.matchAll(BRACKETED_NUMBER)) {
    const number = (match[1] ?? '').toUpperCase();
    if (/-0+$/.test(number)) continue;
    found.add(number);
  }
  if (found.size !== 1) return null;
  return [...found][0] ?? null;
}

// The base reply address: a plain dot-atom mailbox without '+', an ASCII domain with a dot.
const BASE_ADDRESS = /^([a-z0-9](?:[a-z0-9._-]*[a-z0-9])?)@([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/i;

interface AddressParts {
  readonly local: string;
  readonly domain: string;
}

function splitBase(base: string): AddressParts | null {
  const match = BASE_ADDRESS.exec(base);
  if (match === null) return null;
  return { local: (match[1] ?? '').toLowerCase(), domain: (match[2] ?? '').toLowerCase() };
}

// The base is the one configured address: every outgoing e-mail parses it again otherwise.
let lastBase: string | null = null;
let lastBaseParts: AddressParts | null = null;

/** Whether `address` can serve as the base reply address (`soporte@mesa.example`). */
export function isReplyBaseAddress(address: string): boolean {
  return splitBase(address) !== null;
}

/**
 * The address a ticket's e-mails ask to be answered at, `soporte+<token>@mesa.example`, so a
 * reply proves which ticket it answers. Throws INVALID_REPLY_ADDRESS on a bad base or token.
 */
export function replyAddress(base: string, token: string): string {
  const parts = base === lastBase ? lastBaseParts : splitBase(base);
  lastBase = base;
  lastBaseParts = parts;
  if (parts === null) throw InboundMailError.invalidReplyAddress('base');
  if (!isReplyToken(token)) throw InboundMailError.invalidReplyAddress('token');
  return `${parts.local}+${token}@${parts.domain}`;
}

/**
 * The reply token of the first recipient written to the `base` reply address with one
 * (`SOPORTE+TOKEN@Mesa.Example` counts: mail systems change case), or null. Anything else —
 * another domain, another mailbox, a token of the wrong shape, a malformed address — is ignored.
 */
export function replyTokenIn(addresses: readonly string[], base: string): string | null {
  const parts = splitBase(base);
  if (parts === null) return null;
  const prefix = `${parts.local}+`;
  for (const address of addresses) {
    const plain = address
      .trim()
      .replace(/^<(.*)>$/, '$1')
      .toLowerCase();
    const at = plain.lastIndexOf('@');
    if (at <= 0 || plain.slice(at + 1) !== parts.domain) continue;
    const local = plain.slice(0, at);
    if (!local.startsWith(prefix)) continue;
    const token = local.slice(prefix.length);
    if (isReplyToken(token)) return token;
  }
  return null;
}

// Bounds on what a message may make the use case look up: a forged References header can list
// thousands of ids; real threads carry a few dozen at most and the newest ones matter.
/** The most Message-IDs one message's references are read to. */
export const MAX_MESSAGE_IDS = 50;
const MAX_MESSAGE_ID_LENGTH = 250;
const BRACKETED_ID = /<([^<>\s\p{Cc}]{1,1000})>/gu;
const BARE_ID = /^[^<>\s@\p{Cc}]+@[^<>\s@\p{Cc}]+$/u;

/** The Message-IDs of one header value (or of its repetitions), `<…>` brackets kept, in order. */
export function messageIdsOf(value: string | readonly string[] | null | undefined): string[] {
  if (value === null || value === undefined) return [];
  const values = typeof value === 'string' ? [value] : value;
  const ids: string[] = [];
  for (const text of values) {
    const bracketed = [...text.matchAll(BRACKETED_ID)].map((match) => `<${match[1]}>`);
    // Some clients forget the brackets around a lone id; accept it when it looks like one.
    const found =
      bracketed.length > 0 ? bracketed : BARE_ID.test(text.trim()) ? [`<${text.trim()}>`] : [];
    for (const id of found) if (id.length <= MAX_MESSAGE_ID_LENGTH) ids.push(id);
  }
  return ids;
}

/**
 * The Message-IDs a reply refers to, most telling first: In-Reply-To, then References from
 * the newest back; without repeats and at most 50, so a forged header cannot make a long search.
 */
export function messageIdsIn(
  inReplyTo: string | readonly string[] | null | undefined,
  references: string | readonly string[] | null | undefined,
): string[] {
  const ordered = [...messageIdsOf(inReplyTo), ...messageIdsOf(references).reverse()];
  return [...new Set(ordered)].slice(0, MAX_MESSAGE_IDS);
}
