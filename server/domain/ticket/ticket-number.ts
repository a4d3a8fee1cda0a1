/** Human ticket numbers like `OG-2026-000123`: a prefix, the year of creation and a sequence. */
export function formatTicketNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(6, '0')}`;
}
