/**
 * The per-ticket reply token: 128 random bits that e-mails carry in their Reply-To address, so
 * an inbound reply is attached only when it proves it answers a mail mesa sent about that
 * ticket — a ticket number in a subject can be guessed, this cannot (forged threading).
 */

import { randomBytes } from 'node:crypto';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
/** 128 bits in base32: 26 characters. */
export const REPLY_TOKEN_LENGTH = 26;
const SHAPE = /^[a-z2-7]{26}$/;

/** A fresh token (RFC 4648 base32 alphabet, lower case, unpadded: safe in a local part). */
export function newReplyToken(): string {
  const bytes = randomBytes(17); // 136 bits read; the first 130 make 26 characters
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < REPLY_TOKEN_LENGTH) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

/** Whether a string has the shape of a reply token (not whether it belongs to a ticket). */
export function isReplyToken(text: string): boolean {
  return SHAPE.test(text);
}
