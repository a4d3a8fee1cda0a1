/**
 * The content a fresh install is seeded with: demo organizations, users and FAQ, the guide's
 * phone directory and an example travel-time table. Plain typed constants, no database access:
 * the seeder writes them. The organizations and users (with their published DEMO_PASSWORD) are
 * for MESA_DEMO=1 only; the FAQ, directory and travel times are starting content an admin edits.
 */

export { DEMO_FAQ } from './demo-faq.js';
export { DEMO_ORGANIZATIONS } from './demo-organizations.js';
export type {
  CityPhone,
  DemoContract,
  DemoOrganization,
  DemoUser,
  FaqArticle,
  PhoneDirectory,
  TravelTime,
  TravelTimeTable,
  UserRole,
} from './demo-types.js';
export { USER_ROLES } from './demo-types.js';
export { DEMO_PASSWORD, DEMO_USERS } from './demo-users.js';
export { PHONE_DIRECTORY } from './phone-directory.js';
export { TRAVEL_TIMES_EXAMPLE } from './travel-times-example.js';
