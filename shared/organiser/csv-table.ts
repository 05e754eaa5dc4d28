/** Excel in Swedish and Norwegian opens UTF-8 only with a byte-order mark, and splits columns on semicolons. */
const BYTE_ORDER_MARK = '\uFEFF';
const SEPARATOR = ';';

/** A table as CSV for Excel. Cells that a spreadsheet would run as a formula are defused (OWASP CSV injection). */
export function csvTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `${BYTE_ORDER_MARK}${[header, ...rows].map((row) => row.map(csvCell).join(SEPARATOR)).join('\r\n')}\r\n`;
}

function csvCell(value: string): string {
  const defused = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(defused) ? `"${defused.replaceAll('"', '""')}"` : defused;
}
