/**
 * What inbound e-mail writes in mesa's own words: the internal note about files that were not
 * kept, stand-ins for an empty subject or text, and the explanation of each review or ignore
 * reason shown to agents. Spanish (es-CO) first, English available. Plain text, never HTML.
 */

import type { Language } from '../../domain/errors.js';

/** Why one attached file did not make it onto the ticket. */
export type NotKeptWhy = 'too_large' | 'type_not_allowed' | 'ticket_closed';

/** A file of a message that was not attached to the ticket. */
export interface NotKeptFile {
  readonly fileName: string;
  readonly size: number;
  readonly contentType: string;
  readonly why: NotKeptWhy;
}

const LOCALES: Record<Language, string> = { es: 'es-CO', en: 'en-US' };

function mebibytes(bytes: number, language: Language): string {
  const value = new Intl.NumberFormat(LOCALES[language], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(bytes / (1024 * 1024));
  return `${value} MiB`;
}

const words = {
  es: {
    noSubject: '(Sin asunto)',
    onlyFiles: '(Correo sin texto; vea los archivos adjuntos.)',
    intro: (sender: string, subject: string) =>
      `Un correo de ${sender}${subject === '' ? '' : ` («${subject}»)`} traía archivos que no se adjuntaron al caso:`,
    why: (file: NotKeptFile, limit: string) =>
      file.why === 'too_large'
        ? `supera el límite de ${limit} por archivo`
        : file.why === 'type_not_allowed'
          ? `el tipo ${file.contentType} no está permitido`
          : 'el caso está cerrado',
    outro: (inboundId: string) =>
      'No se envió ningún rechazo al remitente; si el archivo hace falta, pídalo por otro medio. ' +
      `El correo original completo está en el registro de correo entrante (${inboundId}).`,
  },
  en: {
    noSubject: '(No subject)',
    onlyFiles: '(E-mail without text; see the attached files.)',
    intro: (sender: string, subject: string) =>
      `An e-mail from ${sender}${subject === '' ? '' : ` ("${subject}")`} carried files that were not attached to the ticket:`,
    why: (file: NotKeptFile, limit: string) =>
      file.why === 'too_large'
        ? `it exceeds the limit of ${limit} per file`
        : file.why === 'type_not_allowed'
          ? `the type ${file.contentType} is not allowed`
          : 'the ticket is closed',
    outro: (inboundId: string) =>
      'No bounce was sent to the sender; if the file is needed, ask for it another way. ' +
      `The complete original e-mail is in the inbound mail log (${inboundId}).`,
  },
} as const;

/** The stand-in subject of a ticket opened from a message without one. */
export function noSubjectText(language: Language): string {
  return words[language].noSubject;
}

/** The text of a message that carried only files. */
export function onlyFilesText(language: Language): string {
  return words[language].onlyFiles;
}

/** The internal note telling the agent which files of an e-mail were not kept, and why. */
export function notKeptNote(
  language: Language,
  mail: { readonly sender: string; readonly subject: string; readonly inboundId: string },
  files: readonly NotKeptFile[],
  limitBytes: number,
): string {
  const w = words[language];
  const limit = mebibytes(limitBytes, language);
  const lines = files.map(
    (file) => `- ${file.fileName} (${mebibytes(file.size, language)}): ${w.why(file, limit)}.`,
  );
  return [w.intro(mail.sender, mail.subject), ...lines, '', w.outro(mail.inboundId)].join('\n');
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

const explanations: Record<
  Language,
  Readonly<Record<string, (details: Readonly<Record<string, unknown>>) => string>>
> = {
  es: {
    malformed: () => 'No es un correo legible (sin encabezados o con una estructura MIME rota).',
    unknown_sender: (d) =>
      `El remitente ${text(d.sender) || '(sin dirección)'} no es usuario de mesa; un remitente desconocido nunca abre casos.`,
    inactive_sender: (d) => `La cuenta de ${text(d.sender)} está desactivada.`,
    no_reply_token: (d) =>
      d.ticketNumber
        ? `Menciona el caso ${text(d.ticketNumber)} pero no trae un token de respuesta válido, así que nada prueba que responda a un correo de mesa.`
        : 'Responde a un caso pero no trae un token de respuesta válido.',
    unknown_token: () => 'Se envió a una dirección de respuesta cuyo token no es de ningún caso.',
    sender_not_in_organization: (d) =>
      `El caso ${text(d.ticketNumber)} es de otra organización que la del remitente; no se adjuntó.`,
    staff_without_ticket: () =>
      'Lo escribió alguien del Centro de Servicios sin la dirección de respuesta de un caso.',
    empty_message: () => 'No trae texto ni archivos.',
    no_active_contract: () => 'La organización del remitente no tiene un contrato vigente.',
    ticket_refused: (d) => `El caso rechazó el mensaje (${text(d.code)}).`,
    null_reverse_path: () => 'Remitente de sobre vacío (<>): un aviso de entrega o rebote.',
    own_address: () => 'Viene de la propia dirección de respuesta de mesa (un bucle).',
  },
  en: {
    malformed: () => 'Not readable mail (no header fields, or a broken MIME structure).',
    unknown_sender: (d) =>
      `The sender ${text(d.sender) || '(no address)'} is no mesa user; unknown senders never open tickets.`,
    inactive_sender: (d) => `The account of ${text(d.sender)} is deactivated.`,
    no_reply_token: (d) =>
      d.ticketNumber
        ? `It names ticket ${text(d.ticketNumber)} but carries no valid reply token, so nothing proves it answers an e-mail from mesa.`
        : 'It answers a ticket but carries no valid reply token.',
    unknown_token: () => 'It was sent to a reply address whose token belongs to no ticket.',
    sender_not_in_organization: (d) =>
      `Ticket ${text(d.ticketNumber)} belongs to another organization than the sender's; it was not attached.`,
    staff_without_ticket: () =>
      'A member of the service center wrote it without a ticket’s reply address.',
    empty_message: () => 'It has neither text nor files.',
    no_active_contract: () => 'The sender’s organization has no contract in force.',
    ticket_refused: (d) => `The ticket refused the message (${text(d.code)}).`,
    null_reverse_path: () => 'Empty envelope sender (<>): a delivery report or bounce.',
    own_address: () => 'It comes from mesa’s own reply address (a loop).',
  },
};

const automatic: Record<Language, string> = {
  es: 'Enviado por una máquina (respuesta automática, rebote o lista): nunca abre casos ni recibe respuesta.',
  en: 'Sent by a machine (auto-reply, bounce or list): it never opens tickets nor gets an answer.',
};

/** An agent-readable explanation of a review or ignore reason, or null when there is none. */
export function explainReason(
  reason: string | null,
  details: Readonly<Record<string, unknown>>,
  language: Language,
  ignored: boolean,
): string | null {
  if (reason === null) return null;
  const explain = explanations[language][reason];
  if (explain !== undefined) return explain(details);
  return ignored ? automatic[language] : null;
}
