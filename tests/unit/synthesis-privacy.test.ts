import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskPii } from '../../core/synthesis/privacy.js';

describe('maskPii', () => {
  it('masks phone numbers in the ways people write them, keeping the last two digits', () => {
    expect(maskPii('gọi 0912345678 ngay')).toBe('gọi ********78 ngay');
    expect(maskPii('0912 345 678')).toBe('**** *** *78');
    expect(maskPii('+84.912.345.678')).toBe('***.***.***.*78');
    expect(maskPii('ĐT bàn 0208 3855 123')).toBe('ĐT bàn **** **** *23');
  });

  it('masks citizen ID, old ID card and passport numbers', () => {
    expect(maskPii('CCCD 012345678901, CMND 123456789, hộ chiếu C1234567')).toBe('CCCD **********01, CMND *******89, hộ chiếu ******67');
  });

  it('leaves amounts, percentages, dates, years and receipt numbers alone', () => {
    const s = 'giá tăng 15%, khoảng 30 người, 1.500.000 đồng, ngày 05/12/2026, năm 2025-2026, BC-2026-11-000001, DN-2026-11-000012';
    expect(maskPii(s)).toBe(s);
  });

  it('never leaves ten phone digits in a row, whatever surrounds them', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.stringMatching(/^0[35789]\d{8}$/), fc.string({ maxLength: 20 }), (a, phone, b) => {
        const out = maskPii(`${a} ${phone} ${b}`);
        expect(out).not.toContain(phone);
      }),
    );
  });
});
