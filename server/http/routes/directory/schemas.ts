/** Request and response schemas of /directory. */

import { Type } from '@fastify/type-provider-typebox';
import { DIRECTORY_KINDS } from '../../../app/directory/directory.service.js';
import { closedObject, nullable, stringEnum } from '../../schemas.js';

export const DirectoryEntryView = closedObject({
  id: Type.String(),
  kind: Type.String({ description: 'e.g. national, city.' }),
  label: Type.String({ description: 'Spanish label.' }),
  labelEn: nullable(Type.String({ description: 'English label, when it differs.' })),
  phone: Type.String({ examples: ['(+57) 2 486 8080 opción 2'] }),
});

export const DirectoryList = closedObject({
  items: Type.Array(DirectoryEntryView),
  nextCursor: Type.Null({ description: 'Always null: the directory fits in one page.' }),
});

export const DirectoryBody = closedObject({
  entries: Type.Array(
    closedObject({
      kind: stringEnum(DIRECTORY_KINDS, 'national_line (shown first) or city.'),
      label: Type.String({ minLength: 1, maxLength: 120, examples: ['Medellín'] }),
      labelEn: nullable(Type.String({ maxLength: 120 })),
      phone: Type.String({ minLength: 1, maxLength: 60, examples: ['604 0935'] }),
    }),
    {
      minItems: 1,
      maxItems: 200,
      description: 'The whole directory: it replaces the current one, in this order.',
    },
  ),
});
