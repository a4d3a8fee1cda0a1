/**
 * The secret of a satisfaction survey's e-mail link: 128 random bits like the reply token, but
 * a separate secret, so a link kept in a browser history or a mail scanner's log proves only
 * the right to rate, never the right to reply into the ticket. Stored as its SHA-256.
 */

import { sha256Hex } from '../identity/secrets.js';
import { isReplyToken, newReplyToken } from '../tickets/reply-token.js';

/** A fresh survey token (26 lower-case base32 characters). */
export function newSurveyToken(): string {
  return newReplyToken();
}

/** What the database keeps of a token. */
export function surveyTokenHash(token: string): string {
  return sha256Hex(token);
}

/** Whether a string has a token's shape (not whether a survey has it). */
export function isSurveyToken(text: string): boolean {
  return isReplyToken(text);
}
