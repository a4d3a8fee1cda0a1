import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../../domain/coded-error.js';
import { cleanBodyText } from './clean-text.js';
import { escapeHtmlLines } from './escape-html.js';
import type { NotificationPayload } from './notification-payload.js';
import { NotificationPayloadError } from './parse-notification-payload.js';
import { renderNotification } from './render-notification.js';
import { SAMPLE_NOW, SAMPLE_PAYLOADS, SAMPLE_VARIANTS } from './sample-payloads.js';

const LANGUAGES: readonly Language[] = ['es', 'en'];
const HOUR = 3_600_000;

/** ICU's no-break spaces as plain ones, to compare with written expectations. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITY[e]!);

/** What a reader of the HTML part gets: the visible text of the body and the link targets. */
function htmlReading(html: string): string {
  const body = html.replace(/<head>[\s\S]*<\/head>/, '');
  const hrefs = [...body.matchAll(/href="([^"]*)"/g)].map((m) => decode(m[1]!));
  return `${decode(body.replace(/<[^>]*>/g, ' '))} ${hrefs.join(' ')}`;
}

const words = (s: string) =>
  new Set(
    plain(s)
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );

const ALLOWED_TAGS = new Set(
  'html head meta title body table tr td th p h1 a br blockquote ul li !doctype'.split(' '),
);

/** Tags of the HTML outside the small set the layout writes (none expected). */
function strangeTags(html: string): string[] {
  return [...html.matchAll(/<\/?([^\s>/]*)/g)]
    .map((m) => m[1]!.toLowerCase())
    .filter((tag) => !ALLOWED_TAGS.has(tag));
}

const ticketOf = (p: NotificationPayload) => ('ticket' in p ? p.ticket : null);

/** The link every e-mail leads to: the ticket, or the kind's own. */
function mainLink(p: NotificationPayload): string {
  if ('ticket' in p) return p.ticket.link;
  return p.kind === 'password_reset' ? p.resetLink : p.link;
}

// Fields that carry what people typed (or named), everywhere in a payload.
const USER_TEXT_KEYS = new Set([
  'recipientName',
  'subject',
  'authorName',
  'body',
  'description',
  'attachmentNames',
  'organizationName',
  'requesterName',
  'assigneeName',
  'reason',
  'equipment',
]);

