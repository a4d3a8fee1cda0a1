/**
 * The shapes of the demo content and the seeded reference data. Plain data, no database types,
 * so the seeder and the tests read them without a store.
 */

import type { Language } from '../domain/errors.js';
import type { Modality, Service } from '../domain/sla/contract-terms.js';

// SPEC §1's people. The domain does not name roles yet; when it does, this list moves there.
/** Who a user is to mesa (SPEC §1). */
export const USER_ROLES = ['customer', 'customer_admin', 'agent', 'supervisor', 'admin'] as const;
/** One of USER_ROLES. */
export type UserRole = (typeof USER_ROLES)[number];

/** A service contract (SPEC §2); dates are civil dates in America/Bogota, both inclusive. */
export interface DemoContract {
  readonly key: string;
  readonly modality: Modality;
  readonly services: readonly Service[];
  /** On-site support included, and where; null when the contract is remote only. */
  readonly onSite: { readonly city: string } | null;
  readonly coveredPlatforms: readonly string[];
  readonly validFrom: string;
  readonly validTo: string;
}

/** A customer organization with its contract. */
export interface DemoOrganization {
  readonly key: string;
  readonly name: string;
  readonly city: string;
  /** The domain of its users' e-mail addresses. */
  readonly emailDomain: string;
  readonly contract: DemoContract;
}

/** A person who signs in; staff have no organization. */
export interface DemoUser {
  readonly key: string;
  readonly email: string;
  readonly name: string;
  readonly role: UserRole;
  readonly organizationKey: string | null;
  readonly language: Language;
}

/** A city's local number of the center (Tabla 2 of the guide). */
export interface CityPhone {
  readonly city: string;
  readonly phone: string;
}

/** The center's phone numbers as the portal shows them (SPEC §6). */
export interface PhoneDirectory {
  readonly title: string;
  readonly titleEn: string;
  readonly nationalLine: {
    readonly label: string;
    readonly labelEn: string;
    readonly number: string;
    /** The menu option to press after dialing. */
    readonly option: number;
  };
  readonly cities: readonly CityPhone[];
}

/** A FAQ article: Spanish Markdown, found by title, body and tags. */
export interface FaqArticle {
  readonly slug: string;
  readonly title: string;
  readonly body: string;
  readonly tags: readonly string[];
}

/** On-site travel time to one city, in hours. */
export interface TravelTime {
  readonly city: string;
  readonly hours: number;
}

/** An admin-editable table of on-site travel times (SPEC §8). */
export interface TravelTimeTable {
  /** True while the values are invented examples rather than the center's own. */
  readonly example: boolean;
  readonly note: string;
  readonly noteEn: string;
  readonly entries: readonly TravelTime[];
}
