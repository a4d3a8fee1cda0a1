import { describe, expect, it } from 'vitest';
import { cleanHeaderText } from './header-text.js';

describe('cleanHeaderText', () => {
  it.each<[string, string, string]>([
    ['plain text unchanged', 'Falla en el enlace', 'Falla en el enlace'],
    ['CRLF header injection flattened', 'Hola\r\nBcc: evil@x.co', 'Hola Bcc: evil@x.co'],
    ['a bare LF or CR', 'a\nb\rc', 'a b c'],
    ['tabs and runs of spaces', '  a\t\tb   c ', 'a b c'],
    ['NUL, escape and DEL removed', 'a\u0000b\u001b[31mc\u007f', 'ab[31mc'],
    ['C1 controls removed, NEL as a break', 'a\u0085b\u0090c', 'a bc'],
    ['Unicode line and paragraph separators', 'a\u2028b\u2029c', 'a b c'],
    [
      'bidi overrides and isolates removed',
      'factura\u202egpj.exe\u202c \u2066x\u2069',
      'facturagpj.exe x',
    ],
    ['a byte order mark', '\ufeffAsunto', 'Asunto'],
    ['accents and ñ kept', 'Señal débil en Bogotá', 'Señal débil en Bogotá'],
    ['right-to-left letters kept', 'مرحبا', 'مرحبا'],
    ['emoji kept', 'Listo 👍', 'Listo 👍'],
    ['only controls', '\r\n\u0000', ''],
  ])('%s', (_case, text, expected) => {
    const cleaned = cleanHeaderText(text);
    expect(cleaned).toBe(expected);
    expect(cleaned).not.toMatch(/[\r\n]/);
  });
});
