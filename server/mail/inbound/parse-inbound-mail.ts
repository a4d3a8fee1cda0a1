/**
 * A raw inbound message read into what the use case needs to file it: who sent it, to whom,
 * what it refers to, the reply text without quotes, the attachments within the size limit
 * (and the names of those over it, so the agent can be told), and whether a machine sent it.
 * Everything that came from the sender is cleaned here; malformed MIME is read as far as it
 * goes — only input that is not mail at all is refused (MALFORMED_MAIL).
 */

import { createHash } from 'node:crypto';
import { type AddressObject, type EmailAddress, type ParsedMail, simpleParser } from 'mailparser';
import { cleanFileName } from '../../app/tickets/attachment.js';
import type { Instant } from '../../domain/time/instant.js';
import {
  type AutomaticMailReason,
  automaticMailReason,
  type InboundHeaders,
} from './auto-reply.js';
import { cleanHeaderText } from './header-text.js';
import { htmlToText } from './html-to-text.js';
import { InboundMailError } from './inbound-mail-error.js';
import { extractReplyText, normalizeMailText } from './reply-text.js';
import { MAX_MESSAGE_IDS, messageIdsOf } from './ticket-reference.js';

/** A mailbox as the message names it: the address lower-cased, the display name cleaned. */
export interface MailAddress {
  readonly address: string;
  readonly name: string;
}

/** An attachment within the size limit. */
export interface InboundAttachment {
  /** Cleaned: no path, no control characters, never empty. */
  readonly fileName: string;
  readonly contentType: string;
  readonly content: Buffer;
  readonly size: number;
  /** Shown inside the body (a pasted screenshot, a logo) rather than attached as a file. */
  readonly inline: boolean;
}

/** An attachment over the limit: not kept, named so the agent can be told politely. */
export interface OversizedAttachment {
  readonly fileName: string;
  readonly size: number;
}

/** An inbound message as the use case reads it (envelope recipients come from the listener). */
export interface InboundMail {
  /** `<…>`; when the message has none, `<sha256 of the bytes@mesa.invalid>` (same bytes, same id). */
  readonly messageId: string;
  readonly from: MailAddress | null;
  /** Header recipients, lower-cased; malformed ones left out. */
  readonly to: readonly string[];
  readonly cc: readonly string[];
  /** One line, cleaned, at most 998 characters; '' when absent. */
  readonly subject: string;
  readonly inReplyTo: readonly string[];
  /** At most the newest MAX_MESSAGE_IDS. */
  readonly references: readonly string[];
  /** The sender's Date header (their clock, not ours), or null when absent or unreadable. */
  readonly date: Instant | null;
  /** The reply without quoted history and signature (extractReplyText). */
  readonly text: string;
  /** The whole body as text, cleaned. */
  readonly fullText: string;
  readonly attachments: readonly InboundAttachment[];
  readonly oversizedAttachments: readonly OversizedAttachment[];
  /** Why a machine sent it (auto-reply, bounce, list), or null. */
  readonly automatic: AutomaticMailReason | null;
}

/** Limits applied while reading a message. */
export interface InboundMailLimits {
  readonly maxAttachmentBytes: number;
}

// RFC 5322 §2.1.1: a line of at most 998 characters; a longer subject is not one a person typed.
const MAX_SUBJECT_LENGTH = 998;
// Past two million characters an HTML-only body is not something a person wrote by hand; the
// converter is linear but need not spend seconds on a 25 MB newsletter.
const MAX_HTML_CHARS = 2_000_000;
const BODY_CONTROLS = /(?![\t\n\r])\p{Cc}/gu;
const ADDRESS = /^[^\s@<>()[\]",;:\\\p{Cc}]+@[^\s@<>()[\]",;:\\\p{Cc}]+$/u;
const CONTENT_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;
const EXTENSIONS: Readonly<Record<string, string>> = {
  'application/pdf': '.pdf',
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/gif': '.gif',
  'text/plain': '.txt',
  'text/html': '.html',
  'text/calendar': '.ics',
  'message/rfc822': '.eml',
};

/**
 * Reads a raw message. Throws InboundMailError MALFORMED_MAIL only when the bytes are not mail
 * at all (empty, no header field, or a MIME structure the parser gives up on).
 */
export async function parseInboundMail(
  raw: Buffer,
  limits: InboundMailLimits,
): Promise<InboundMail> {
  if (raw.length === 0) throw InboundMailError.malformed('empty');
  let parsed: ParsedMail;
  try {
    parsed = await simpleParser(raw, {
      // mesa converts HTML itself (html-to-text.ts) and never needs HTML made from text.
      skipHtmlToText: true,
      skipTextToHtml: true,
      skipImageLinks: true,
      keepCidLinks: true,
      checksumAlgo: false,
    });
  } catch (error) {
    throw InboundMailError.malformed('unparsable', error);
  }
  const headers = headersOf(parsed);
  if (headers.size === 0) throw InboundMailError.malformed('no-headers');

  const from = firstMailbox(parsed.from);
  const fullText = bodyText(parsed);
  const { attachments, oversizedAttachments } = attachmentsOf(parsed, limits);
  return {
    messageId: messageIdsOf(parsed.messageId)[0] ?? generatedMessageId(raw),
    from,
    to: addressesOf(parsed.to),
    cc: addressesOf(parsed.cc),
    subject: [...cleanHeaderText(parsed.subject ?? '')].slice(0, MAX_SUBJECT_LENGTH).join(''),
    inReplyTo: messageIdsOf(parsed.inReplyTo).slice(0, MAX_MESSAGE_IDS),
    references: messageIdsOf(parsed.references).slice(-MAX_MESSAGE_IDS),
    date: dateOf(headers),
    text: extractReplyText(fullText),
    fullText,
    attachments,
    oversizedAttachments,
    automatic: automaticMailReason(
      headers,
      from?.address ?? null,
      headers.get('content-type')?.[0] ?? null,
    ),
  };
}

