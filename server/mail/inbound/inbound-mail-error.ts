/**
 * The errors of inbound e-mail's protocol and parsing side, coded like the other catalogues
 * (domain/coded-error.ts). They never reach an HTTP client: the SMTP listener and the use case
 * that files mail into tickets log them and decide what to do with the message.
 */

import { CodedError, type Messages } from '../../domain/coded-error.js';

/** Why a message is not mail at all. */
export type MalformedMailReason = 'empty' | 'no-headers' | 'unparsable';
/** Which part of a reply address is wrong. */
export type ReplyAddressProblem = 'base' | 'token';

const MALFORMED: Readonly<Record<MalformedMailReason, { es: string; en: string }>> = {
  empty: { es: 'está vacío', en: 'it is empty' },
  'no-headers': { es: 'no tiene encabezados', en: 'it has no header fields' },
  unparsable: { es: 'su estructura MIME no se pudo leer', en: 'its MIME structure is unreadable' },
};

const REPLY_ADDRESS: Readonly<Record<ReplyAddressProblem, { es: string; en: string }>> = {
  base: {
    es: 'la dirección base debe ser de la forma buzon@dominio.tld, sin «+»',
    en: 'the base address must look like mailbox@domain.tld, without "+"',
  },
  token: {
    es: 'el token de respuesta no tiene el formato esperado',
    en: 'the reply token does not have the expected shape',
  },
};

const catalogue = {
  MALFORMED_MAIL: {
    es: (p) =>
      `El mensaje recibido no es un correo electrónico: ${MALFORMED[p.reason as MalformedMailReason].es}.`,
    en: (p) =>
      `The received message is not e-mail: ${MALFORMED[p.reason as MalformedMailReason].en}.`,
  },
  INVALID_REPLY_ADDRESS: {
    es: (p) =>
      `No se puede formar la dirección de respuesta: ${REPLY_ADDRESS[p.problem as ReplyAddressProblem].es}.`,
    en: (p) =>
      `Cannot build the reply address: ${REPLY_ADDRESS[p.problem as ReplyAddressProblem].en}.`,
  },
} satisfies Record<string, Messages>;

export type InboundMailErrorCode = keyof typeof catalogue;

/** A message that cannot be read as mail, or a reply address that cannot be built. */
export class InboundMailError extends CodedError<InboundMailErrorCode> {
  override readonly name = 'InboundMailError';

  private constructor(code: InboundMailErrorCode, params: Record<string, string>, cause?: unknown) {
    super(code, params, catalogue[code]);
    if (cause !== undefined) this.cause = cause;
  }

  /** The input is not mail at all (`cause`: the parser's own error, when there was one). */
  static malformed(reason: MalformedMailReason, cause?: unknown): InboundMailError {
    return new InboundMailError('MALFORMED_MAIL', { reason }, cause);
  }

  /** replyAddress() was handed a base address or token of the wrong shape (a wiring mistake). */
  static invalidReplyAddress(problem: ReplyAddressProblem): InboundMailError {
    return new InboundMailError('INVALID_REPLY_ADDRESS', { problem });
  }
}
