/** The user view of the API (also embedded by /auth/login and /me). */

import type { User } from '../../../app/identity/user.js';
import { instantText } from '../../present.js';
import type { UserView } from './schemas.js';

/** A user as the API shows it. */
export function presentUser(user: User): UserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    organizationId: user.organizationId,
    active: user.active,
    language: user.language,
    createdAt: instantText(user.createdAt),
    updatedAt: instantText(user.updatedAt),
  };
}
