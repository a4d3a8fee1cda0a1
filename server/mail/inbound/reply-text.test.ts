import { describe, expect, it } from 'vitest';
import { extractReplyText, normalizeMailText } from './reply-text.js';

const lines = (...text: string[]) => text.join('\n');

describe('extractReplyText', () => {
  it.each<[string, string, string]>([
    [
      'Gmail in Spanish, top-posted',
      lines(
        'Buenos días, ya reinicié el equipo y sigue sin conexión.',
        '',
        'El lun, 16 mar 2026 a las 10:00, Mesa de Servicios <soporte@mesa.example> escribió:',
        '> Por favor reinicie el equipo y confirme.',
        '>',
        '> Cordialmente,',
        '> Mesa de Servicios',
      ),
      'Buenos días, ya reinicié el equipo y sigue sin conexión.',
    ],
    [
      'Gmail in English with the attribution wrapped over two lines',
      lines(
        'The router is back online, thanks.',
        '',
        'On Mon, Mar 16, 2026 at 10:00 AM Mesa de Servicios Open Group <',
        'soporte@mesa.example> wrote:',
        '',
        '> Please restart the router.',
      ),
      'The router is back online, thanks.',
    ],
    [
      'Gmail in Spanish with the address in parentheses, wrapped',
      lines(
        'Adjunto la captura del error.',
        '',
        'El lun, 16 mar 2026 a las 10:00, Ana María Pérez Rodríguez (<',
        'ana.perez@cliente.example>) escribió:',
        '> ¿Podría enviar una captura?',
      ),
      'Adjunto la captura del error.',
    ],
    [
      'Apple Mail in English',
      lines(
        'Done.',
        '',
        'Sent from my iPhone',
        '',
        '> On 16 Mar 2026, at 10:00, Mesa <soporte@mesa.example> wrote:',
        '> ',
        '> Please confirm.',
      ),
      'Done.',
    ],
    [
      'Apple Mail in Spanish with "Enviado desde mi iPhone"',
      lines(
        'Listo, ya funciona.',
        '',
        'Enviado desde mi iPhone',
        '',
        'El 16 mar 2026, a las 10:00, Mesa <soporte@mesa.example> escribió:',
        '',
        '> Confirme por favor.',
      ),
      'Listo, ya funciona.',
    ],
    [
      'Outlook desktop in Spanish (header block, no quote marks)',
      lines(
        'Gracias, quedo atento.',
        '',
        'Carlos Gómez',
        'Jefe de TI',
        '',
        'De: Mesa de Servicios <soporte@mesa.example>',
        'Enviado: lunes, 16 de marzo de 2026 10:00',
        'Para: Carlos Gómez <carlos@cliente.example>',
        'Asunto: [OG-2026-000123] Falla en el enlace',
        '',
        'Buenos días, el técnico llegará a las 2 p. m.',
      ),
      lines('Gracias, quedo atento.', '', 'Carlos Gómez', 'Jefe de TI'),
    ],
    [
      'Outlook in Spanish with "Enviado el:" and a rule of underscores',
      lines(
        'Confirmo la visita.',
        '________________________________',
        'De: Mesa de Servicios <soporte@mesa.example>',
        'Enviado el: lunes, 16 de marzo de 2026 10:00 a. m.',
        'Para: Carlos <carlos@cliente.example>',
        'Asunto: Visita técnica',
      ),
      'Confirmo la visita.',
    ],
    [
      'Outlook in English (From/Sent/To/Subject)',
      lines(
        'Works now.',
        '',
        'From: Mesa <soporte@mesa.example>',
        'Sent: Monday, March 16, 2026 10:00 AM',
        'To: Carl <carl@customer.example>',
        'Subject: RE: [OG-2026-000123] Link down',
        '',
        'Hello,',
      ),
      'Works now.',
    ],
    [
      'Outlook converted from HTML with bold labels',
      lines(
        'Recibido.',
        '',
        '*De:* Mesa <soporte@mesa.example>',
        '*Enviado:* lunes, 16 de marzo de 2026 10:00',
        '*Para:* Carlos',
        '*Asunto:* Visita',
      ),
      'Recibido.',
    ],
    [
      'an Outlook "-----Mensaje original-----" separator',
      lines('Sí, autorizo el cambio.', '', '-----Mensaje original-----', 'De: Mesa', 'Texto'),
      'Sí, autorizo el cambio.',
    ],
    [
      'an "-----Original Message-----" separator',
      lines('Approved.', '-----Original Message-----', 'From: Mesa'),
      'Approved.',
    ],
    [
      'a Gmail forward separator',
      lines(
        'Les reenvío el correo del proveedor.',
        '',
        '---------- Forwarded message ---------',
        'De: Proveedor <noc@proveedor.example>',
      ),
      'Les reenvío el correo del proveedor.',
    ],
    [
      'a "-- " signature',
      lines(
        'Sigue fallando.',
        '',
        '-- ',
        'Laura Ruiz',
        'Analista | Cliente S.A.',
        'Tel. 601 555 0000',
      ),
      'Sigue fallando.',
    ],
    [
      'a "--" signature whose trailing space was lost',
      lines('Sigue fallando.', '--', 'Laura Ruiz'),
      'Sigue fallando.',
    ],
    [
      '"Get Outlook for Android"',
      lines('Ok, mañana lo reviso.', '', 'Get Outlook for Android'),
      'Ok, mañana lo reviso.',
    ],
    [
      '"Obtener Outlook para iOS"',
      lines(
        'Confirmado.',
        '',
        'Obtener Outlook para iOS',
        '________________________________',
        'De: Mesa',
      ),
      'Confirmado.',
    ],
    [
      '"Enviado desde mi teléfono Huawei"',
      lines('Ya llegó el técnico.', 'Enviado desde mi teléfono Huawei'),
      'Ya llegó el técnico.',
    ],
    [
      'bottom-posting: the answer after the quote is kept',
      lines(
        'On Mon, Mar 16, 2026 at 10:00 AM Mesa <soporte@mesa.example> wrote:',
        '> Does the equipment power on?',
        '',
        'Yes, all the lights are green.',
      ),
      'Yes, all the lights are green.',
    ],
    [
      'inline answers between quoted questions',
      lines('> ¿El equipo enciende?', 'Sí.', '> ¿Responde a ping?', 'No, se pierde el 100 %.'),
      lines('Sí.', 'No, se pierde el 100 %.'),
    ],
    [
      'quoted lines indented with spaces',
      lines('Respuesta.', '  > citado', '  >> más citado'),
      'Respuesta.',
    ],
    [
      'older Gmail attribution with an ISO date',
      lines('Listo.', '', '2026-03-16 10:00 GMT-05:00 Mesa <soporte@mesa.example>:', '> Hola'),
      'Listo.',
    ],
    [
      'CRLF line endings and trailing spaces',
      'Hola   \r\nsegunda línea\t\r\n\r\n\r\n\r\nfin  \r\n\r\n> cita\r\n',
      'Hola\nsegunda línea\n\nfin',
    ],
    ['old Mac CR line endings', 'uno\rdos\r> tres', 'uno\ndos'],
  ])('trims %s', (_case, text, expected) => {
    expect(extractReplyText(text)).toBe(expected);
  });

  it.each<[string, string]>([
    [
      'prose that starts with "On" and has no date',
      'On the other hand, the printer wrote: error 42',
    ],
    [
      'an "El … escribió:" sentence without a date',
      'El técnico escribió: "cambiar el disco".\nQuedo atento.',
    ],
    [
      'a "De:" line without an Outlook header block',
      'De: parte de Juan, el equipo ya enciende.\nGracias',
    ],
    [
      '"Enviado desde mi casa" (not a device)',
      'Enviado desde mi casa porque la oficina no tiene luz.',
    ],
    ['a line of underscores of the customer’s own', 'Resumen\n____________\nTodo bien'],
    ['a double dash inside a sentence', 'El valor es -- según el manual -- 42'],
  ])('keeps %s', (_case, text) => {
    expect(extractReplyText(text)).toBe(text);
  });

  it.each<[string, string, string]>([
    ['only quoted text', '> Por favor confirme.\n> Gracias', '> Por favor confirme.\n> Gracias'],
    [
      'only an attribution and a quote',
      'El lun, 16 mar 2026 a las 10:00, Mesa <soporte@mesa.example> escribió:\n> Hola\n',
      'El lun, 16 mar 2026 a las 10:00, Mesa <soporte@mesa.example> escribió:\n> Hola',
    ],
    ['only a signature (its trailing space trimmed)', '\n-- \nLaura Ruiz\n', '--\nLaura Ruiz'],
    [
      'a forwarded message with nothing above',
      '---------- Forwarded message ---------\nDe: X\n\nTexto',
      '---------- Forwarded message ---------\nDe: X\n\nTexto',
    ],
  ])(
    'returns the whole text, trimmed, when the reply would be empty: %s',
    (_case, text, expected) => {
      expect(extractReplyText(text)).toBe(expected);
    },
  );

  it('returns an empty string for a blank message', () => {
    expect(extractReplyText(' \r\n\t\n')).toBe('');
  });
});

describe('normalizeMailText', () => {
  it('turns CRLF and CR into LF and drops trailing whitespace', () => {
    expect(normalizeMailText('a \r\nb\t\rc')).toBe('a\nb\nc');
  });
});
