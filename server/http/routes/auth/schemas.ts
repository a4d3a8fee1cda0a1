/** Request and response schemas of /auth. */

import { Type } from '@fastify/type-provider-typebox';
import { PASSWORD_MAX_LENGTH } from '../../../app/identity/user.js';
import { closedObject } from '../../schemas.js';
import { UserView } from '../users/schemas.js';

export const LoginBody = closedObject({
  email: Type.String({ maxLength: 254, examples: ['admin@example.com'] }),
  password: Type.String({ maxLength: PASSWORD_MAX_LENGTH }),
});

export const LoginResult = closedObject({
  user: UserView,
  csrfToken: Type.String({
    description: 'Send it as the x-csrf-token header on every POST, PUT, PATCH and DELETE.',
  }),
});
