/**
 * CSV for the reports' downloads (RFC 4180: comma-separated, CRLF, fields with a comma, quote or
 * line break quoted with inner quotes doubled). Text that a spreadsheet would read as a formula
 * — starting with `=`, `+`, `-`, `@`, a tab or a carriage return — gets a leading `'`, so an
 * organization or article named `=HYPERLINK(…)` stays text (OWASP "CSV injection").
 */

export type CsvValue = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * Byte order mark: Excel, which many supervisors open reports with, reads a UTF-8 file without
 * it as the local code page and garbles "Bogotá".
 */
export const UTF8_BOM = '\uFEFF';

/** One field: numbers as they are, null empty, text defused and quoted when needed. */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV document: the header row, then the rows, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
