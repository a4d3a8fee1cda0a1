/** Organization and contract views of the API. */

import type { Organization } from '../../../app/identity/organization.js';
import type { ListedContract } from '../../../app/identity/organization.service.js';
import { instantText } from '../../present.js';

/** An organization as the API shows it. */
export function presentOrganization(organization: Organization) {
  return {
    id: organization.id,
    name: organization.name,
    createdAt: instantText(organization.createdAt),
    updatedAt: instantText(organization.updatedAt),
  };
}

/** A contract as the API shows it. */
export function presentContract(contract: ListedContract) {
  return {
    id: contract.id,
    organizationId: contract.organizationId,
    modality: contract.modality,
    services: [...contract.services],
    onSite: contract.onSiteCity === null ? null : { city: contract.onSiteCity },
    coveredPlatforms: [...contract.coveredPlatforms],
    validFrom: contract.validFrom,
    validTo: contract.validTo,
    active: contract.active,
    createdAt: instantText(contract.createdAt),
  };
}
