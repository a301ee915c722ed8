import { rowWriter, SHEET_PATH, sharedStrings, sheetHead, sheetTail, workbookParts, type Cell, type Sheet } from './xlsx.js';
import { utf8Lines } from './utf8-lines.js';
import { zipStream, type StreamEntry } from './zip-stream.js';

/**
 * The XLSX of core/kernel/xlsx.ts written as its rows arrive, batch by batch (an export reads the
 * database a page at a time): each batch's XML is encoded and deflated at once, so a month's
 * export is never one string of megabytes, and the first bytes leave before the last rows are read.
 * The workbook part names the filter's range and the shared strings are known once every row is
 * written, so both follow the sheet in the archive.
 */
export function xlsxStream(sheet: Omit<Sheet, 'rows'>, batches: AsyncIterable<Cell[][]>): AsyncGenerator<Uint8Array> {
  let rows = 0;
  const strings = sharedStrings(sheet);
  const rowXml = rowWriter(sheet, strings);
  async function* sheetXml(): AsyncGenerator<Uint8Array> {
    yield Buffer.from(sheetHead(sheet) + rowXml(sheet.header, 1), 'utf8');
    for await (const batch of batches) {
      const first = rows + 2;
      if (batch.length) yield utf8Lines(batch.length, (i) => rowXml(batch[i]!, first + i));
      rows += batch.length;
    }
    yield Buffer.from(sheetTail(sheet, rows), 'utf8');
  }
  function* entries(): Generator<StreamEntry> {
    yield { name: SHEET_PATH, content: sheetXml };
    // Read after the sheet is written: the row count is known by then.
    for (const [name, text] of Object.entries(workbookParts(sheet, rows, strings))) yield { name, content: () => [Buffer.from(text, 'utf8')] };
  }
  return zipStream(entries());
}
