import { describe, expect, it } from 'vitest';
import { findPersonalData, removePersonalData } from '../../core/compliance/personal-data.js';

/** Issue 11 item 20: what the chat asks a reporter to remove before sending. */
describe('personal data in free text', () => {
  const sample = 'Ông Nguyễn Văn Tám, SĐT 0912345678, nói sẽ kéo người lên xã; email tam.nv@gmail.com, CCCD 001085012345.';

  it('finds phone, identity number, e-mail and "Ông/Bà + full name"', () => {
    expect(findPersonalData(sample)).toEqual([
      { kind: 'email', text: 'tam.nv@gmail.com' },
      { kind: 'phone', text: '0912345678' },
      { kind: 'id', text: '001085012345' },
      { kind: 'name', text: 'Ông Nguyễn Văn Tám' },
    ]);
    expect(findPersonalData('gọi bà Lê Thị Hoa qua số +84 912 345 678').map((h) => h.kind)).toEqual(['phone', 'name']);
  });

  it('leaves alone what is not personal: amounts, dates, places, groups', () => {
    for (const text of ['Giá điện tăng 1.500.000 đồng từ 01/12/2026', 'Người dân xã Bà Rịa phản ánh', 'Ông bà nông dân lo lắng', 'Khoảng 30 hộ dân']) {
      expect(findPersonalData(text)).toEqual([]);
    }
  });

  it('removes the numbers with the words announcing them and tidies the sentence', () => {
    expect(removePersonalData(sample, 'phone')).toBe('Ông Nguyễn Văn Tám, nói sẽ kéo người lên xã; email tam.nv@gmail.com, CCCD 001085012345.');
    expect(removePersonalData('Liên hệ (số điện thoại: 0912 345 678) để biết thêm', 'phone')).toBe('Liên hệ để biết thêm');
    expect(removePersonalData(sample, 'id')).not.toMatch(/CCCD|001085012345/);
    expect(removePersonalData(sample, 'email')).not.toContain('@');
  });
});
