/** Request and response schemas of /auth/password-reset. */

import { Type } from '@fastify/type-provider-typebox';
import { PASSWORD_MAX_LENGTH } from '../../../app/identity/user.js';
import { closedObject } from '../../schemas.js';

export const ResetRequestBody = closedObject({
  email: Type.String({ maxLength: 254, examples: ['cliente@example.com'] }),
});

export const ResetRequested = closedObject({
  accepted: Type.Literal(true, {
    description:
      'Always true: the answer is the same whether or not the address is an account’s, so it ' +
      'says nothing about who has one.',
  }),
});

export const ResetCompleteBody = closedObject({
  token: Type.String({
    minLength: 1,
    maxLength: 200,
    description: 'The last segment of the e-mailed link /reset-password/{token}.',
  }),
  password: Type.String({ maxLength: PASSWORD_MAX_LENGTH }),
});
