/** Request and response schemas of /calendar. */

import { Type } from '@fastify/type-provider-typebox';
import { closedObject, DateText, stringEnum } from '../../schemas.js';

export const HolidaysQuery = closedObject({
  year: Type.Integer({ description: 'A year from 1984 to 2199.', examples: [2026] }),
});

export const NonWorkingDayView = closedObject({
  date: DateText,
  name: Type.String({ description: 'Spanish name.' }),
  nameEn: Type.String({ description: 'English name.' }),
  kind: stringEnum(['holiday', 'closure'] as const, 'A public holiday, or an admin closure.'),
});

export const HolidayList = closedObject({
  items: Type.Array(NonWorkingDayView),
  nextCursor: Type.Null({ description: 'Always null: a year fits in one page.' }),
});
