/** CSV as RFC 4180 describes it, readable by spreadsheet programs in every locale. */

/** Byte-order mark: without it, Excel opens UTF-8 files as the system code page and garbles Vietnamese and CJK. */
export const BOM = '\uFEFF';

function field(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet; numbers are safe as they are.
  // Spreadsheets in CJK locales also take the fullwidth ＝ ＋ － ＠ as the start of a formula.
  const safe = typeof value === 'string' && /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of values to CSV text, CRLF line ends, with a BOM. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return BOM + rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
