/**
 * Identifiers: UUID version 7 (time-ordered, RFC 9562), so new rows land at the end of their
 * indexes instead of at random places, and ids cannot be guessed from each other.
 */

import { randomFillSync } from 'node:crypto';

// Random bytes drawn 4 KiB at a time: one system call per 256 ids instead of one per id.
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;

let lastMs = -1;
const lastBytes = Buffer.alloc(16);

/**
 * A new UUIDv7 string for `at` (epoch ms). Within one millisecond (or if `at` goes back) ids
 * keep increasing (RFC 9562 §6.2, method 3): rows written in one instant keep their order.
 */
export function newId(at: number = Date.now()): string {
  let bytes: Buffer;
  let ms: number;
  if (at <= lastMs) {
    ms = lastMs;
    bytes = Buffer.from(lastBytes);
    incrementRandomPart(bytes);
  } else {
    if (poolOffset + 16 > pool.length) {
      randomFillSync(pool);
      poolOffset = 0;
    }
    bytes = Buffer.from(pool.subarray(poolOffset, poolOffset + 16));
    poolOffset += 16;
    ms = at;
  }
  lastMs = ms;
  bytes.copy(lastBytes);
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Adds one to bytes 6–15 as a big-endian number, leaving room under the version bits. */
function incrementRandomPart(bytes: Buffer): void {
  for (let i = 15; i >= 6; i--) {
    const value = (bytes[i] ?? 0) + 1;
    bytes[i] = value & 0xff;
    if (value <= 0xff) return;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether a path parameter has the shape of one of our ids (anything else is simply not found). */
export function isId(value: string): boolean {
  return UUID.test(value);
}
