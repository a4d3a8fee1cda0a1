/**
 * The vocabulary of a contract and a ticket (SPEC §2, §4, §6) and the parsers that turn
 * untrusted input into it, each failing with its own stable code.
 */

import { DomainError } from '../errors.js';

export const MODALITIES = ['5x8', '6x8', '7x24'] as const;
export type Modality = (typeof MODALITIES)[number];

export const IMPACTS = ['high', 'medium', 'low', 'change'] as const;
export type Impact = (typeof IMPACTS)[number];

export const CHANNELS = ['web', 'phone', 'email', 'monitoring'] as const;
export type Channel = (typeof CHANNELS)[number];

export const SERVICES = ['support', 'administration', 'monitoring', 'managed'] as const;
export type Service = (typeof SERVICES)[number];

function member<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

/** A contract modality (modalidad de atención), or INVALID_MODALITY. */
export function parseModality(value: unknown): Modality {
  if (member(MODALITIES, value)) return value;
  throw new DomainError('INVALID_MODALITY', { value: String(value) });
}

/** An impact level (nivel de atención), or INVALID_IMPACT. */
export function parseImpact(value: unknown): Impact {
  if (member(IMPACTS, value)) return value;
  throw new DomainError('INVALID_IMPACT', { value: String(value) });
}

/** A channel (canal de atención), or INVALID_CHANNEL. */
export function parseChannel(value: unknown): Channel {
  if (member(CHANNELS, value)) return value;
  throw new DomainError('INVALID_CHANNEL', { value: String(value) });
}

/** A contracted service, or INVALID_SERVICE. */
export function parseService(value: unknown): Service {
  if (member(SERVICES, value)) return value;
  throw new DomainError('INVALID_SERVICE', { value: String(value) });
}

/**
 * SPEC §4: "Cambios en configuraciones" only applies to contracts with the managed or
 * administration service.
 */
export function assertImpactAllowed(impact: Impact, services: readonly Service[]): void {
  if (impact === 'change' && !services.some((s) => s === 'managed' || s === 'administration')) {
    throw new DomainError('CHANGE_REQUIRES_MANAGED_SERVICE');
  }
}
