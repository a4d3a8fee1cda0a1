import { describe, expect, it } from 'vitest';
import { InboundMailError } from './inbound-mail-error.js';
import {
  isReplyBaseAddress,
  isReplyToken,
  messageIdsIn,
  messageIdsOf,
  newReplyToken,
  replyAddress,
  replyTokenIn,
  ticketNumberInSubject,
} from './ticket-reference.js';

const TOKEN = 'abcdefghijklmnopqrstuvwx23';
const BASE = 'soporte@mesa.example';

describe('ticketNumberInSubject', () => {
  it.each<[string, string | null]>([
    ['[OG-2026-000123] Falla en el enlace', 'OG-2026-000123'],
    ['RE: Re: RV: FW: [OG-2026-000123] Falla', 'OG-2026-000123'],
    ['RV: RE: Falla [OG-2026-000123]', 'OG-2026-000123'],
    ['Re: [og-2026-000123] minúsculas', 'OG-2026-000123'],
    ['[ OG-2026-000123 ] con espacios', 'OG-2026-000123'],
    ['[OG-2026-1234567] siete dígitos', 'OG-2026-1234567'],
    ['RE: [OG-2026-000123] y otra vez [OG-2026-000123]', 'OG-2026-000123'],
    ['Falla en el enlace', null],
    ['OG-2026-000123 sin corchetes', null],
    ['[OG-2026-123] pocos dígitos', null],
    ['[OG-2026-12345678] demasiados dígitos', null],
    ['[XX-2026-000123] otro prefijo', null],
    ['[OG-26-000123] año corto', null],
    ['[OG-2026-000000] número cero', null],
    ['[OG-2026-000123] y [OG-2026-000124] dos casos', null],
    ['[OG-2026-000123\r\nBcc: x@y.co]', null],
    ['', null],
  ])('%j → %s', (subject, expected) => {
    expect(ticketNumberInSubject(subject)).toBe(expected);
  });
});

describe('reply tokens', () => {
  it('are 26 characters of the lower-case base32 alphabet (128+ random bits)', () => {
    const tokens = new Set(Array.from({ length: 200 }, () => newReplyToken()));
    expect(tokens.size).toBe(200);
    for (const token of tokens) {
      expect(token).toMatch(/^[a-z2-7]{26}$/);
      expect(isReplyToken(token)).toBe(true);
    }
  });

  it.each<[string]>([
    [''],
    ['abcdefghijklmnopqrstuvwx2'],
    ['abcdefghijklmnopqrstuvwx234'],
    ['ABCDEFGHIJKLMNOPQRSTUVWX23'],
    ['abcdefghijklmnopqrstuvwx01'],
    ['abcdefghijklmnopqrstuvwx2='],
    ['abcdefghijklmnop\nrstuvwx23'],
  ])('refuses %j as a token', (text) => {
    expect(isReplyToken(text)).toBe(false);
  });
});

describe('replyAddress', () => {
  it('puts the token after a "+" in the local part', () => {
    expect(replyAddress(BASE, TOKEN)).toBe(`soporte+${TOKEN}@mesa.example`);
  });

  it('lower-cases the base address', () => {
    expect(replyAddress('Soporte@Mesa.Example', TOKEN)).toBe(`soporte+${TOKEN}@mesa.example`);
  });

  it('round-trips through replyTokenIn', () => {
    const token = newReplyToken();
    expect(replyTokenIn([replyAddress(BASE, token)], BASE)).toBe(token);
  });

  it.each<[string, string, string, string]>([
    ['a base with "+"', 'soporte+x@mesa.example', TOKEN, 'base'],
    ['a base without a domain dot', 'soporte@localhost', TOKEN, 'base'],
    ['a base with a display name', 'Mesa <soporte@mesa.example>', TOKEN, 'base'],
    ['a base with CRLF', 'soporte@mesa.example\r\nBcc: x@y.co', TOKEN, 'base'],
    ['an empty base', '', TOKEN, 'base'],
    ['a token of the wrong shape', BASE, 'bad-token', 'token'],
    ['a token with CRLF', BASE, `${TOKEN}\r\nBcc: x@y.co`, 'token'],
  ])('refuses %s', (_case, base, token, problem) => {
    let caught: unknown;
    try {
      replyAddress(base, token);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InboundMailError);
    expect(caught).toMatchObject({ code: 'INVALID_REPLY_ADDRESS', params: { problem } });
  });

  it('says what is wrong in Spanish and English', () => {
    try {
      replyAddress('x', TOKEN);
      expect.unreachable();
    } catch (error) {
      expect((error as InboundMailError).messageIn('es')).toContain('dirección base');
      expect((error as InboundMailError).messageIn('en')).toContain('base address');
    }
  });
});

