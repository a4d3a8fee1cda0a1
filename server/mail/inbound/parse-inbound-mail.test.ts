import { describe, expect, it } from 'vitest';
import { InboundMailError } from './inbound-mail-error.js';
import { parseInboundMail } from './parse-inbound-mail.js';

const LIMITS = { maxAttachmentBytes: 1024 };

/** A raw message from its lines, with the CRLF line ends of the wire. */
function mime(...lines: string[]): Buffer {
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

describe('parseInboundMail', () => {
  it('reads a multipart/alternative reply with quoted-printable Spanish text', async () => {
    const mail = await parseInboundMail(
      mime(
        'From: =?UTF-8?Q?Ana_Mar=C3=ADa_P=C3=A9rez?= <Ana.Perez@Cliente.Example>',
        'To: Mesa <soporte+abcdefghijklmnopqrstuvwx23@mesa.example>, otro@cliente.example',
        'Cc: Jefe <JEFE@cliente.example>',
        'Subject: =?UTF-8?Q?RE:_[OG-2026-000123]_Falla_en_la_se=C3=B1al?=',
        'Date: Mon, 16 Mar 2026 10:30:00 -0500',
        'Message-ID: <reply-1@cliente.example>',
        'In-Reply-To: <ticket-123-1@mesa.example>',
        'References: <ticket-123-0@mesa.example>',
        ' <ticket-123-1@mesa.example>',
        'MIME-Version: 1.0',
        'Content-Type: multipart/alternative; boundary="alt"',
        '',
        '--alt',
        'Content-Type: text/plain; charset=UTF-8',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        'Ya reinici=C3=A9 el equipo y la se=C3=B1al volvi=C3=B3.',
        '',
        'El lun, 16 mar 2026 a las 10:00, Mesa <soporte@mesa.example> escribi=C3=B3:',
        '> =C2=BFPodr=C3=ADa reiniciar el equipo?',
        '--alt',
        'Content-Type: text/html; charset=UTF-8',
        '',
        '<p>HTML que no se usa porque hay texto.</p>',
        '--alt--',
        '',
      ),
      LIMITS,
    );
    expect(mail).toMatchObject({
      messageId: '<reply-1@cliente.example>',
      from: { address: 'ana.perez@cliente.example', name: 'Ana María Pérez' },
      to: ['soporte+abcdefghijklmnopqrstuvwx23@mesa.example', 'otro@cliente.example'],
      cc: ['jefe@cliente.example'],
      subject: 'RE: [OG-2026-000123] Falla en la señal',
      inReplyTo: ['<ticket-123-1@mesa.example>'],
      references: ['<ticket-123-0@mesa.example>', '<ticket-123-1@mesa.example>'],
      date: Date.parse('2026-03-16T15:30:00Z'),
      text: 'Ya reinicié el equipo y la señal volvió.',
      attachments: [],
      oversizedAttachments: [],
      automatic: null,
    });
    expect(mail.fullText).toBe(
      'Ya reinicié el equipo y la señal volvió.\n\n' +
        'El lun, 16 mar 2026 a las 10:00, Mesa <soporte@mesa.example> escribió:\n' +
        '> ¿Podría reiniciar el equipo?',
    );
  });

  it('converts an HTML-only body, base64-encoded, to text', async () => {
    const html =
      '<html><head><style>p{}</style></head><body><p>Buenos d&iacute;as,</p><p>el enlace ' +
      'sigue ca&iacute;do.<br>Gracias</p><script>alert(1)</script></body></html>';
    const mail = await parseInboundMail(
      mime(
        'From: carlos@cliente.example',
        'Subject: Sin servicio',
        'Content-Type: text/html; charset=utf-8',
        'Content-Transfer-Encoding: base64',
        '',
        b64(html),
      ),
      LIMITS,
    );
    expect(mail.text).toBe('Buenos días,\n\nel enlace sigue caído.\nGracias');
    expect(mail.fullText).not.toMatch(/[<>]|alert/);
  });

  it('reads a body in ISO-8859-1', async () => {
    const mail = await parseInboundMail(
      Buffer.concat([
        mime('From: a@cliente.example', 'Content-Type: text/plain; charset=iso-8859-1', '', ''),
        Buffer.from('Ma\xf1ana revisamos la conexi\xf3n.', 'latin1'),
      ]),
      LIMITS,
    );
    expect(mail.text).toBe('Mañana revisamos la conexión.');
  });

  it('keeps attachments within the limit and lists the ones over it', async () => {
    const small = Buffer.from('%PDF-1.4 informe');
    const big = Buffer.alloc(2000, 7);
    const mail = await parseInboundMail(
      mime(
        'From: a@cliente.example',
        'Subject: Adjuntos',
        'Content-Type: multipart/mixed; boundary="mix"',
        '',
        '--mix',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Adjunto el informe y la captura.',
        '--mix',
        'Content-Type: application/pdf',
        "Content-Disposition: attachment; filename*=UTF-8''informe%20t%C3%A9cnico.pdf",
        'Content-Transfer-Encoding: base64',
        '',
        b64(small),
        '--mix',
        'Content-Type: image/png; name="captura.png"',
        'Content-Disposition: attachment; filename="captura.png"',
        'Content-Transfer-Encoding: base64',
        '',
        b64(big),
        '--mix',
        'Content-Type: application/octet-stream',
        'Content-Disposition: attachment; filename="../../etc/passwd"',
        '',
        'root:x:0:0',
        '--mix',
        'Content-Type: text/calendar',
        'Content-Disposition: attachment',
        '',
        'BEGIN:VCALENDAR',
        '--mix',
        'Content-Type: image/gif; name="..\\\\..\\\\"',
        'Content-Disposition: inline',
        'Content-Transfer-Encoding: base64',
        '',
        b64('GIF89a'),
        '--mix--',
        '',
      ),
      LIMITS,
    );
    expect(mail.text).toBe('Adjunto el informe y la captura.');
    expect(
      mail.attachments.map(({ fileName, contentType, size, inline }) => ({
        fileName,
        contentType,
        size,
        inline,
      })),
    ).toEqual([
      {
        fileName: 'informe técnico.pdf',
        contentType: 'application/pdf',
        size: small.length,
        inline: false,
      },
      { fileName: 'passwd', contentType: 'application/octet-stream', size: 10, inline: false },
      { fileName: 'adjunto-4.ics', contentType: 'text/calendar', size: 15, inline: false },
      { fileName: 'adjunto-5.gif', contentType: 'image/gif', size: 6, inline: true },
    ]);
    expect(mail.attachments[0]?.content.equals(small)).toBe(true);
    expect(mail.oversizedAttachments).toEqual([{ fileName: 'captura.png', size: 2000 }]);
  });

  it('keeps an attachment exactly at the limit', async () => {
    const mail = await parseInboundMail(
      mime(
        'From: a@cliente.example',
        'Content-Type: multipart/mixed; boundary="b"',
        '',
        '--b',
        'Content-Type: application/octet-stream; name="a.bin"',
        'Content-Transfer-Encoding: base64',
        '',
        b64(Buffer.alloc(1024, 1)),
        '--b--',
      ),
      LIMITS,
    );
    expect(mail.attachments.map((a) => a.size)).toEqual([1024]);
    expect(mail.oversizedAttachments).toEqual([]);
  });

  it('marks a delivery status notification as automatic', async () => {
    const mail = await parseInboundMail(
      mime(
        'From: Mail Delivery System <MAILER-DAEMON@mx.cliente.example>',
        'To: soporte@mesa.example',
        'Subject: Undelivered Mail Returned to Sender',
        'Auto-Submitted: auto-replied',
        'Content-Type: multipart/report; report-type=delivery-status; boundary="r"',
        '',
        '--r',
        'Content-Type: text/plain',
        '',
        'I am sorry to have to inform you that your message could not be delivered.',
        '--r',
        'Content-Type: message/delivery-status',
        '',
        'Reporting-MTA: dns; mx.cliente.example',
        '',
        'Final-Recipient: rfc822; nadie@cliente.example',
        'Action: failed',
        'Status: 5.1.1',
        '--r--',
      ),
      LIMITS,
    );
    expect(mail.automatic).toBe('auto-submitted');
  });

  it('marks a DSN without Auto-Submitted by its content type', async () => {
    const mail = await parseInboundMail(
      mime(
        'From: bounces@mx.cliente.example',
        'Content-Type: multipart/report; report-type=delivery-status; boundary="r"',
        '',
        '--r',
        'Content-Type: text/plain',
        '',
        'Delivery failed.',
        '--r--',
      ),
      LIMITS,
    );
    expect(mail.automatic).toBe('delivery-report');
  });

  it('marks an out-of-office reply and a newsletter as automatic', async () => {
    const outOfOffice = await parseInboundMail(
      mime(
        'From: ana@cliente.example',
        'X-Autoreply: yes',
        'Subject: Fuera de la oficina',
        '',
        'Vuelvo el lunes.',
      ),
      LIMITS,
    );
    const newsletter = await parseInboundMail(
      mime(
        'From: noticias@proveedor.example',
        'List-Unsubscribe: <https://proveedor.example/baja>',
        '',
        'Ofertas',
      ),
      LIMITS,
    );
    expect(outOfOffice.automatic).toBe('auto-reply-header');
    expect(newsletter.automatic).toBe('bulk-unsubscribe');
  });

  it('gives a message without headers it needs safe defaults', async () => {
    const raw = mime('X-Mailer: algo', '', 'Solo cuerpo');
    const mail = await parseInboundMail(raw, LIMITS);
    expect(mail).toMatchObject({
      from: null,
      to: [],
      cc: [],
      subject: '',
      inReplyTo: [],
      references: [],
      date: null,
      text: 'Solo cuerpo',
      automatic: null,
    });
    expect(mail.messageId).toMatch(/^<[0-9a-f]{64}@mesa\.invalid>$/);
  });

  it('generates the same Message-ID for the same bytes and another for other bytes', async () => {
    const first = await parseInboundMail(mime('From: a@x.co', '', 'uno'), LIMITS);
    const again = await parseInboundMail(mime('From: a@x.co', '', 'uno'), LIMITS);
    const other = await parseInboundMail(mime('From: a@x.co', '', 'dos'), LIMITS);
    expect(again.messageId).toBe(first.messageId);
    expect(other.messageId).not.toBe(first.messageId);
  });

  it('replaces a Message-ID that is not one', async () => {
    const mail = await parseInboundMail(
      mime('Message-ID: hola mundo', 'From: a@x.co', '', 'x'),
      LIMITS,
    );
    expect(mail.messageId).toMatch(/@mesa\.invalid>$/);
  });

  it('reads an unreadable Date as null, not as now', async () => {
    const mail = await parseInboundMail(
      mime('From: a@x.co', 'Date: ayer por la tarde', '', 'x'),
      LIMITS,
    );
    expect(mail.date).toBeNull();
  });

  it('flattens CR/LF hidden in encoded words of the subject and the display name', async () => {
    const mail = await parseInboundMail(
      mime(
        `From: =?UTF-8?B?${b64('Ana\r\nBcc: victima@x.co')}?= <ana@cliente.example>`,
        `Subject: =?UTF-8?B?${b64('Hola\r\nBcc: victima@x.co\r\n\r\n<script>')}?=`,
        '',
        'x',
      ),
      LIMITS,
    );
    expect(mail.subject).toBe('Hola Bcc: victima@x.co <script>');
    expect(mail.from).toEqual({ address: 'ana@cliente.example', name: 'Ana Bcc: victima@x.co' });
  });

  it('leaves out malformed addresses and cuts an endless subject', async () => {
    const mail = await parseInboundMail(
      mime(
        'From: "Sin dirección"',
        'To: roto, <>, bien@cliente.example, BIEN@cliente.example',
        'Cc: Equipo: uno@cliente.example, dos@cliente.example;',
        `Subject: ${'a'.repeat(5000)}`,
        '',
        'x',
      ),
      LIMITS,
    );
    expect(mail.from).toBeNull();
    expect(mail.to).toEqual(['bien@cliente.example']);
    expect(mail.cc).toEqual(['uno@cliente.example', 'dos@cliente.example']);
    expect(mail.subject).toHaveLength(998);
  });

  it('keeps only the newest 50 references of a forged header', async () => {
    const references = Array.from({ length: 500 }, (_, i) => `<m${i}@x.co>`).join(' ');
    const mail = await parseInboundMail(
      mime('From: a@x.co', `References: ${references}`, '', 'x'),
      LIMITS,
    );
    expect(mail.references).toHaveLength(50);
    expect(mail.references.at(-1)).toBe('<m499@x.co>');
  });

  it('reads what it can of malformed MIME instead of failing', async () => {
    const mail = await parseInboundMail(
      mime(
        'From: a@cliente.example',
        'Content-Type: multipart/mixed; boundary="nunca-cierra"',
        '',
        '--nunca-cierra',
        'Content-Type: text/plain; charset=no-existe',
        'Content-Transfer-Encoding: inventada',
        '',
        'El texto llega igual.',
        '--nunca-cierra',
        'Content-Type: application/pdf; name="roto.pdf"',
        'Content-Transfer-Encoding: base64',
        '',
        '!!!esto no es base64###',
      ),
      LIMITS,
    );
    expect(mail.text).toBe('El texto llega igual.');
    expect(mail.attachments.map((a) => a.fileName)).toEqual(['roto.pdf']);
  });

  it('drops NUL and other control bytes from the body', async () => {
    const mail = await parseInboundMail(
      Buffer.concat([mime('From: a@x.co', '', 'a'), Buffer.from([0, 27]), Buffer.from('b\r\nc')]),
      LIMITS,
    );
    expect(mail.text).toBe('ab\nc');
  });

  it.each<[string, Buffer, string]>([
    ['an empty input', Buffer.alloc(0), 'empty'],
    ['garbage bytes', Buffer.from([0, 1, 2, 255, 254, 13, 10, 200, 100, 0, 0, 3]), 'no-headers'],
    ['text that is not mail', Buffer.from('hola mundo\nesto no es un correo\n'), 'no-headers'],
    ['a body without any header', Buffer.from('\r\nsolo cuerpo'), 'no-headers'],
  ])('refuses %s with MALFORMED_MAIL', async (_case, raw, reason) => {
    const attempt = parseInboundMail(raw, LIMITS);
    await expect(attempt).rejects.toBeInstanceOf(InboundMailError);
    await expect(attempt).rejects.toMatchObject({ code: 'MALFORMED_MAIL', params: { reason } });
  });

  it('refuses a structure the parser gives up on, keeping its error as the cause', async () => {
    // More MIME parts than mailparser's limit (1000) make it fail.
    const parts = Array.from(
      { length: 1100 },
      () => '--p\r\nContent-Type: text/plain\r\n\r\nx',
    ).join('\r\n');
    const attempt = parseInboundMail(
      mime('From: a@x.co', 'Content-Type: multipart/mixed; boundary="p"', '', parts, '--p--'),
      LIMITS,
    );
    await expect(attempt).rejects.toMatchObject({
      code: 'MALFORMED_MAIL',
      params: { reason: 'unparsable' },
    });
    await expect(attempt).rejects.toHaveProperty('cause');
  });
});
