// RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, a quote or a line
// break (quotes doubled). Text that a spreadsheet would run as a formula is defused with a leading quote.
export type Cell = string | number | boolean | null;

/** OWASP "CSV injection": a cell starting with one of these is a formula to Excel, LibreOffice, Sheets. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
