/**
 * The outbound mail settings in effect, as admins may see them (issue 5): where e-mail goes
 * (an SMTP server, or `.eml` files when SMTP_URL is unset), From and the reply address. They
 * come from the environment, so the view is read-only; the SMTP credentials are masked.
 */

import type { Actor } from '../actor.js';
import { requireAdmin } from '../settings/require-admin.js';
import type { MailConfig } from './mail-config.js';

/** Where outbound e-mail goes. */
export type MailDestination =
  | {
      readonly kind: 'smtp';
      /** Null (with port) when the transport does not say (tests' own transports). */
      readonly host: string | null;
      readonly port: number | null;
      /** smtps:// (TLS from the first byte); smtp:// may still upgrade with STARTTLS. */
      readonly secure: boolean;
      /** The user name, masked (its first two characters); null without credentials. */
      readonly user: string | null;
      readonly passwordSet: boolean;
    }
  | {
      readonly kind: 'files';
      /** The folder the `.eml` files are written to; null when the transport does not say. */
      readonly directory: string | null;
    };

export interface MailSettings {
  readonly destination: MailDestination;
  readonly from: string;
  readonly replyAddress: string;
  readonly publicUrl: string;
}

/** A secret shown only by its start: enough to tell which account, useless to sign in. */
export function maskSecret(value: string): string {
  return `${[...value].slice(0, 2).join('')}•••`;
}

/** How an SMTP_URL reads for admins, credentials masked. */
export function smtpDestination(smtpUrl: string): MailDestination {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  const user = decodeURIComponent(url.username);
  return {
    kind: 'smtp',
    host: url.hostname,
    // The same defaults as the transport (mail/outbound/smtp-transport.ts).
    port: url.port === '' ? (secure ? 465 : 587) : Number(url.port),
    secure,
    user: user === '' ? null : maskSecret(user),
    passwordSet: url.password !== '',
  };
}

export class MailSettingsView {
  constructor(
    private readonly config: MailConfig,
    private readonly destination: MailDestination,
  ) {}

  /** The settings in effect (admins). */
  get(actor: Actor): MailSettings {
    requireAdmin(actor);
    return {
      destination: this.destination,
      from: this.config.from,
      replyAddress: this.config.replyAddress,
      publicUrl: this.config.publicUrl,
    };
  }
}
