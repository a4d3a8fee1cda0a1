/** Request and response schemas of /maintenance-windows. */

import { Type } from '@fastify/type-provider-typebox';
import { MAINTENANCE_WINDOW_STATUSES } from '../../../app/onsite/maintenance-window.js';
import { MODALITIES } from '../../../domain/sla/contract-terms.js';
import { ProblemSchema } from '../../problem-schema.js';
import {
  closedObject,
  InstantText,
  nullable,
  pageQueryProperties,
  pageSchema,
  stringEnum,
} from '../../schemas.js';

const Id = Type.String({ maxLength: 64, description: 'Identifier (UUID).' });
const Status = stringEnum(MAINTENANCE_WINDOW_STATUSES);
const InstantInput = Type.String({
  maxLength: 40,
  description: 'ISO 8601 with an offset.',
  examples: ['2026-03-17T14:00:00-05:00'],
});

export const MaintenanceWindowBody = closedObject({
  organizationId: Type.Optional(
    Type.String({
      maxLength: 64,
      description: 'Required for staff; a customer admin’s own organization when absent.',
    }),
  ),
  equipment: Type.String({
    minLength: 1,
    maxLength: 200,
    description: 'One of the contract’s covered platforms (accents, case and spacing aside).',
    examples: ['Red LAN'],
  }),
  title: Type.String({ minLength: 1, maxLength: 200, examples: ['Actualización de firmware'] }),
  notes: Type.Optional(Type.String({ maxLength: 4000 })),
  startsAt: InstantInput,
  endsAt: InstantInput,
});

export const CancelWindowBody = closedObject({
  reason: Type.Optional(Type.String({ maxLength: 2000 })),
});

export const OutsidePartSchema = closedObject({
  start: InstantText,
  end: InstantText,
  reason: stringEnum([
    'lunch',
    'weekend',
    'non_working_day',
    'holiday',
    'closure',
    'outside_hours',
  ] as const),
  label: Type.String({ description: 'The reason in Spanish, with a holiday’s name.' }),
  labelEn: Type.String(),
});

/** The 422 MAINTENANCE_OUTSIDE_HOURS problem carries the parts outside attention hours. */
export const OutsideHoursProblemSchema = closedObject(
  {
    ...ProblemSchema.properties,
    modality: Type.Optional(
      stringEnum(MODALITIES, 'MAINTENANCE_OUTSIDE_HOURS: the contract’s modality.'),
    ),
    outside: Type.Optional(
      Type.Array(OutsidePartSchema, {
        description: 'MAINTENANCE_OUTSIDE_HOURS: the parts of the window outside the hours.',
      }),
    ),
  },
  { description: 'application/problem+json' },
);

export const WindowCheckView = closedObject({
  ok: Type.Boolean(),
  outside: Type.Array(OutsidePartSchema, { description: 'Empty when ok.' }),
});

export const WindowsQuery = closedObject({
  organizationId: Type.Optional(Id),
  from: Type.Optional(
    Type.String({ maxLength: 40, description: 'Only windows ending after this instant.' }),
  ),
  to: Type.Optional(
    Type.String({ maxLength: 40, description: 'Only windows starting before this instant.' }),
  ),
  status: Type.Optional(Type.Union([Status, Type.Array(Status, { maxItems: 2 })])),
  ...pageQueryProperties,
});

export const FeedQuery = closedObject({
  organizationId: Type.Optional(Id),
});

export const MaintenanceWindowView = closedObject({
  id: Type.String(),
  organizationId: Type.String(),
  organizationName: Type.String(),
  contractId: Type.String(),
  equipment: Type.String({ description: 'As the contract lists it.' }),
  title: Type.String(),
  notes: nullable(Type.String()),
  startsAt: InstantText,
  endsAt: InstantText,
  status: Status,
  requestedBy: nullable(closedObject({ id: Type.String(), name: Type.String() })),
  createdAt: InstantText,
  cancelledAt: nullable(InstantText),
  cancelReason: nullable(Type.String()),
  alertCount: Type.Integer({ description: 'Monitoring alerts recorded on the window.' }),
});

export const WindowAlertView = closedObject({
  id: Type.String(),
  key: Type.String({ description: 'The monitoring system’s key for the alert.' }),
  source: Type.String(),
  equipment: Type.String({ description: 'As the monitoring system named it.' }),
  summary: Type.String(),
  details: nullable(Type.String()),
  receivedAt: InstantText,
});

export const WindowAlertList = closedObject({
  items: Type.Array(WindowAlertView, { description: 'Oldest first.' }),
  nextCursor: Type.Null({ description: 'Always null: a window’s alerts come in one page.' }),
});

export const MaintenanceWindowList = pageSchema(MaintenanceWindowView);
