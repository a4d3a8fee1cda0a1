/**
 * Password hashing with scrypt (memory-hard, in node:crypto). A hash string carries its own
 * parameters and salt — `scrypt$N$r$p$salt$hash`, base64url — so raising the cost later still
 * verifies the hashes stored before.
 */

import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt's cost parameters: N (CPU/memory, a power of two), r (block size), p (parallelism). */
export interface ScryptCost {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

/** The production cost: 2^15 × 8 × 128 B = 32 MiB and ~50–100 ms per hash. */
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
// Refuse stored parameters beyond this (a tampered row must not exhaust memory): 2^20 × 8.
const MAX_N_TIMES_R = 2 ** 23;

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; node's default maxmem (32 MiB) is exactly the default cost,
  // which it refuses, so allow twice the need.
  const maxmem = 256 * cost.N * cost.r;
  return new Promise((resolve, reject) => {
    scrypt(password, salt, KEY_LENGTH, { ...cost, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

function parseHash(stored: string): { cost: ScryptCost; salt: Buffer; key: Buffer } | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const valid =
    Number.isInteger(N) &&
    Number.isInteger(r) &&
    Number.isInteger(p) &&
    N > 1 &&
    (N & (N - 1)) === 0 &&
    r > 0 &&
    p > 0 &&
    N * r <= MAX_N_TIMES_R;
  if (!valid) return null;
  const salt = Buffer.from(parts[4] ?? '', 'base64url');
  const key = Buffer.from(parts[5] ?? '', 'base64url');
  if (salt.length === 0 || key.length !== KEY_LENGTH) return null;
  return { cost: { N, r, p }, salt, key };
}

/** Hashes and verifies passwords at one cost (lower in tests, so suites stay fast). */
export class PasswordHasher {
  private dummy: Promise<string> | null = null;

  constructor(private readonly cost: ScryptCost = DEFAULT_SCRYPT_COST) {}

  /** A new hash string for `password`, with a fresh random salt. */
  async hash(password: string): Promise<string> {
    const salt = randomBytes(SALT_LENGTH);
    const key = await derive(password, salt, this.cost);
    const { N, r, p } = this.cost;
    return `scrypt$${N}$${r}$${p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
  }

  /**
   * Whether `password` matches `stored`. With no stored hash (unknown user, or a user without
   * a password) it still derives a key against a dummy hash, so the answer takes as long as a
   * real check and timing does not reveal which accounts exist.
   */
  async verify(password: string, stored: string | null): Promise<boolean> {
    const real = stored === null ? null : parseHash(stored);
    const parsed = real ?? parseHash(await this.dummyHash());
    if (parsed === null) return false;
    const key = await derive(password, parsed.salt, parsed.cost);
    return timingSafeEqual(key, parsed.key) && real !== null;
  }

  private dummyHash(): Promise<string> {
    this.dummy ??= this.hash(randomBytes(SALT_LENGTH).toString('base64url'));
    return this.dummy;
  }
}
