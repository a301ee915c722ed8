import { describe, expect, it } from 'vitest';
import { createI18n } from '../../core/kernel/i18n.js';
import { progressMessage, type Figures } from '../../core/broadcasts/figures.js';
import { SEND_STATES } from '../../db/schema/index.js';
import { listReply, viewReply } from '../../bot/features/broadcasts/views.js';
import type { broadcasts } from '../../db/schema/index.js';

const { t } = createI18n();
const ctx = { locale: 'vi' as const, t: (k: string, a?: Record<string, string | number>) => t('vi', k, a) };
const at = new Date(Date.UTC(2026, 11, 7, 3));
const row = (over: Partial<typeof broadcasts.$inferSelect> = {}) =>
  ({
    id: '00000000-0000-4000-8000-000000000001',
    title: 'Kỳ họp HĐND',
    status: 'sending',
    pauseReason: null,
    audienceSize: 2,
    requireAck: true,
    fanoutDone: true,
    createdAt: at,
    ...over,
  }) as typeof broadcasts.$inferSelect;
const figures = (byState: Partial<Figures['byState']>): Figures => {
  const all = Object.fromEntries(SEND_STATES.map((s) => [s, byState[s] ?? 0])) as Figures['byState'];
  return { total: Object.values(all).reduce((a, n) => a + n, 0), byState: all, pendingByChannel: {} };
};

describe('status shown with the figures (issue 11 item 16)', () => {
  it('every delivery ended: «đã gửi xong», before the monitor marks it done, and no «Tạm dừng»', () => {
    const f = figures({ sent: 1, acknowledged: 1 });
    const list = listReply(ctx, { timeZone: 'Asia/Ho_Chi_Minh' }, [{ broadcast: row(), figures: f }]);
    expect(list.text).toContain('«Kỳ họp HĐND» — đã gửi xong — đã gửi 2/2, xác nhận 1 (50%)');
    const p = progressMessage(row(), f, 0, 'vi', t);
    expect(p.text).toContain('Trạng thái: đã gửi xong');
    expect(p.text).toContain('Đã xác nhận: 1 (50%)');
    expect(p.choices).toEqual([]);
  });

  it('still sending while a delivery is queued, or while the audience is not all snapshotted', () => {
    const list = (b: ReturnType<typeof row>, f: Figures) => listReply(ctx, { timeZone: 'Asia/Ho_Chi_Minh' }, [{ broadcast: b, figures: f }]).text;
    expect(list(row(), figures({ sent: 1, queued: 1 }))).toContain('— đang gửi —');
    expect(list(row({ fanoutDone: false }), figures({ sent: 2 }))).toContain('— đang gửi —');
    expect(list(row({ status: 'cancelled' }), figures({ sent: 2 }))).toContain('— đã hủy —');
  });

  it('a guidance waiting for its hour (quiet hours or a chosen time) says when it leaves, and its view the deadline', () => {
    const waiting = row({ status: 'scheduled', scheduledAt: new Date(Date.UTC(2026, 11, 7, 23)), ackDeadline: new Date(Date.UTC(2026, 11, 9, 10)) });
    const list = listReply(ctx, { timeZone: 'Asia/Ho_Chi_Minh' }, [{ broadcast: waiting, figures: figures({}) }]).text;
    expect(list).toContain('«Kỳ họp HĐND» — hẹn gửi lúc 06:00 08/12/2026 — đã gửi 0/2');
    const view = viewReply(
      ctx,
      { timeZone: 'Asia/Ho_Chi_Minh', rates: {} as never },
      { ok: true, broadcast: waiting, figures: figures({}), byUnit: [], file: null },
    );
    expect(view.text).toContain('Trạng thái: đã hẹn giờ\n');
    expect(view.text).toContain('Giờ gửi: 06:00 08/12/2026');
    expect(view.text).toContain('Hạn xác nhận: 17:00 09/12/2026');
    // Once it is sending, the hour it left is no longer news; the deadline still is.
    const sending = viewReply(
      ctx,
      { timeZone: 'Asia/Ho_Chi_Minh', rates: {} as never },
      { ok: true, broadcast: { ...waiting, status: 'sending' }, figures: figures({ sent: 1, queued: 1 }), byUnit: [], file: null },
    ).text;
    expect(sending).not.toContain('Giờ gửi');
    expect(sending).toContain('Hạn xác nhận: 17:00 09/12/2026');
  });
});
