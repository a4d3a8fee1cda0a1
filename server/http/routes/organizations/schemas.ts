/** Request and response schemas of /organizations and their contracts. */

import { Type } from '@fastify/type-provider-typebox';
import { MODALITIES, SERVICES } from '../../../domain/sla/contract-terms.js';
import { closedObject, DateText, InstantText, nullable } from '../../schemas.js';

export const OrganizationView = closedObject({
  id: Type.String(),
  name: Type.String(),
  createdAt: InstantText,
  updatedAt: InstantText,
});

export const OrganizationBody = closedObject({
  name: Type.String({ maxLength: 200, examples: ['Acme S.A.S.'] }),
});

const OnSite = closedObject(
  { city: Type.String({ maxLength: 100, examples: ['Cali'] }) },
  { description: 'On-site support is included, for a customer in this city.' },
);

// Modality and services are plain strings here: the domain's parsers check them and answer
// INVALID_MODALITY / INVALID_SERVICE with messages that list the allowed values.
export const ContractBody = closedObject({
  modality: Type.String({ maxLength: 10, description: `One of ${MODALITIES.join(', ')}.` }),
  services: Type.Array(Type.String({ maxLength: 40 }), {
    minItems: 1,
    maxItems: 10,
    description: `Any of ${SERVICES.join(', ')}.`,
  }),
  validFrom: DateText,
  validTo: Type.Optional(nullable(DateText)),
  onSite: Type.Optional(nullable(OnSite)),
  coveredPlatforms: Type.Optional(
    Type.Array(Type.String({ maxLength: 200 }), {
      maxItems: 200,
      description: 'The platforms or equipment the contract covers.',
    }),
  ),
});

export const ContractView = closedObject({
  id: Type.String(),
  organizationId: Type.String(),
  modality: Type.String({ enum: [...MODALITIES] }),
  services: Type.Array(Type.String({ enum: [...SERVICES] })),
  onSite: nullable(OnSite),
  coveredPlatforms: Type.Array(Type.String()),
  validFrom: DateText,
  validTo: nullable(DateText),
  active: Type.Boolean({ description: 'In force today (America/Bogota).' }),
  createdAt: InstantText,
});
