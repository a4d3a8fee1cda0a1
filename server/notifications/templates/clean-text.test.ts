import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanBodyText, cleanHeaderText, truncate } from './clean-text.js';

describe('cleanHeaderText', () => {
  it('keeps a header on one line: CR, LF and other controls become single spaces', () => {
    expect(cleanHeaderText('Caída\r\nBcc: victim@example.com\t\u0000x')).toBe(
      'Caída Bcc: victim@example.com x',
    );
  });

  it('drops line separators and bidirectional overrides', () => {
    expect(cleanHeaderText('a\u2028b\u202ecod.exe\u2066')).toBe('a b cod.exe');
  });

  it('replaces broken surrogates and keeps whole emoji', () => {
    expect(cleanHeaderText('x\ud800y 😀')).toBe('x\ufffdy 😀');
  });

  it('never returns a control character, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(cleanHeaderText(s)).not.toMatch(/[\p{Cc}\u2028\u2029]/u);
      }),
    );
  });
});

describe('cleanBodyText', () => {
  it('keeps line breaks and tabs, normalised to \\n, and drops other controls', () => {
    expect(cleanBodyText('uno\r\ndos\rtres\u2028cuatro\tcinco\u0007')).toBe(
      'uno\ndos\ntres\ncuatro\tcinco',
    );
  });
});

describe('truncate', () => {
  it('cuts at whole code points and marks the cut', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('😀😀😀😀😀', 3)).toBe('😀😀…');
    expect(truncate('abc', 3)).toBe('abc');
  });
});

describe('cleanHeaderText skips clean texts', () => {
  // The four passes without the shortcut: what any text must come out as.
  const reference = (text: string) =>
    text
      .replace(/\p{Cs}/gu, '\ufffd')
      .replace(/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();

  it('gives what the full cleaning gives, for any text', () => {
    const pieces = fc.constantFrom(
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '\ufeff',
      '\u2028',
      '\u202e',
      '\ud800',
      'a',
      'ñ',
      '😀',
      '\u0007',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.array(pieces).map((parts) => parts.join('')),
        ),
        (text) => {
          expect(cleanHeaderText(text)).toBe(reference(text));
        },
      ),
      { numRuns: 5_000 },
    );
  });
});
