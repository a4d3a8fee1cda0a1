/** Response schema of /mail-settings. */

import { Type } from '@fastify/type-provider-typebox';
import { closedObject, nullable } from '../../schemas.js';

export const MailSettingsView = closedObject({
  destination: Type.Union([
    closedObject({
      kind: Type.Literal('smtp'),
      host: nullable(Type.String()),
      port: nullable(Type.Integer()),
      secure: Type.Boolean({ description: 'smtps:// (TLS from the start).' }),
      user: nullable(Type.String({ description: 'Masked: its first two characters and •••.' })),
      passwordSet: Type.Boolean(),
    }),
    closedObject({
      kind: Type.Literal('files'),
      directory: nullable(
        Type.String({ description: 'Where the .eml files are written (DATA_DIR/outbox-mail).' }),
      ),
    }),
  ]),
  from: Type.String({ description: 'MAIL_FROM.' }),
  replyAddress: Type.String({ description: 'MAIL_REPLY_ADDRESS.' }),
  publicUrl: Type.String({ description: 'MESA_PUBLIC_URL: the base of the links in e-mails.' }),
});
