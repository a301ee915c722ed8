import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFiles } from '../../core/kernel/zip.js';

describe('zipFiles', () => {
  it('writes an archive another reader opens byte for byte: UTF-8 names, empty and large parts', () => {
    const large = 'Đảng ủy xã An Bình — 👨‍🌾 '.repeat(50_000);
    const bytes = new Uint8Array([0, 1, 2, 255]);
    const zip = zipFiles({ 'xl/worksheets/sheet1.xml': large, 'trống.txt': '', 'bin/raw': bytes });
    const out = unzipSync(zip);
    expect(Object.keys(out)).toEqual(['xl/worksheets/sheet1.xml', 'trống.txt', 'bin/raw']);
    expect(strFromU8(out['xl/worksheets/sheet1.xml']!)).toBe(large);
    expect(out['trống.txt']!.length).toBe(0);
    expect([...out['bin/raw']!]).toEqual([0, 1, 2, 255]);
    expect(zip.length).toBeLessThan(large.length / 20);
  });
});
