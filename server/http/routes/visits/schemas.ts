/** Request and response schemas of /visits. */

import { Type } from '@fastify/type-provider-typebox';
import { MAX_VISIT_TEXT } from '../../../app/onsite/visit.service.js';
import { VISIT_STATUSES } from '../../../domain/maintenance/visit-lifecycle.js';
import {
  closedObject,
  InstantText,
  nullable,
  pageQueryProperties,
  pageSchema,
  stringEnum,
} from '../../schemas.js';

const Id = Type.String({ maxLength: 64, description: 'Identifier (UUID).' });
const Status = stringEnum(VISIT_STATUSES);

export const ScheduleVisitBody = closedObject({
  ticketId: Id,
  technicianId: Type.String({
    maxLength: 64,
    description: 'An active agent, supervisor or admin.',
  }),
  reason: Type.String({
    minLength: 1,
    maxLength: MAX_VISIT_TEXT,
    description: 'Why the case could not be solved remotely.',
    examples: ['El equipo no enciende y no hay acceso remoto.'],
  }),
  plannedArrivalAt: Type.Optional(
    Type.String({
      maxLength: 40,
      description:
        'The arrival agreed with the customer (ISO 8601 with an offset), from now to 31 days ' +
        'ahead; absent, now plus the city’s travel time.',
      examples: ['2026-03-17T09:00:00-05:00'],
    }),
  ),
});

export const ProposalQuery = closedObject({ ticketId: Id });

export const VisitProposalView = closedObject({
  onSite: Type.Boolean({ description: 'The ticket’s contract includes on-site support.' }),
  city: nullable(Type.String({ description: 'The contract’s on-site city.' })),
  travelMinutes: nullable(Type.Integer()),
  travelTimeExample: Type.Boolean({ description: 'The travel time is a shipped example.' }),
  plannedArrivalAt: nullable(InstantText),
});

export const CompleteVisitBody = closedObject({
  outcome: Type.Optional(
    Type.String({ maxLength: MAX_VISIT_TEXT, description: 'What the technician did.' }),
  ),
});

export const CancelVisitBody = closedObject({
  reason: Type.Optional(Type.String({ maxLength: MAX_VISIT_TEXT })),
});

export const VisitsQuery = closedObject({
  ticketId: Type.Optional(Id),
  organizationId: Type.Optional(Id),
  technicianId: Type.Optional(Type.String({ maxLength: 64, description: 'A user id, or `me`.' })),
  status: Type.Optional(Type.Union([Status, Type.Array(Status, { maxItems: 5 })])),
  ...pageQueryProperties,
});

export const VisitView = closedObject({
  id: Type.String(),
  ticketId: Type.String(),
  ticketNumber: Type.String(),
  organizationId: Type.String(),
  technician: closedObject({ id: Type.String(), name: Type.String() }),
  reason: Type.String(),
  city: Type.String({ description: 'The contract’s on-site city.' }),
  travelMinutes: Type.Integer({ description: 'The city’s travel time when scheduled.' }),
  travelTimeExample: Type.Boolean({
    description: 'That travel time was a shipped example, not the center’s own value.',
  }),
  status: Status,
  scheduledBy: nullable(Type.String()),
  scheduledAt: InstantText,
  plannedArrivalAt: InstantText,
  departedAt: nullable(InstantText),
  arrivedAt: nullable(InstantText),
  completedAt: nullable(InstantText),
  cancelledAt: nullable(InstantText),
  outcome: nullable(Type.String()),
  cancelReason: nullable(Type.String()),
  updatedAt: InstantText,
});

export const VisitList = pageSchema(VisitView);
