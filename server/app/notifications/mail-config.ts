/** How mesa's e-mails present themselves: sender, reply address, links, Message-ID domain. */

export interface MailConfig {
  /** Base of the links in e-mails, without a trailing slash. */
  readonly publicUrl: string;
  /** The From header, e.g. `Mesa de servicios <soporte@mesa.localhost>`. */
  readonly from: string;
  /** The address replies go to; each ticket's token is added as `local+token@domain`. */
  readonly replyAddress: string;
  /** The right-hand side of the Message-IDs mesa writes. */
  readonly messageIdDomain: string;
}

/** What tests and a fresh install use until the settings say otherwise. */
export const DEFAULT_MAIL_CONFIG: MailConfig = {
  publicUrl: 'http://127.0.0.1:3000',
  from: 'Mesa de servicios <soporte@mesa.localhost>',
  replyAddress: 'soporte@mesa.localhost',
  messageIdDomain: 'mesa.localhost',
};
