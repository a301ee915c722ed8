import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ackDeadline, DEFAULT_POLICY, parsePolicy, resolveMinutes } from '../../core/hot-spots/escalation-policy.js';
import { bulkRates } from '../../core/delivery/pace.js';
import { checkBasicAuth } from '../../bot/http/queue-dashboard.js';

describe('escalation policy', () => {
  it('defaults: 4 → 10 min, 3 → 30 min, 2 → 2 h, 1 → watch only', () => {
    expect([4, 3, 2, 1].map((s) => resolveMinutes([], s as 1 | 2 | 3 | 4))).toEqual([10, 30, 120, null]);
    expect(DEFAULT_POLICY['1']).toBeNull();
  });

  it('the nearest unit that sets a severity wins; unset keys inherit from the parent', () => {
    const commune = { '3': 15 };
    const province = { '3': 45, '4': 5, '2': null };
    expect(resolveMinutes([commune, province], 3)).toBe(15);
    expect(resolveMinutes([commune, province], 4)).toBe(5);
    expect(resolveMinutes([commune, province], 2)).toBeNull();
    expect(resolveMinutes([{}, {}, {}], 1)).toBeNull();
    expect(resolveMinutes([{}, {}, { '1': 600 }], 1)).toBe(600);
  });

  it('ignores junk in the jsonb (bad keys, negative, huge or non-numeric minutes)', () => {
    expect(parsePolicy({ '4': 5, '5': 3, '0': 1, '3': -2, '2': 'x', '1': 99_999_999 })).toEqual({ '4': 5 });
    expect(parsePolicy(null)).toEqual({});
    expect(parsePolicy([1, 2])).toEqual({});
    expect(parsePolicy({ '1': null })).toEqual({ '1': null });
  });

  it('deadlines scale with ESCALATION_TIME_SCALE; watch-only has none', () => {
    const now = new Date('2026-11-22T03:00:00Z');
    expect(ackDeadline(now, 10, 1)?.toISOString()).toBe('2026-11-22T03:10:00.000Z');
    expect(ackDeadline(now, 10, 0.001)?.getTime()).toBe(now.getTime() + 600);
    expect(ackDeadline(now, null, 1)).toBeNull();
  });

  it('resolution never returns anything but a chain entry or the default (property)', () => {
    const minutes = fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 10_000 }));
    const policy = fc.dictionary(fc.constantFrom('1', '2', '3', '4'), minutes);
    fc.assert(
      fc.property(fc.array(policy, { maxLength: 6 }), fc.constantFrom(1, 2, 3, 4), (chain, sev) => {
        const key = String(sev) as '1';
        const got = resolveMinutes(chain.map(parsePolicy), sev as 1);
        const first = chain.find((p) => key in p);
        expect(got).toBe(first ? first[key] : DEFAULT_POLICY[key]);
      }),
    );
  });
});

describe('lane limiter and dashboard auth', () => {
  it('one bulk rate per channel from the configuration (Zalo OA and Zalo Bot share the Zalo one)', () => {
    expect(bulkRates({ TELEGRAM_BULK_RATE: 25, ZALO_BULK_RATE: 4 })).toEqual({ telegram: 25, zalo: 4, zalobot: 4, sandbox: 200 });
  });

  it('accepts only the exact user and password', () => {
    const basic = (s: string) => `Basic ${Buffer.from(s).toString('base64')}`;
    expect(checkBasicAuth(basic('admin:s3cret'), 'admin', 's3cret')).toBe(true);
    expect(checkBasicAuth(basic('admin:s3cre'), 'admin', 's3cret')).toBe(false);
    expect(checkBasicAuth(basic('root:s3cret'), 'admin', 's3cret')).toBe(false);
    expect(checkBasicAuth(basic('admins3cret'), 'admin', 's3cret')).toBe(false);
    expect(checkBasicAuth(undefined, 'admin', 's3cret')).toBe(false);
    expect(checkBasicAuth('Bearer x', 'admin', 's3cret')).toBe(false);
  });
});