describe('isReplyBaseAddress', () => {
  it.each<[string, boolean]>([
    ['soporte@mesa.example', true],
    ['mesa.soporte_2@opengroup.com.co', true],
    ['soporte+x@mesa.example', false],
    ['.soporte@mesa.example', false],
    ['soporte@mesa', false],
    ['soporte@@mesa.example', false],
    ['sopórte@mesa.example', false],
  ])('%s → %s', (address, expected) => {
    expect(isReplyBaseAddress(address)).toBe(expected);
  });
});

describe('replyTokenIn', () => {
  it.each<[string, readonly string[], string | null]>([
    ['the token of the reply address', [`soporte+${TOKEN}@mesa.example`], TOKEN],
    ['in angle brackets', [`<soporte+${TOKEN}@mesa.example>`], TOKEN],
    [
      'in capitals (domain, local part and token)',
      [`SOPORTE+${TOKEN.toUpperCase()}@MESA.EXAMPLE`],
      TOKEN,
    ],
    ['among other recipients', ['ana@cliente.example', `soporte+${TOKEN}@mesa.example`], TOKEN],
    [
      'the first of two tokens',
      [`soporte+${TOKEN}@mesa.example`, `soporte+${'b'.repeat(26)}@mesa.example`],
      TOKEN,
    ],
    ['none for the bare base address', [BASE], null],
    ['none for another domain', [`soporte+${TOKEN}@evil.example`], null],
    ['none for a look-alike domain', [`soporte+${TOKEN}@mesa.example.evil.example`], null],
    ['none for another mailbox', [`ventas+${TOKEN}@mesa.example`], null],
    ['none for a mailbox that only starts alike', [`soporte2+${TOKEN}@mesa.example`], null],
    ['none for a short token', ['soporte+abc@mesa.example'], null],
    [
      'none for a token with a bad character',
      [`soporte+${TOKEN.slice(0, 25)}1@mesa.example`],
      null,
    ],
    ['none for a token with a suffix', [`soporte+${TOKEN}+x@mesa.example`], null],
    ['none for a quoted local part', [`"soporte+${TOKEN}"@mesa.example`], null],
    ['none for a token followed by CRLF', [`soporte+${TOKEN}\r\n@mesa.example`], null],
    ['none for malformed addresses', ['', '@', 'soporte+', `+${TOKEN}@mesa.example`], null],
    ['none for no recipients', [], null],
  ])('finds %s', (_case, addresses, expected) => {
    expect(replyTokenIn(addresses, BASE)).toBe(expected);
  });

  it('finds nothing when the base itself is malformed', () => {
    expect(replyTokenIn([`soporte+${TOKEN}@mesa.example`], 'not an address')).toBeNull();
  });
});

describe('messageIdsOf and messageIdsIn', () => {
  it('reads bracketed ids in order', () => {
    expect(messageIdsOf('<a@x.co> <b@x.co>\r\n <c@x.co>')).toEqual([
      '<a@x.co>',
      '<b@x.co>',
      '<c@x.co>',
    ]);
  });

  it('reads repeated headers', () => {
    expect(messageIdsOf(['<a@x.co>', '<b@x.co>'])).toEqual(['<a@x.co>', '<b@x.co>']);
  });

  it('accepts a lone id without brackets', () => {
    expect(messageIdsOf(' a.b@x.co ')).toEqual(['<a.b@x.co>']);
  });

  it.each<[string, string]>([
    ['text that is not an id', 'hola mundo'],
    ['an id with a control character', '<a\u0000b@x.co>'],
    ['an id broken by CRLF', '<a\r\nBcc: x@y.co>'],
    ['an over-long id', `<${'a'.repeat(300)}@x.co>`],
    ['empty brackets', '<>'],
  ])('ignores %s', (_case, value) => {
    expect(messageIdsOf(value)).toEqual([]);
  });

  it('is empty without a header', () => {
    expect(messageIdsOf(undefined)).toEqual([]);
    expect(messageIdsOf(null)).toEqual([]);
    expect(messageIdsIn(undefined, undefined)).toEqual([]);
  });

  it('puts In-Reply-To first, then References newest first, without repeats', () => {
    expect(messageIdsIn('<c@x.co>', '<a@x.co> <b@x.co> <c@x.co>')).toEqual([
      '<c@x.co>',
      '<b@x.co>',
      '<a@x.co>',
    ]);
  });

  it('keeps at most 50, the newest, when a header lists thousands', () => {
    const references = Array.from({ length: 5000 }, (_, i) => `<m${i}@x.co>`).join(' ');
    const ids = messageIdsIn(null, references);
    expect(ids).toHaveLength(50);
    expect(ids[0]).toBe('<m4999@x.co>');
  });
});
