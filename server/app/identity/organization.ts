/**
 * Customer organizations and their service contracts (SPEC §2), and the parsing of a new
 * contract's terms through the domain's parsers.
 */

import { BOGOTA } from '../../domain/sla/contract-calendars.js';
import {
  type Modality,
  parseModality,
  parseService,
  type Service,
} from '../../domain/sla/contract-terms.js';
import { formatIsoDate, parseIsoDate } from '../../domain/time/civil-date.js';
import type { Instant } from '../../domain/time/instant.js';
import { utcToWallTime } from '../../domain/time/time-zone.js';
import { AppError } from '../app-errors.js';

export interface Organization {
  readonly id: string;
  readonly name: string;
  readonly createdAt: Instant;
  readonly updatedAt: Instant;
}

/** The terms of a contract, as validated by `parseContractTerms`. */
export interface ContractTerms {
  readonly modality: Modality;
  readonly services: readonly Service[];
  /** The customer's city when on-site support is included; null when it is not. */
  readonly onSiteCity: string | null;
  readonly coveredPlatforms: readonly string[];
  /** First day in force, `YYYY-MM-DD` (Bogotá). */
  readonly validFrom: string;
  /** Last day in force, inclusive; null for open-ended contracts. */
  readonly validTo: string | null;
}

export interface Contract extends ContractTerms {
  readonly id: string;
  readonly organizationId: string;
  readonly createdAt: Instant;
}

/** A new contract as callers send it (strings not yet checked against the vocabulary). */
export interface ContractInput {
  readonly modality: string;
  readonly services: readonly string[];
  readonly validFrom: string;
  readonly validTo?: string | null;
  readonly onSite?: { readonly city: string } | null;
  readonly coveredPlatforms?: readonly string[];
}

/**
 * Checks a new contract's terms with the domain parsers (INVALID_MODALITY, INVALID_SERVICE,
 * INVALID_DATE) and the period (INVALID_CONTRACT_PERIOD); duplicate services are merged.
 */
export function parseContractTerms(input: ContractInput): ContractTerms {
  const modality = parseModality(input.modality);
  const services = [...new Set(input.services.map((s) => parseService(s)))];
  const validFrom = formatIsoDate(parseIsoDate(input.validFrom));
  const validTo =
    input.validTo === undefined || input.validTo === null
      ? null
      : formatIsoDate(parseIsoDate(input.validTo));
  if (validTo !== null && validTo < validFrom) {
    throw new AppError('INVALID_CONTRACT_PERIOD', { validFrom, validTo });
  }
  const onSiteCity = input.onSite ? input.onSite.city.trim() : null;
  if (onSiteCity === '') throw new AppError('VALIDATION_FAILED', { detail: 'onSite.city' });
  const platforms = (input.coveredPlatforms ?? []).map((p) => p.trim()).filter((p) => p !== '');
  return {
    modality,
    services,
    onSiteCity,
    coveredPlatforms: [...new Set(platforms)],
    validFrom,
    validTo,
  };
}

/** A trimmed, non-empty organization name, or INVALID_NAME. */
export function normalizeOrganizationName(value: string): string {
  const name = value.trim().replace(/\s+/g, ' ');
  if (name === '') throw new AppError('INVALID_NAME');
  return name;
}

/** The civil date (`YYYY-MM-DD`) in America/Bogota of an instant: contracts count in it. */
export function bogotaDateOf(at: Instant): string {
  return formatIsoDate(utcToWallTime(BOGOTA, at).day);
}

/** Whether the contract is in force on the civil date `today` (both ends inclusive). */
export function isInForce(contract: ContractTerms, today: string): boolean {
  return contract.validFrom <= today && (contract.validTo === null || today <= contract.validTo);
}
