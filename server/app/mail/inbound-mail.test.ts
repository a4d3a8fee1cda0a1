/** The pure rules of inbound e-mail: subjects, text limits, thread ids, our own address, notes. */

import { describe, expect, it } from 'vitest';
import {
  clampText,
  ignoreReasonOf,
  isOwnAddress,
  ticketIdInThreadId,
  ticketSubjectOf,
} from './inbound-mail.js';
import { explainReason, notKeptNote } from './inbound-mail-texts.js';

describe('ticketSubjectOf', () => {
  it.each([
    ['RE: RV: Fwd: Servidor caído', 'Servidor caído'],
    ['re[2]: AW: WG: TR: red lenta', 'red lenta'],
    ['ENC: RES: Impresora', 'Impresora'],
    ['Reunión: agenda', 'Reunión: agenda'],
    ['   ', '(Sin asunto)'],
    ['RE:', '(Sin asunto)'],
  ])('%j → %j', (subject, expected) => {
    expect(ticketSubjectOf(subject, '(Sin asunto)')).toBe(expected);
  });

  it('holds a subject to the portal’s 200 characters', () => {
    const subject = ticketSubjectOf('ñ'.repeat(300), '-');
    expect([...subject]).toHaveLength(200);
    expect(subject.endsWith('…')).toBe(true);
  });
});

describe('clampText', () => {
  it('keeps text within the limit and cuts longer text with an ellipsis, by characters', () => {
    expect(clampText('hola', 4)).toBe('hola');
    expect(clampText('hola mundo', 6)).toBe('hola…');
    expect(clampText('😀😀😀', 2)).toBe('😀…');
  });
});

describe('ticketIdInThreadId', () => {
  const id = '0190f5a4-1234-7abc-8def-0123456789ab';
  it('reads the ticket id of our thread root, only at our domain', () => {
    expect(ticketIdInThreadId(`<ticket-${id}@mesa.localhost>`, 'mesa.localhost')).toBe(id);
    expect(ticketIdInThreadId(`<ticket-${id}@MESA.localhost>`, 'mesa.localhost')).toBe(id);
    expect(ticketIdInThreadId(`<ticket-${id}@otro.example>`, 'mesa.localhost')).toBeNull();
    expect(ticketIdInThreadId(`<${id}@mesa.localhost>`, 'mesa.localhost')).toBeNull();
    expect(ticketIdInThreadId('<ticket-no-es-un-id@mesa.localhost>', 'mesa.localhost')).toBeNull();
  });
});

describe('isOwnAddress', () => {
  it('recognises the reply address and its +token forms, whatever the case', () => {
    expect(isOwnAddress('soporte@mesa.example', 'soporte@mesa.example')).toBe(true);
    expect(isOwnAddress('SOPORTE+abc@Mesa.Example', 'soporte@mesa.example')).toBe(true);
    expect(isOwnAddress('soporte2@mesa.example', 'soporte@mesa.example')).toBe(false);
    expect(isOwnAddress('soporte@cliente.example', 'soporte@mesa.example')).toBe(false);
    expect(isOwnAddress('ana@mesa.example', 'soporte@mesa.example')).toBe(false);
  });
});

describe('ignoreReasonOf', () => {
  it('stores auto-reply reasons in snake case', () => {
    expect(ignoreReasonOf('auto-submitted')).toBe('auto_submitted');
    expect(ignoreReasonOf('null-return-path')).toBe('null_return_path');
    expect(ignoreReasonOf('precedence')).toBe('precedence');
  });
});

describe('notKeptNote', () => {
  const files = [
    { fileName: 'disco.iso', size: 11 * 1024 * 1024, contentType: '', why: 'too_large' as const },
    {
      fileName: 'a.exe',
      size: 2048,
      contentType: 'application/x-msdownload',
      why: 'type_not_allowed' as const,
    },
    { fileName: 'foto.png', size: 512, contentType: 'image/png', why: 'ticket_closed' as const },
  ];
  const mail = { sender: 'ana@cliente.example', subject: 'Volcado', inboundId: 'id-1' };

  it('lists each file and why, politely, in Spanish', () => {
    expect(notKeptNote('es', mail, files, 10 * 1024 * 1024)).toBe(
      [
        'Un correo de ana@cliente.example («Volcado») traía archivos que no se adjuntaron al caso:',
        '- disco.iso (11,0 MiB): supera el límite de 10,0 MiB por archivo.',
        '- a.exe (0,0 MiB): el tipo application/x-msdownload no está permitido.',
        '- foto.png (0,0 MiB): el caso está cerrado.',
        '',
        'No se envió ningún rechazo al remitente; si el archivo hace falta, pídalo por otro medio. ' +
          'El correo original completo está en el registro de correo entrante (id-1).',
      ].join('\n'),
    );
  });

  it('and in English', () => {
    const note = notKeptNote('en', { ...mail, subject: '' }, files.slice(0, 1), 10 * 1024 * 1024);
    expect(note).toContain('An e-mail from ana@cliente.example carried files');
    expect(note).toContain('- disco.iso (11.0 MiB): it exceeds the limit of 10.0 MiB per file.');
  });
});

describe('explainReason', () => {
  it('explains review reasons with their details, and automatic mail in general', () => {
    expect(
      explainReason('no_reply_token', { ticketNumber: 'OG-2026-000123' }, 'es', false),
    ).toContain('Menciona el caso OG-2026-000123 pero no trae un token de respuesta válido');
    expect(explainReason('sender_not_in_organization', { ticketNumber: 'X' }, 'en', false)).toBe(
      "Ticket X belongs to another organization than the sender's; it was not attached.",
    );
    expect(explainReason('auto_submitted', {}, 'es', true)).toContain('Enviado por una máquina');
    expect(explainReason(null, {}, 'es', false)).toBeNull();
  });
});
