import { zipFiles } from './zip.js';

/**
 * The one XLSX writer (one sheet, text and number cells, a bold frozen header row, optional
 * column widths and auto-filter): the OOXML parts Excel and LibreOffice need, zipped with Node's
 * zlib (core/kernel/zip.ts). Inline strings keep it one pass; the XML is escaped and control
 * characters Excel refuses are dropped.
 */
export type Cell = string | number | null;

export interface Sheet {
  name: string;
  header: string[];
  rows: Cell[][];
  /** Column widths in characters (default: the application's). */
  widths?: number[];
  /** A filter on the header row over every column. */
  autoFilter?: boolean;
}

/** 0 → A, 25 → Z, 26 → AA, as a spreadsheet names its columns. */
export function columnName(i: number): string {
  let n = i + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

// Control characters Excel refuses are dropped, so they must be found too.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
/** Most cells need no escaping: test once, replace only when needed (exports have ~10^5 cells). */
const xml = (s: string) => (NEEDS_ESCAPE.test(s) ? escapeXml(s) : s);
const escapeXml = (s: string) =>
  s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** Empty cells are written (`<c/>`) instead of carrying a reference on every cell: a third less XML. */
function cellXml(v: Cell, style: string): string {
  if (v === null || v === '') return style ? `<c${style}/>` : '<c/>';
  if (typeof v === 'number' && Number.isFinite(v)) return `<c${style}><v>${v}</v></c>`;
  const text = xml(String(v));
  const space = text.length > 0 && (text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32) ? ' xml:space="preserve"' : '';
  return `<c t="inlineStr"${style}><is><t${space}>${text}</t></is></c>`;
}

/** Row `r` (1-based; the header is row 1, bold). Concatenated, not pushed and joined: less CPU on a 25k-row export. */
export function rowXml(row: Cell[], r: number): string {
  const style = r === 1 ? ' s="1"' : '';
  let out = `<row r="${r}">`;
  for (let c = 0; c < row.length; c++) out += cellXml(row[c]!, style);
  return `${out}</row>`;
}

/** The sheet's XML before its rows, and after them (the filter needs the row count). */
export function sheetHead(sheet: Pick<Sheet, 'widths'>): string {
  const cols = sheet.widths ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>${cols}<sheetData>`;
}

export function sheetTail(sheet: Pick<Sheet, 'header' | 'autoFilter'>, rows: number): string {
  return `</sheetData>${sheet.autoFilter ? `<autoFilter ref="${filterRange(sheet.header.length, rows)}"/>` : ''}</worksheet>`;
}

function sheetXml(sheet: Sheet): string {
  let body = rowXml(sheet.header, 1);
  for (let r = 0; r < sheet.rows.length; r++) body += rowXml(sheet.rows[r]!, r + 2);
  return sheetHead(sheet) + body + sheetTail(sheet, sheet.rows.length);
}

const filterRange = (columns: number, rows: number, abs = '') => `${abs}A${abs}1:${abs}${columnName(Math.max(0, columns - 1))}${abs}${rows + 1}`;

export const SHEET_PATH = 'xl/worksheets/sheet1.xml';

/** Every part but the sheet; the workbook names the filter's range, so it needs the row count. */
export function workbookParts(sheet: Pick<Sheet, 'name' | 'header' | 'autoFilter'>, rows: number): Record<string, string> {
  const name = xml(sheet.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31));
  const filterName = sheet.autoFilter
    ? `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'${name}'!${filterRange(sheet.header.length, rows, '$')}</definedName></definedNames>`
    : '';
  return {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets>${filterName}</workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf fontId="0"/><xf fontId="1" applyFont="1"/></cellXfs></styleSheet>`,
  };
}

export function toXlsx(sheet: Sheet): Buffer {
  return zipFiles({ ...workbookParts(sheet, sheet.rows.length), [SHEET_PATH]: sheetXml(sheet) });
}
