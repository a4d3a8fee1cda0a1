import { describe, expect, it } from 'vitest';
import { csvField, toCsv, UTF8_BOM } from './csv.js';

describe('CSV fields', () => {
  const cases: [string | number | null, string][] = [
    ['Alcaldía de Bogotá', 'Alcaldía de Bogotá'],
    ['Redes, S.A.S.', '"Redes, S.A.S."'],
    ['El "mejor" cliente', '"El ""mejor"" cliente"'],
    ['dos\nlíneas', '"dos\nlíneas"'],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+57 2 486 8080', "'+57 2 486 8080"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    [' leading space', '" leading space"'],
    [-3, '-3'],
    [33.3, '33.3'],
    [null, ''],
    [Number.NaN, ''],
  ];
  for (const [value, expected] of cases) {
    it(`${JSON.stringify(value)} → ${JSON.stringify(expected)}`, () => {
      expect(csvField(value)).toBe(expected);
    });
  }
});

describe('a CSV document', () => {
  it('starts with the BOM and the header row, and ends every line with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x', 1],
          [null, 'y,z'],
        ],
      ),
    ).toBe(`${UTF8_BOM}a,b\r\nx,1\r\n,"y,z"\r\n`);
  });
});
