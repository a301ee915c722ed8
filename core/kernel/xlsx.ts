import { zipFiles } from './zip.js';

/**
 * The one XLSX writer (one sheet, text and number cells, a bold frozen header row, optional
 * column widths and auto-filter): the OOXML parts Excel and LibreOffice need, zipped with Node's
 * zlib (core/kernel/zip.ts). Inline strings keep it one pass; columns of a few repeated values
 * (units, labels) can go to a shared-string table instead. The XML is escaped and control
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
  /**
   * Columns (0-based) whose values repeat, units and labels: each distinct text is written once
   * in xl/sharedStrings.xml and the cells refer to it by number, `<c t="s"><v>3</v></c>` instead of
   * the text (a month's stream export: 18 MB of sheet XML → 8 MB to encode and deflate). Free
   * text stays inline: sharing it would only keep every text in memory until the sheet ends.
   */
  shared?: readonly number[];
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

/** `<t>` with the text escaped, keeping its leading or trailing spaces. */
function textXml(v: string): string {
  const text = xml(v);
  const space = text.length > 0 && (text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32) ? ' xml:space="preserve"' : '';
  return `<t${space}>${text}</t>`;
}

/** Empty cells are written (`<c/>`) instead of carrying a reference on every cell: a third less XML. */
function cellXml(v: Cell, style: string): string {
  if (v === null || v === '') return style ? `<c${style}/>` : '<c/>';
  if (typeof v === 'number' && Number.isFinite(v)) return `<c${style}><v>${v}</v></c>`;
  return `<c t="inlineStr"${style}><is>${textXml(String(v))}</is></c>`;
}

/**
 * The shared-string table of one workbook: each distinct text gets the next number, in the
 * order first met, and is written once (its XML escaped once, not on every cell).
 */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private body = '';
  private count = 0;

  ref(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(text, i);
      this.body += `<si>${textXml(text)}</si>`;
    }
    return i;
  }

  xml(): string {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.index.size}">${this.body}</sst>`;
  }
}

/** The table a sheet's shared columns write to; null when it has none (the workbook then has no such part). */
export const sharedStrings = (sheet: Pick<Sheet, 'shared'>): SharedStrings | null => (sheet.shared?.length ? new SharedStrings() : null);

/**
 * Row `r` (1-based; the header is row 1, bold, always inline) as XML, the text cells of the
 * sheet's shared columns referring to `strings`. Concatenated, not pushed and joined: less CPU
 * on a 25k-row export.
 */
export function rowWriter(sheet: Pick<Sheet, 'shared'>, strings: SharedStrings | null): (row: Cell[], r: number) => string {
  const shared: boolean[] = [];
  for (const c of strings ? (sheet.shared ?? []) : []) shared[c] = true;
  return (row, r) => {
    const style = r === 1 ? ' s="1"' : '';
    let out = `<row r="${r}">`;
    for (let c = 0; c < row.length; c++) {
      const v = row[c]!;
      out += shared[c] && r > 1 && typeof v === 'string' && v !== '' ? `<c t="s"><v>${strings!.ref(v)}</v></c>` : cellXml(v, style);
    }
    return `${out}</row>`;
  };
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

function sheetXml(sheet: Sheet, strings: SharedStrings | null): string {
  const rowXml = rowWriter(sheet, strings);
  let body = rowXml(sheet.header, 1);
  for (let r = 0; r < sheet.rows.length; r++) body += rowXml(sheet.rows[r]!, r + 2);
  return sheetHead(sheet) + body + sheetTail(sheet, sheet.rows.length);
}

const filterRange = (columns: number, rows: number, abs = '') => `${abs}A${abs}1:${abs}${columnName(Math.max(0, columns - 1))}${abs}${rows + 1}`;

export const SHEET_PATH = 'xl/worksheets/sheet1.xml';

const SST_TYPE = '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>';
const SST_REL = '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>';

/**
 * Every part but the sheet, and the shared strings when the sheet has any: written after the
 * sheet, as the workbook names the filter's range (the row count) and the table is full then.
 */
export function workbookParts(sheet: Pick<Sheet, 'name' | 'header' | 'autoFilter'>, rows: number, strings: SharedStrings | null): Record<string, string> {
  const name = xml(sheet.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31));
  const filterName = sheet.autoFilter
    ? `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'${name}'!${filterRange(sheet.header.length, rows, '$')}</definedName></definedNames>`
    : '';
  return {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${strings ? SST_TYPE : ''}</Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets>${filterName}</workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${strings ? SST_REL : ''}</Relationships>`,
    'xl/styles.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf fontId="0"/><xf fontId="1" applyFont="1"/></cellXfs></styleSheet>`,
    ...(strings ? { 'xl/sharedStrings.xml': strings.xml() } : {}),
  };
}

export function toXlsx(sheet: Sheet): Buffer {
  const strings = sharedStrings(sheet);
  const xml = sheetXml(sheet, strings);
  return zipFiles({ ...workbookParts(sheet, sheet.rows.length, strings), [SHEET_PATH]: xml });
}