// The message's own header fields, raw and unfolded, from mailparser's header lines (its parsed
// map merges and reshapes some fields, e.g. List-* into `list`).
function headersOf(parsed: ParsedMail): InboundHeaders {
  const headers = new Map<string, string[]>();
  for (const { key, line } of parsed.headerLines) {
    if (key === '') continue;
    const colon = line.indexOf(':');
    const value = line.slice(colon + 1).replace(/\r?\n[ \t]+/g, ' ');
    const list = headers.get(key);
    if (list === undefined) headers.set(key, [value]);
    else list.push(value);
  }
  return headers;
}

function generatedMessageId(raw: Buffer): string {
  // .invalid (RFC 2606) can never be a real domain, so the id cannot collide with a sender's.
  return `<${createHash('sha256').update(raw).digest('hex')}@mesa.invalid>`;
}

function mailboxes(header: AddressObject | AddressObject[] | undefined): EmailAddress[] {
  if (header === undefined) return [];
  const objects = Array.isArray(header) ? header : [header];
  const flat: EmailAddress[] = [];
  const visit = (entry: EmailAddress) => {
    if (entry.group !== undefined) entry.group.forEach(visit);
    else flat.push(entry);
  };
  for (const object of objects) object.value.forEach(visit);
  return flat;
}

function cleanAddress(address: string | undefined): string | null {
  const trimmed = (address ?? '').trim().toLowerCase();
  return ADDRESS.test(trimmed) ? trimmed : null;
}

function firstMailbox(header: AddressObject | undefined): MailAddress | null {
  for (const mailbox of mailboxes(header)) {
    const address = cleanAddress(mailbox.address);
    if (address !== null) return { address, name: cleanHeaderText(mailbox.name) };
  }
  return null;
}

function addressesOf(header: AddressObject | AddressObject[] | undefined): string[] {
  const addresses = mailboxes(header).map((mailbox) => cleanAddress(mailbox.address));
  return [...new Set(addresses.filter((address) => address !== null))];
}

function dateOf(headers: InboundHeaders): Instant | null {
  // Read from the header itself: mailparser puts the current time in place of a bad Date.
  const value = headers.get('date')?.[0];
  if (value === undefined) return null;
  const instant = Date.parse(value.trim());
  return Number.isFinite(instant) ? instant : null;
}

function bodyText(parsed: ParsedMail): string {
  const plain = parsed.text ?? '';
  const text =
    plain.trim() === '' && typeof parsed.html === 'string'
      ? htmlToText(parsed.html.slice(0, MAX_HTML_CHARS))
      : plain;
  return normalizeMailText(text.replace(BODY_CONTROLS, '')).replace(/^\n+|\n+$/g, '');
}

function attachmentsOf(
  parsed: ParsedMail,
  limits: InboundMailLimits,
): { attachments: InboundAttachment[]; oversizedAttachments: OversizedAttachment[] } {
  const attachments: InboundAttachment[] = [];
  const oversizedAttachments: OversizedAttachment[] = [];
  parsed.attachments.forEach((attachment, index) => {
    const contentType = cleanContentType(attachment.contentType);
    const fileName = attachmentName(attachment.filename, contentType, index + 1);
    const size = attachment.content.length;
    if (size > limits.maxAttachmentBytes) {
      oversizedAttachments.push({ fileName, size });
      return;
    }
    const inline = attachment.related === true || attachment.contentDisposition === 'inline';
    attachments.push({ fileName, contentType, content: attachment.content, size, inline });
  });
  return { attachments, oversizedAttachments };
}

function cleanContentType(value: string): string {
  const type = (value.split(';')[0] ?? '').trim().toLowerCase();
  return CONTENT_TYPE.test(type) ? type : 'application/octet-stream';
}

// The file name without any path ("../../etc/passwd" → "passwd"); "adjunto-2.pdf" when the
// part names no file, or only a path or dots. Spanish first, like every customer-facing text.
function attachmentName(fileName: string | undefined, contentType: string, n: number): string {
  const base = (
    cleanHeaderText(fileName ?? '')
      .split(/[\\/]/)
      .pop() ?? ''
  ).trim();
  if (/^\.*$/.test(base)) return `adjunto-${n}${EXTENSIONS[contentType] ?? ''}`;
  return cleanFileName(base);
}