/** The payload with every user text replaced by `text`. */
function withUserText<T>(value: T, text: string, key = ''): T {
  if (typeof value === 'string') return (USER_TEXT_KEYS.has(key) ? text : value) as T;
  if (Array.isArray(value)) return value.map((v) => withUserText(v, text, key)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, withUserText(v, text, k)]),
    ) as T;
  }
  return value;
}

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('renderNotification: every kind in both languages', () => {
  for (const payload of SAMPLE_VARIANTS) {
    for (const language of LANGUAGES) {
      it(`${payload.kind} (${language})`, () => {
        const { subject, text, html } = renderNotification(payload, language);
        const ticket = ticketOf(payload);

        expect(subject).not.toMatch(/[\r\n]/);
        if (ticket) expect(subject.startsWith(`[${ticket.number}] `)).toBe(true);
        else expect(subject).not.toMatch(/^\[/);

        expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(html).toContain(`<html lang="${language === 'es' ? 'es-CO' : 'en'}"`);
        expect(html).toContain(`href="${mainLink(payload)}"`);
        expect(text).toContain(mainLink(payload));
        if (ticket) {
          expect(text).toContain(ticket.number);
          expect(htmlReading(html)).toContain(ticket.number);
        }
        expect(text).toContain(payload.recipientName);
        expect(decode(html)).toContain(payload.recipientName);
      });
    }
  }
});

describe('the text part carries the same information as the HTML part', () => {
  it('the same words, links included, for every sample', () => {
    for (const payload of SAMPLE_VARIANTS) {
      for (const language of LANGUAGES) {
        const { text, html } = renderNotification(payload, language);
        expect([...words(text)].sort(), `${payload.kind} ${language}`).toEqual(
          [...words(htmlReading(html))].sort(),
        );
      }
    }
  });

  it('keeps the line breaks of message bodies in both parts', () => {
    const { text, html } = renderNotification(SAMPLE_PAYLOADS.ticket_registered, 'es');
    expect(text).toContain('does not answer.\nThe branch offices are offline.');
    expect(html).toContain('does not answer.<br>\nThe branch offices are offline.');
  });
});

describe('the HTML part is self-contained and inert', () => {
  it('uses a small set of tags, no scripts, images, styles sheets or external assets', () => {
    for (const payload of SAMPLE_VARIANTS) {
      for (const language of LANGUAGES) {
        const { html } = renderNotification(payload, language);
        expect(strangeTags(html), payload.kind).toEqual([]);
        expect(html).not.toMatch(/\son[a-z]+\s*=|\ssrc\s*=|url\(|javascript:/i);
      }
    }
  });

  it('gives the facts real row headers and the layout tables a presentation role', () => {
    const { html } = renderNotification(SAMPLE_PAYLOADS.diagnosis, 'es');
    expect(html).toContain('<th scope="row"');
    expect(html).toMatch(/<table role="presentation"/);
  });
});

describe('user text can never become markup or a header', () => {
  const risky = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({
      unit: fc.constantFrom(
        '<',
        '>',
        '&',
        '"',
        "'",
        '\r',
        '\n',
        '\r\n',
        '<script>',
        '</p>',
        '&amp;',
        '<a href="javascript:x">',
        '\u0000',
        '\u2028',
        '\u202e',
        ' ',
        'a',
        'é',
        '😀',
      ),
      maxLength: 20,
    }),
  );

  it('escapes names, subjects, bodies, file names and reasons in every template', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SAMPLE_VARIANTS),
        fc.constantFrom(...LANGUAGES),
        risky,
        (sample, language, s) => {
          const marked = `QZX${s}QZX`;
          const payload = withUserText(sample, marked);
          const { subject, text, html } = renderNotification(payload, language);

          expect(subject).not.toMatch(/[\p{Cc}\u2028\u2029]/u);
          expect(strangeTags(html)).toEqual([]);
          if (/[<>&"']/.test(s)) expect(html).not.toContain(marked);

          if ('body' in payload || 'description' in payload) {
            expect(html).toContain(escapeHtmlLines(cleanBodyText(marked)));
            expect(text).toContain(cleanBodyText(marked));
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('cuts a very long ticket subject but keeps the number first', () => {
    const long = withUserText(SAMPLE_PAYLOADS.agent_reply, 'x'.repeat(5000));
    const { subject } = renderNotification(long, 'es');
    expect(subject.startsWith('[OG-2026-000123] ')).toBe(true);
    expect(Array.from(subject).length).toBeLessThanOrEqual(200);
  });
});

describe('times are shown in Bogotá whatever the host zone', () => {
  it('prints the first-response deadline in Colombia time under UTC, Tokyo and Los Angeles', () => {
    const outputs = new Set<string>();
    for (const tz of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles']) {
      process.env.TZ = tz;
      const es = renderNotification(SAMPLE_PAYLOADS.ticket_registered, 'es');
      const en = renderNotification(SAMPLE_PAYLOADS.ticket_registered, 'en');
      expect(plain(es.text)).toContain(
        'Primera respuesta a más tardar: lunes, 16 de marzo de 2026, 11:00 a. m. (hora de Colombia)',
      );
      expect(plain(en.text)).toContain(
        'First response by: Monday, March 16, 2026, 11:00 AM (Colombia time)',
      );
      outputs.add(es.html + en.html);
    }
    expect(outputs.size).toBe(1);
  });
});

describe('each language reads as itself', () => {
  // Words that only one of the two languages uses, checked on the templates' own wording (user
  // text replaced by a neutral token).
  const SPANISH = new Set(
    'caso casos su sus usted de del el la los las que para por con una según respuesta cordial saludo atentamente hora lunes martes marzo estado asunto solicitud línea opción nivel atención impacto cerrado centro servicios correo gracias antes'.split(
      ' ',
    ),
  );
  const ENGLISH = new Set(
    'the your you and of to by is was we please hello regards kind monday tuesday march am pm time ticket status subject level service center phone line option reply'.split(
      ' ',
    ),
  );

  it('English e-mails contain no Spanish words, Spanish e-mails no English ones', () => {
    for (const sample of SAMPLE_VARIANTS) {
      const payload = withUserText(sample, 'Zzz');
      const en = renderNotification(payload, 'en');
      const es = renderNotification(payload, 'es');
      const strip = (s: string) => s.replace(/https?:\/\/\S+/g, ' ');
      for (const part of [en.subject, en.text, htmlReading(en.html)]) {
        const leaks = [...words(strip(part))].filter((w) => SPANISH.has(w));
        expect(leaks, `${sample.kind} en`).toEqual([]);
      }
      for (const part of [es.subject, es.text, htmlReading(es.html)]) {
        const leaks = [...words(strip(part))].filter((w) => ENGLISH.has(w));
        expect(leaks, `${sample.kind} es`).toEqual([]);
      }
    }
  });

  it('greets the customer with usted in Spanish and signs as the center', () => {
    const { text } = renderNotification(SAMPLE_PAYLOADS.ticket_registered, 'es');
    expect(
      text.startsWith(
        'Centro de Servicios Open Group S.A.S.\nSu caso fue registrado\n\nCordial saludo, Ana Gómez.',
      ),
    ).toBe(true);
    expect(text).toContain('Atentamente,\nCentro de Servicios Open Group S.A.S.');
    expect(renderNotification(SAMPLE_PAYLOADS.ticket_registered, 'es').subject).toBe(
      '[OG-2026-000123] Su caso fue registrado – Firewall without connection at the main office',
    );
    expect(renderNotification(SAMPLE_PAYLOADS.ticket_registered, 'en').subject).toBe(
      '[OG-2026-000123] Your ticket was registered – Firewall without connection at the main office',
    );
  });
});

describe('the guide’s rules, told to the customer', () => {
  it('a request for information says when the warning and the closure come', () => {
    const { text } = renderNotification(SAMPLE_PAYLOADS.information_requested, 'es');
    expect(plain(text)).toContain(
      'Si no recibimos su respuesta antes del lunes, 16 de marzo de 2026, 1:00 p. m. (hora de Colombia), le enviaremos una advertencia; si tampoco la recibimos antes del martes, 17 de marzo de 2026, 10:00 a. m. (hora de Colombia), el caso se cerrará por falta de respuesta',
    );
    expect(text).toContain('el tiempo de primera respuesta se detiene');
    const tests = renderNotification(
      { ...SAMPLE_PAYLOADS.information_requested, request: 'tests', firstResponsePaused: false },
      'en',
    );
    expect(tests.subject).toContain('Tests requested');
    expect(tests.text).not.toContain('paused');
  });

  it('the warning says the ticket closes if one more interval passes without an answer', () => {
    const es = renderNotification(SAMPLE_PAYLOADS.no_response_warning, 'es');
    expect(plain(es.text)).toContain(
      'si no recibimos su respuesta antes del lunes, 16 de marzo de 2026, 1:00 p. m. (hora de Colombia), el caso se cerrará por falta de respuesta',
    );
    expect(es.text).toContain('le solicitamos información o pruebas');
    const onSolution = renderNotification(
      {
        ...SAMPLE_PAYLOADS.no_response_warning,
        ticket: { ...SAMPLE_PAYLOADS.no_response_warning.ticket, status: 'solution_proposed' },
      },
      'en',
    );
    expect(onSolution.text).toContain('we proposed a solution');
    expect(onSolution.text).toContain('the ticket will be closed for lack of response');
  });

  it('every closure says that a reply opens a new ticket, and a thank-you does not', () => {
    for (const payload of [SAMPLE_PAYLOADS.closed_no_response, SAMPLE_PAYLOADS.ticket_closed]) {
      expect(renderNotification(payload, 'es').text).toContain(
        'Si responde sobre este caso, lo registraremos como un caso nuevo, con nuevos tiempos de respuesta',
      );
      expect(renderNotification(payload, 'en').text).toContain(
        'A simple thank-you does not open a new ticket.',
      );
    }
    expect(renderNotification(SAMPLE_PAYLOADS.closed_no_response, 'es').text).toContain(
      'transcurrieron dos períodos de nivel de servicio sin respuesta de su parte; el primero generó una advertencia',
    );
  });

  it('an out-of-scope closure gives the cause and the written reason', () => {
    const { text } = renderNotification(
      {
        ...SAMPLE_PAYLOADS.ticket_closed,
        closure: {
          resolution: 'out_of_scope',
          cause: 'equipment_not_covered',
          reason: 'Router de terceros',
        },
      },
      'es',
    );
    expect(text).toContain('la falla es ajena al servicio contratado con Open Group');
    expect(text).toContain('Causa: Equipo no cubierto por el contrato de soporte');
    expect(text).toContain('Motivo:\nRouter de terceros');
  });

  it('a follow-up names both tickets and leads with the new number', () => {
    const { subject, text } = renderNotification(SAMPLE_PAYLOADS.follow_up_opened, 'es');
    expect(
      subject.startsWith(
        '[OG-2026-000124] Nuevo caso a partir de su respuesta al caso OG-2026-000123',
      ),
    ).toBe(true);
    expect(text).toContain('con nuevos tiempos de respuesta según su nivel de atención');
  });

  it('a high-impact web ticket out of hours is told to call, with the number and when the clock starts', () => {
    const { text } = renderNotification(
      SAMPLE_VARIANTS.find((p) => p.kind === 'ticket_registered' && p.callTheCenter)!,
      'es',
    );
    expect(plain(text)).toContain('Llame a la línea nacional (+57) 2 486 8080, opción 2');
    expect(plain(text)).toContain(
      'empezará a contar el lunes, 16 de marzo de 2026, 8:00 a. m. (hora de Colombia)',
    );
  });

  it('the status update and the staff alert give the next deadlines', () => {
    expect(plain(renderNotification(SAMPLE_PAYLOADS.status_update, 'en').text)).toContain(
      'Next update by: Monday, March 16, 2026, 1:00 PM (Colombia time)',
    );
    const near = renderNotification(SAMPLE_PAYLOADS.first_response_near, 'es');
    expect(plain(near.subject)).toBe(
      '[OG-2026-000123] Primera respuesta por vencer (80 % del tiempo usado) – Firewall without connection at the main office',
    );
    expect(renderNotification(SAMPLE_PAYLOADS.first_response_near, 'en').subject).toContain(
      '(80% of the time used)',
    );
    expect(renderNotification(SAMPLE_PAYLOADS.first_response_breached, 'en').text).toContain(
      'Assigned to: Unassigned',
    );
  });
});

describe('footers', () => {
  it('customer e-mails carry the guide’s national line; staff e-mails do not', () => {
    expect(plain(renderNotification(SAMPLE_PAYLOADS.diagnosis, 'es').text)).toContain(
      'Atención telefónica: línea nacional (+57) 2 486 8080, opción 2.',
    );
    expect(plain(renderNotification(SAMPLE_PAYLOADS.diagnosis, 'en').html)).toContain(
      'Phone support: national line (+57) 2 486 8080, option 2.',
    );
    const staff = renderNotification(SAMPLE_PAYLOADS.update_overdue, 'es');
    expect(staff.text).not.toContain('486 8080');
    expect(staff.text).toContain(
      'Aviso automático de mesa para el personal del Centro de Servicios.',
    );
  });

  it('use the directory’s line when one is given', () => {
    const { text } = renderNotification(SAMPLE_PAYLOADS.agent_reply, 'es', {
      contact: { nationalLine: { number: '(+57) 601 555 0000', option: 3 } },
    });
    expect(text).toContain('línea nacional (+57) 601 555 0000, opción 3.');
  });
});

describe('e-mails that are not about a ticket', () => {
  it('the rating invitation links the five ratings in order', () => {
    const { text, html } = renderNotification(SAMPLE_PAYLOADS.satisfaction_request, 'es');
    const links = [...html.matchAll(/href="([^"]*score=\d)"/g)].map((m) => m[1]);
    expect(links).toEqual(SAMPLE_PAYLOADS.satisfaction_request.ratingLinks);
    expect(text).toContain('1 – Muy mala: https://soporte.example.com/rate/tok3n?score=1');
    expect(text).toContain('5 – Excelente: https://soporte.example.com/rate/tok3n?score=5');
  });

  it('the password reset gives the link, its expiry, and what to do if unrequested', () => {
    const { subject, text } = renderNotification(SAMPLE_PAYLOADS.password_reset, 'en');
    expect(subject).toBe('Reset your password – Open Group Service Center');
    expect(plain(text)).toContain(
      'The link expires on Monday, March 16, 2026, 11:00 AM (Colombia time).',
    );
    expect(text).toContain('If you did not ask for this, ignore this e-mail');
  });

  it('the maintenance reminder gives the window in Bogotá and the equipment', () => {
    const { subject, text } = renderNotification(SAMPLE_PAYLOADS.maintenance_reminder, 'es');
    expect(plain(subject)).toBe(
      'Recordatorio: ventana de mantenimiento el martes, 17 de marzo de 2026',
    );
    expect(plain(text)).toContain(
      'Ventana: martes, 17 de marzo de 2026, 8:00 a. m. – 12:00 p. m. (hora de Colombia)',
    );
    expect(text).toContain('- Firewall FG-100F (main office)\n- Core switch');
  });
});

describe('a payload built in code is checked like a stored one', () => {
  it('refuses a link that is not http(s)', () => {
    const bad = {
      ...SAMPLE_PAYLOADS.agent_reply,
      ticket: { ...SAMPLE_PAYLOADS.agent_reply.ticket, link: 'javascript:alert(1)' },
    };
    expect(() => renderNotification(bad, 'es')).toThrow(NotificationPayloadError);
  });

  it('keeps instants as numbers: a sample deadline is one hour after SAMPLE_NOW', () => {
    expect(SAMPLE_PAYLOADS.ticket_registered.firstResponseDueAt - SAMPLE_NOW).toBe(HOUR);
  });
});
