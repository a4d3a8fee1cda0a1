/**
 * Random secrets (session cookies, CSRF tokens, API tokens) and their digests. Secrets are
 * stored only as SHA-256: they are 256 random bits, so a fast hash is enough (no salt or
 * stretching needed, unlike passwords).
 */

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new secret of 32 random bytes, base64url (43 characters). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The SHA-256 of a secret, hex: what the database keeps. */
export function sha256Hex(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Compares two secrets in constant time (digests first, so lengths leak nothing either). */
export function sameSecret(a: string, b: string): boolean {
  const da = createHash('sha256').update(a, 'utf8').digest();
  const db = createHash('sha256').update(b, 'utf8').digest();
  return timingSafeEqual(da, db);
}
