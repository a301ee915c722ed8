import { describe, expect, it } from 'vitest';
import { columnName, toXlsx } from '../../core/kernel/xlsx.js';
import { unzip, xlsxRows } from '../integration/synthesis-docx-reader.js';

describe('XLSX writer', () => {
  it('names columns like a spreadsheet', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('writes a workbook whose parts are all there and whose cells read back, escaped and cleaned', () => {
    const buf = toXlsx({
      name: 'Luồng ý kiến/2026',
      header: ['Số', 'Nội dung'],
      rows: [
        [1, 'a < b & "c"'],
        [2, 'dòng\u0007 điều khiển'],
        [3, null],
      ],
      autoFilter: true,
    });
    const parts = unzip(buf);
    expect([...parts.keys()]).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        '_rels/.rels',
        'xl/workbook.xml',
        'xl/_rels/workbook.xml.rels',
        'xl/styles.xml',
        'xl/worksheets/sheet1.xml',
      ]),
    );
    expect(parts.get('xl/workbook.xml')!.toString()).toContain('name="Luồng ý kiến 2026"');
    expect(parts.get('xl/worksheets/sheet1.xml')!.toString()).toContain('<autoFilter ref="A1:B4"/>');
    expect(xlsxRows(buf)).toEqual([
      ['Số', 'Nội dung'],
      ['1', 'a < b & "c"'],
      ['2', 'dòng điều khiển'],
      ['3', ''],
    ]);
  });
});
