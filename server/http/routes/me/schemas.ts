/** Response schema of /me. */

import { Type } from '@fastify/type-provider-typebox';
import { closedObject, nullable } from '../../schemas.js';
import { UserView } from '../users/schemas.js';

export const MeView = closedObject({
  user: UserView,
  csrfToken: nullable(
    Type.String({ description: "The session's CSRF token; null for API-token requests." }),
  ),
});
