import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toXlsx, type Cell } from '../../core/kernel/xlsx.js';
import { readXlsxLines } from '../../core/kernel/xlsx-read.js';
import { utf8Lines } from '../../core/kernel/utf8-lines.js';
import { xlsxStream } from '../../core/kernel/xlsx-stream.js';
import { zipStream } from '../../core/kernel/zip-stream.js';

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<{ bytes: Buffer; pieces: number }> {
  const all: Uint8Array[] = [];
  for await (const c of chunks) all.push(c);
  return { bytes: Buffer.concat(all), pieces: all.length };
}

async function* batches(rows: Cell[][], size: number): AsyncGenerator<Cell[][]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

describe('zipStream', () => {
  it('writes entries whose content arrives in pieces, with data descriptors another reader opens', async () => {
    const text = 'Đảng ủy xã An Bình — 👨‍🌾 '.repeat(20_000);
    const { bytes } = await collect(
      zipStream([
        { name: 'a/phần một.txt', content: () => [Buffer.from(text.slice(0, 1000)), Buffer.from(text.slice(1000))] },
        { name: 'trống.txt', content: () => [] },
      ]),
    );
    const out = unzipSync(bytes);
    expect(Object.keys(out)).toEqual(['a/phần một.txt', 'trống.txt']);
    expect(strFromU8(out['a/phần một.txt']!)).toBe(text);
    expect(out['trống.txt']!.length).toBe(0);
    expect(bytes.length).toBeLessThan(text.length / 20);
  });
});

describe('xlsxStream', () => {
  const header = ['Đơn vị', 'Nội dung', 'Số'];
  const rows: Cell[][] = Array.from({ length: 2_500 }, (_, i) => [`Xã số ${i % 7}`, i % 3 ? `Ý kiến <${i}> & "trích"` : null, i]);

  it('writes the same workbook as toXlsx, batch by batch, in many pieces', async () => {
    const sheet = { name: 'Luồng ý kiến', header, autoFilter: true, widths: [20, 60, 8] };
    const { bytes, pieces } = await collect(xlsxStream(sheet, batches(rows, 1000)));
    expect(pieces).toBeGreaterThan(6);
    const streamed = unzipSync(bytes);
    const whole = unzipSync(toXlsx({ ...sheet, rows }));
    expect(Object.keys(streamed).sort()).toEqual(Object.keys(whole).sort());
    for (const name of Object.keys(whole)) expect(strFromU8(streamed[name]!), name).toBe(strFromU8(whole[name]!));
    expect(strFromU8(streamed['xl/worksheets/sheet1.xml']!)).toContain('<autoFilter ref="A1:C2501"/>');
    expect(strFromU8(streamed['xl/workbook.xml']!)).toContain("'Luồng ý kiến'!$A$1:$C$2501");
  });

  it('an empty export is the header row alone', async () => {
    const { bytes } = await collect(xlsxStream({ name: 'x', header }, batches([], 10)));
    expect(strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!)).toMatch(/<sheetData><row r="1">.*<\/row><\/sheetData>/);
  });

  it('writes the repeated columns once, as shared strings a reader resolves to the same cells', async () => {
    const cells: Cell[][] = Array.from({ length: 3_000 }, (_, i) => [
      ['Xã An Bình', 'Phường 1', ' Khối <đoàn> & "thể" '][i % 3]!,
      `Ý kiến số ${i} — ${'x'.repeat(i % 50)}`,
      i % 4 ? 'Đồng tình' : i % 8 ? '' : null,
      i,
    ]);
    const sheet = { name: 'Luồng', header: ['Đơn vị', 'Nội dung', 'Khuynh hướng', 'Số'], autoFilter: true };
    const { bytes } = await collect(xlsxStream({ ...sheet, shared: [0, 2, 3] }, batches(cells, 700)));
    const files = unzipSync(bytes);
    const sst = strFromU8(files['xl/sharedStrings.xml']!);
    expect(sst).toContain('count="5250" uniqueCount="4"');
    expect(sst).toContain('<si><t xml:space="preserve"> Khối &lt;đoàn&gt; &amp; &quot;thể&quot; </t></si>');
    expect(strFromU8(files['[Content_Types].xml']!)).toContain('/xl/sharedStrings.xml');
    expect(strFromU8(files['xl/_rels/workbook.xml.rels']!)).toContain('Target="sharedStrings.xml"');
    const xml = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(xml).toContain('<row r="2"><c t="s"><v>0</v></c><c t="inlineStr"><is><t xml:space="preserve">Ý kiến số 0 — </t></is></c><c/><c><v>0</v></c></row>');
    expect(xml.match(/Xã An Bình/g)).toBeNull(); // the header is inline, the unit only in the table
    // Read back by the import's reader: the same cells as the all-inline workbook.
    const inline = readXlsxLines(toXlsx({ ...sheet, rows: cells }));
    expect(readXlsxLines(bytes)).toEqual(inline);
    expect(inline[2]!.cells).toEqual(['Phường 1', 'Ý kiến số 1 — x', 'Đồng tình', '1']);
    expect(bytes.length).toBeLessThan(toXlsx({ ...sheet, rows: cells }).length);
  });

  it('toXlsx writes the same shared workbook as the stream', async () => {
    const sheet = { name: 'x', header, shared: [0] };
    const { bytes } = await collect(xlsxStream(sheet, batches(rows, 1000)));
    const streamed = unzipSync(bytes);
    const whole = unzipSync(toXlsx({ ...sheet, rows }));
    for (const name of Object.keys(whole)) expect(strFromU8(streamed[name]!), name).toBe(strFromU8(whole[name]!));
    expect(Object.keys(streamed).sort()).toEqual(Object.keys(whole).sort());
  });
});

describe('utf8Lines', () => {
  it('writes every line after the prefix, growing past its first guess for long multi-byte lines', () => {
    const lines = ['a,b\r\n', `${'Đảng ủy 👨‍🌾 '.repeat(400)}\r\n`, '', 'z'];
    const out = utf8Lines(lines.length, (i) => lines[i]!, '\uFEFF');
    expect(out.toString('utf8')).toBe(`\uFEFF${lines.join('')}`);
    expect(utf8Lines(0, () => 'x').length).toBe(0);
  });
});
