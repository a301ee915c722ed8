import { utf8Lines } from './utf8-lines.js';
import type { Cell } from './xlsx.js';

/** Minimal RFC 4180 CSV parser: quoted fields, doubled quotes, CRLF; BOM stripped; blank rows dropped. */
export function parseCsv(text: string): string[][] {
  return parseCsvLines(text).map((r) => r.cells);
}

/** The same, each row with the file line it starts on (a quoted field may span lines), for reports by line number. */
export function parseCsvLines(text: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\n' || (ch === '\r' && src[i + 1] !== '\n')) line++;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') {
        i++;
        line++;
      }
      row.push(field);
      rows.push({ line: start, cells: row });
      start = line;
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push({ line: start, cells: row });
  }
  return rows.filter((r) => r.cells.some((f) => f.trim() !== ''));
}

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel shows Vietnamese), CRLF lines,
 * RFC 4180 quoting, and cells that a spreadsheet would run as a formula (=, +, -, @) prefixed
 * with an apostrophe (CSV injection). Written record by record into the bytes (core/kernel/utf8-lines.ts).
 */
export function toCsv(header: string[], rows: Cell[][]): Buffer {
  return utf8Lines(rows.length + 1, (i) => csvLine(i === 0 ? header : rows[i - 1]!), '\uFEFF');
}

function csvLine(cells: Cell[]): string {
  let out = '';
  for (let c = 0; c < cells.length; c++) out += c === 0 ? csvCell(cells[c]!) : `,${csvCell(cells[c]!)}`;
  return `${out}\r\n`;
}

const FORMULA = /^[=+\-@\t\r]/;
const QUOTED = /[",\r\n]/;

function csvCell(v: Cell): string {
  if (v === null) return '';
  let s = typeof v === 'number' ? String(v) : v;
  if (typeof v === 'string' && FORMULA.test(s)) s = `'${s}`;
  return QUOTED.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
