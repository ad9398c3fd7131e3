/**
 * CSV as spreadsheets read it (RFC 4180): cells separated by commas, lines by CRLF, a cell quoted
 * when it holds a comma, a quote, a line break or leading or trailing space, its quotes doubled.
 *
 * A cell that a spreadsheet would take for a formula (it starts with =, +, -, @, or a tab or a
 * carriage return that some read past) is prefixed with an apostrophe, so that text typed by one
 * party — a worker's name, a client's name — cannot run as a formula on the reader's machine
 * (OWASP "CSV injection"). The apostrophe shows; the value is otherwise kept as it was.
 */
const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]|^\s|\s$/;

export function csvCell(value: string | null | undefined): string {
  let text = value ?? "";
  if (formulaStart.test(text)) text = `'${text}`;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The rows as one CSV text, with a byte-order mark so that spreadsheets read it as UTF-8 (names
 * with accents: "Liège", "Müller").
 */
export function toCsv(rows: readonly (readonly (string | null | undefined)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
