import fc from 'fast-check';

/** Strings people (and attackers) type: Vietnamese, numbers, dates, commands, markup, control and bidi characters, huge ones. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 120 }).map(String) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '', ' ', '\n\n', '/', '/huy', '/tieptuc', '/start', '/start BCGH2345', '1', '2.', '0', '-1', '99', 'có', 'CO', 'Khong', 'đồng ý',
      'Bỏ qua', 'xong', 'gửi', 'hủy', '{ $name }', '{$x}', '<b>x</b>', '<script>alert(1)</script>', "'; drop table people; --",
      '\u0000', '\u202Eabc', '\uFEFF', '\uD800', '👍🏽👨‍👩‍👧', 'a'.repeat(5000), '25/12/2026 08:30', '31/02/2026', '2026-13-45', '24:61',
      'ngày mai 8h', 'hôm nay', '10.762622, 106.660172', 'BCGH-2345', 'bcgh 2345', 'tuyệt đại đa số', 'đa số', 'trái chiều',
    ),
  },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('/', '/baocao ', '/diemnong ', ''), fc.string({ maxLength: 20 })).map(([a, b]) => a + b) },
);
