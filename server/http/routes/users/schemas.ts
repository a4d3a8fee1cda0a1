/** Request and response schemas of /users, and the user view other resources embed. */

import { type Static, Type } from '@fastify/type-provider-typebox';
import { ROLES } from '../../../app/actor.js';
import { PASSWORD_MAX_LENGTH } from '../../../app/identity/user.js';
import {
  closedObject,
  InstantText,
  nullable,
  pageQueryProperties,
  stringEnum,
} from '../../schemas.js';

const Language = stringEnum(['es', 'en'] as const, 'Language of messages and e-mails.');

const roleDescription = `One of ${ROLES.join(', ')}.`;

/** A user as the API shows it (never its password hash). */
export const UserView = closedObject({
  id: Type.String(),
  email: Type.String({ format: 'email' }),
  name: Type.String(),
  role: stringEnum(ROLES),
  organizationId: nullable(Type.String()),
  active: Type.Boolean(),
  language: Language,
  createdAt: InstantText,
  updatedAt: InstantText,
});
export type UserView = Static<typeof UserView>;

export const CreateUserBody = closedObject({
  email: Type.String({ maxLength: 254, examples: ['ana@example.com'] }),
  name: Type.String({ maxLength: 200 }),
  password: Type.String({
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'At least 12 characters (WEAK_PASSWORD otherwise).',
  }),
  role: Type.String({ maxLength: 40, description: roleDescription }),
  organizationId: Type.Optional(
    nullable(
      Type.String({
        maxLength: 100,
        description: 'Required for customer and customer_admin; absent for staff.',
      }),
    ),
  ),
  language: Type.Optional(Language),
});

export const UpdateUserBody = Type.Object(
  {
    name: Type.Optional(Type.String({ maxLength: 200 })),
    role: Type.Optional(Type.String({ maxLength: 40, description: roleDescription })),
    active: Type.Optional(
      Type.Boolean({ description: 'false signs the user out and revokes its API tokens.' }),
    ),
    language: Type.Optional(Language),
    password: Type.Optional(
      Type.String({ maxLength: PASSWORD_MAX_LENGTH, description: 'Signs the user out.' }),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const UserListQuery = closedObject({
  ...pageQueryProperties,
  organizationId: Type.Optional(Type.String({ maxLength: 100 })),
  role: Type.Optional(Type.String({ maxLength: 40, description: roleDescription })),
});
