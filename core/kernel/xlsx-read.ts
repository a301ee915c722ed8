import { strFromU8, unzipSync } from 'fflate';

/**
 * Reads the first worksheet of an .xlsx file as rows of strings (what a bulk import needs):
 * shared strings, inline strings, numbers and booleans; formulas give their cached value; empty
 * cells are ''. Row numbers are kept: `rows[i]` is spreadsheet row i + 1 (gaps are empty rows).
 */
export class XlsxReadError extends Error {
  override readonly name = 'XlsxReadError';
}

const MAX_ROWS = 100_000;

function decode(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()]!;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** The text of a <si> or <is>: every <t> run joined (rich text has several). */
const runs = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => decode(m[1]!)).join('');

function column(ref: string): number {
  let n = 0;
  for (const ch of ref.replace(/\d+$/, '')) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The rows with their spreadsheet row numbers, blank rows left out (bulk import reports by line). */
export function readXlsxLines(data: Uint8Array): { line: number; cells: string[] }[] {
  return readXlsx(data)
    .map((cells, i) => ({ line: i + 1, cells }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
}

function readXlsx(data: Uint8Array): string[][] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(data, {
      filter: (f) => f.name === 'xl/sharedStrings.xml' || /^xl\/worksheets\/sheet\d+\.xml$/.test(f.name) || f.name === 'xl/workbook.xml',
    });
  } catch {
    throw new XlsxReadError('not an xlsx file');
  }
  const sheetName = Object.keys(files)
    .filter((n) => n.startsWith('xl/worksheets/'))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]))[0];
  if (!sheetName) throw new XlsxReadError('no worksheet');
  const shared = files['xl/sharedStrings.xml'] ? [...strFromU8(files['xl/sharedStrings.xml']).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => runs(m[1]!)) : [];
  const sheet = strFromU8(files[sheetName]!);
  const rows: string[][] = [];
  for (const r of sheet.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const rowNo = Number(/\br="(\d+)"/.exec(r[1]!)?.[1] ?? rows.length + 1);
    if (rowNo > MAX_ROWS) throw new XlsxReadError(`more than ${MAX_ROWS} rows`);
    const cells: string[] = [];
    for (const c of (r[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1]!;
      const body = c[2] ?? '';
      const ref = /\br="([A-Z]+\d+)"/.exec(attrs)?.[1];
      const type = /\bt="(\w+)"/.exec(attrs)?.[1];
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      const value =
        type === 's' ? (shared[Number(v)] ?? '') : type === 'inlineStr' ? runs(body) : type === 'b' ? (v === '1' ? 'TRUE' : 'FALSE') : v ? decode(v) : '';
      cells[ref ? column(ref) : cells.length] = value;
    }
    while (rows.length < rowNo - 1) rows.push([]);
    rows.push(Array.from(cells, (x) => x ?? ''));
  }
  return rows;
}
