/**
 * OutgoingMail → nodemailer's message options: one place that decides the headers, shared by
 * the SMTP transport and the `.eml` writer so both produce the same message.
 */

import type Mail from 'nodemailer/lib/mailer/index.js';
import type { OutgoingMail } from '../../app/notifications/mail-transport.js';

export function mailOptionsOf(mail: OutgoingMail): Mail.Options {
  const [inReplyTo] = mail.references;
  return {
    messageId: mail.messageId,
    from: mail.from,
    // nodemailer encodes the name and refuses line breaks in addresses (header injection).
    to: { name: mail.to.name, address: mail.to.address },
    ...(mail.replyTo === null ? {} : { replyTo: mail.replyTo }),
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    ...(inReplyTo === undefined ? {} : { inReplyTo, references: [...mail.references] }),
    headers: { ...mail.headers },
  };
}
