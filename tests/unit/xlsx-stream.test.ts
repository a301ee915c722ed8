import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toXlsx, type Cell } from '../../core/kernel/xlsx.js';
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
});
