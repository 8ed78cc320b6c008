// CSV as RFC 4180 describes it (CRLF between records, fields quoted when they hold a comma, a quote or a
// line break, quotes doubled), with a UTF-8 byte-order mark so that Excel reads Chinese correctly.

export type CsvValue = string | number | boolean | null | undefined;

export const BOM = '\uFEFF';

/** Several values in one field (themes, places; list-valued GeoJSON properties) are joined with this. */
export const LIST_SEPARATOR = '|';

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRecord(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',');
}

/** A whole file: header, then one record per row; the BOM is on unless `bom: false`. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], { bom = true } = {}): string {
  const lines = [csvRecord(header), ...rows.map(csvRecord)];
  return `${bom ? BOM : ''}${lines.join('\r\n')}\r\n`;
}

/** Reads CSV back into rows (used by the tests, and by anyone checking a download). Drops a leading BOM. */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
