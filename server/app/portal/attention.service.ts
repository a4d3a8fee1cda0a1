/**
 * "Is the center attending right now?" for the portal's home and the ticket form (SPEC §3):
 * the signed-in customer's contract in force, whether its counted hours are running now, when
 * they open next, and — for 7x24 out of Mon–Sat 08:00–18:00 — that only high impact is served,
 * by phone. Computed with the same contract calendars (and admins' closures) as the SLA clock.
 */

import type { BusinessCalendar } from '../../domain/calendar/business-calendar.js';
import type { ContractCalendars } from '../../domain/sla/contract-calendars.js';
import type { Impact, Modality, Service } from '../../domain/sla/contract-terms.js';
import type { LevelTerms } from '../../domain/sla/level-table.js';
import type { Instant } from '../../domain/time/instant.js';
import { type Actor, isStaff } from '../actor.js';
import type { Clock } from '../clock.js';
import type { OrganizationService } from '../identity/organization.service.js';
import type { SlaPolicyCache } from '../tickets/sla-policy.js';

/** The contract terms the portal shows and the form obeys. */
export interface AttentionContract {
  readonly organizationName: string;
  readonly modality: Modality;
  readonly services: readonly Service[];
  readonly onSiteCity: string | null;
  readonly coveredPlatforms: readonly string[];
  readonly validTo: string | null;
  /** The impact levels this contract may choose (`change` needs managed or administration). */
  readonly impacts: readonly Impact[];
}

/** The attention state at one instant. */
export interface Attention {
  /** The server's "now" (the test clock in demos): clients count down from it. */
  readonly now: Instant;
  /** Null for the center's staff, and for a customer whose organization has no contract in force. */
  readonly contract: AttentionContract | null;
  /** Whether the contract's attended hours are running now (7x24: Mon–Sat 08:00–18:00). */
  readonly attendingNow: boolean;
  /** When attended hours start next; null while attending (or without a contract). */
  readonly nextOpeningAt: Instant | null;
  /** 7x24 out of attended hours: only high impact, reported by phone (SPEC §3). */
  readonly highImpactByPhoneOnly: boolean;
  /** The level table in force, in business minutes of the ticket's calendar. */
  readonly levels: Readonly<Record<Impact, LevelTerms>>;
}

/** Which calendar says whether the center "attends" a contract now. */
function attendedCalendar(calendars: ContractCalendars, modality: Modality): BusinessCalendar {
  return calendars.get(modality === '7x24' ? '7x24-attended' : modality);
}

/** The impact levels a contract's services allow (SPEC §4). */
export function impactsAllowed(services: readonly Service[]): Impact[] {
  const change = services.includes('managed') || services.includes('administration');
  return change ? ['high', 'medium', 'low', 'change'] : ['high', 'medium', 'low'];
}

export class AttentionService {
  constructor(
    private readonly clock: Clock,
    private readonly organizations: OrganizationService,
    private readonly policy: SlaPolicyCache,
  ) {}

  /** The attention state for the actor's organization now. */
  async now(actor: Actor): Promise<Attention> {
    const now = this.clock.now();
    const policy = await this.policy.current();
    const none: Attention = {
      now,
      contract: null,
      attendingNow: false,
      nextOpeningAt: null,
      highImpactByPhoneOnly: false,
      levels: policy.levels,
    };
    if (isStaff(actor) || actor.organizationId === null) return none;
    const [organization, contract] = await Promise.all([
      this.organizations.get(actor, actor.organizationId),
      this.organizations.activeContract(actor.organizationId),
    ]);
    if (contract === null) return none;
    const calendar = attendedCalendar(policy.calendars, contract.modality);
    const attendingNow = calendar.isOpen(now);
    return {
      now,
      contract: {
        organizationName: organization.name,
        modality: contract.modality,
        services: contract.services,
        onSiteCity: contract.onSiteCity,
        coveredPlatforms: contract.coveredPlatforms,
        validTo: contract.validTo,
        impacts: impactsAllowed(contract.services),
      },
      attendingNow,
      nextOpeningAt: attendingNow ? null : calendar.nextOpening(now),
      highImpactByPhoneOnly: contract.modality === '7x24' && !attendingNow,
      levels: policy.levels,
    };
  }
}
