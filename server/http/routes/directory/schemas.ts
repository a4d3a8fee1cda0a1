/** Response schemas of /directory. */

import { Type } from '@fastify/type-provider-typebox';
import { closedObject, nullable } from '../../schemas.js';

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
