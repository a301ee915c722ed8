import { describe, expect, it } from 'vitest';
import { createI18n } from '../../core/kernel/i18n.js';
import type { ChannelLimits } from '../../core/kernel/channel.js';
import { ackData, deliveryParts, readdress, reminderMessage, wantsFileLink, type BroadcastContent } from '../../core/broadcasts/render.js';
import { byteLength } from '../../core/kernel/text.js';
import { telegramLimits } from '../../bot/channels/telegram/limits.js';

const { t } = createI18n();
const env = { t, timeZone: 'Asia/Ho_Chi_Minh' };
const zalo: ChannelLimits = { maxText: 2000, maxCaption: 2000, maxButtons: 5, maxCallbackBytes: 1000, supportsLocationRequest: false };
const textOnly: ChannelLimits = { ...zalo, maxButtons: 0 };
const para = 'Đề nghị các đồng chí nắm chắc tình hình tư tưởng của nhân dân trên địa bàn. '.repeat(20).trim();
const content = (over: Partial<BroadcastContent> = {}): BroadcastContent => ({
  id: 'b1',
  title: 'Kỳ họp HĐND',
  body: [para, para, para, para].join('\n\n'),
  sender: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
  attachment: null,
  requireAck: true,
  ackDeadline: new Date(Date.UTC(2026, 11, 25, 10)),
  ...over,
});

describe('what one recipient gets', () => {
  it('splits on paragraph boundaries at each platform limit, never cutting a paragraph when one fits', () => {
    for (const limits of [telegramLimits, zalo]) {
      const parts = deliveryParts(content(), 42, 'telegram', limits, 'vi', env);
      for (const p of parts) expect(p.type === 'text' && p.text.length <= limits.maxText).toBe(true);
      const texts = parts.map((p) => (p.type === 'text' ? p.text : ''));
      // Every later part starts at a paragraph (the body's, or the acknowledgement line).
      for (const x of texts.slice(1)) expect(x.startsWith('Đề nghị')).toBe(true);
      expect(texts.join('\n\n')).toContain(para);
    }
    expect(deliveryParts(content(), 42, 'zalo', zalo, 'vi', env).length).toBeGreaterThan(
      deliveryParts(content(), 42, 'telegram', telegramLimits, 'vi', env).length,
    );
  });

  it('"Đã nhận" sits under the last part only, with data that fits Telegram’s 64 bytes', () => {
    const parts = deliveryParts(content(), 9_007_199_254_740, 'telegram', telegramLimits, 'vi', env);
    const withChoices = parts.filter((p) => p.choices?.length);
    expect(withChoices).toEqual([parts.at(-1)]);
    const data = withChoices[0]!.choices![0]!.data;
    expect(data).toBe(ackData(9_007_199_254_740));
    expect(byteLength(data)).toBeLessThanOrEqual(64);
    expect(withChoices[0]!.choices![0]!.label).toBe('✅ Đã nhận');
    expect((parts.at(-1) as { text: string }).text).toContain('17:00 25/12/2026');
  });

  it('no button on a text-only channel: the message says to reply /danhan; no ack asked → no button at all', () => {
    const parts = deliveryParts(content(), 7, 'zalobot', textOnly, 'vi', env);
    expect(parts.some((p) => p.choices?.length)).toBe(false);
    expect((parts.at(-1) as { text: string }).text).toContain('/danhan');
    expect(deliveryParts(content({ requireAck: false }), 7, 'telegram', telegramLimits, 'vi', env).some((p) => p.choices?.length)).toBe(false);
  });

  it('the attachment goes first, on the channel it came from only', () => {
    const c = content({ attachment: { kind: 'photo', source: 'AgAC-file', channel: 'telegram' } });
    const tg = deliveryParts(c, 1, 'telegram', telegramLimits, 'vi', env);
    expect(tg[0]).toMatchObject({ type: 'media', kind: 'photo', source: 'AgAC-file', caption: 'Kỳ họp HĐND' });
    expect(deliveryParts(c, 1, 'zalo', zalo, 'vi', env).some((p) => p.type === 'media')).toBe(false);
  });

  it('is deterministic (a retry resumes after the parts already sent) and localised', () => {
    expect(deliveryParts(content(), 5, 'telegram', telegramLimits, 'vi', env)).toEqual(deliveryParts(content(), 5, 'telegram', telegramLimits, 'vi', env));
    // Rendered once per broadcast, re-addressed per recipient: the same messages.
    expect(readdress(deliveryParts(content(), 0, 'telegram', telegramLimits, 'vi', env), 77)).toEqual(
      deliveryParts(content(), 77, 'telegram', telegramLimits, 'vi', env),
    );
    expect((deliveryParts(content(), 5, 'telegram', telegramLimits, 'en', env)[0] as { text: string }).text).toMatch(/^📢 GUIDANCE/);
    const r = reminderMessage(content(), 5, telegramLimits, 'vi', env);
    expect(r).toMatchObject({ type: 'text', choices: [{ data: 'bk:5' }] });
  });

  it('names the sending unit under the title (issue 11 item 16)', () => {
    const [first] = deliveryParts(content(), 5, 'telegram', telegramLimits, 'vi', env) as { text: string }[];
    expect(first!.text.split('\n').slice(0, 2)).toEqual(['📢 ĐỊNH HƯỚNG: Kỳ họp HĐND', 'Đơn vị gửi: Ban Tuyên giáo và Dân vận Tỉnh ủy']);
    const [en] = deliveryParts(content(), 5, 'zalo', zalo, 'en', env) as { text: string }[];
    expect(en!.text).toContain('From: Ban Tuyên giáo và Dân vận Tỉnh ủy');
  });
});

describe('the acknowledgement reminder', () => {
  it('names the sending unit, with or without a deadline, on every channel and locale (issue 11)', () => {
    const unit = 'Ban Tuyên giáo và Dân vận Tỉnh ủy';
    const text = (m: ReturnType<typeof reminderMessage>) => (m as { text: string }).text;
    expect(text(reminderMessage(content(), 5, telegramLimits, 'vi', env))).toBe(
      `Nhắc: đồng chí chưa xác nhận đã nhận định hướng «Kỳ họp HĐND» của ${unit}. Hạn xác nhận: 17:00 25/12/2026.`,
    );
    expect(text(reminderMessage(content({ ackDeadline: null }), 5, telegramLimits, 'vi', env))).toBe(
      `Nhắc: đồng chí chưa xác nhận đã nhận định hướng «Kỳ họp HĐND» của ${unit}.`,
    );
    expect(text(reminderMessage(content(), 5, textOnly, 'vi', env))).toContain(`của ${unit}`);
    expect(text(reminderMessage(content(), 5, zalo, 'en', env))).toContain(`"Kỳ họp HĐND" from ${unit}`);
  });
});

describe('an attachment on every channel (issue 17 §3)', () => {
  const pdf = { path: '/files/ab/abcd', mimeType: 'application/pdf', fileName: 'so-tay.pdf', size: 200_000 };
  const withFile = (file: BroadcastContent['file'], over: Partial<BroadcastContent> = {}) =>
    content({ attachment: { kind: 'document', source: 'BQAC-doc', channel: 'telegram', fileName: 'so-tay.pdf', mediaId: 'm1' }, file, ...over });
  const media = (parts: ReturnType<typeof deliveryParts>) => parts.filter((p) => p.type === 'media');
  const text = (parts: ReturnType<typeof deliveryParts>) => parts.map((p) => (p.type === 'text' ? p.text : '')).join('\n');

  it('its own channel re-sends the file id; the others get the kept copy; on Zalo Bot a material points to /tailieu', () => {
    expect(media(deliveryParts(withFile(pdf), 1, 'telegram', telegramLimits, 'vi', env))).toEqual([
      { type: 'media', kind: 'document', source: 'BQAC-doc', fileName: 'so-tay.pdf', caption: 'Kỳ họp HĐND' },
    ]);
    for (const channel of ['zalo', 'sandbox'] as const)
      expect(media(deliveryParts(withFile(pdf), 1, channel, zalo, 'vi', env))).toEqual([
        { type: 'media', kind: 'document', source: '/files/ab/abcd', fileName: 'so-tay.pdf', caption: 'Kỳ họp HĐND' },
      ]);
    const bot = deliveryParts(withFile(pdf, { material: true }), 1, 'zalobot', textOnly, 'vi', env);
    expect(media(bot)).toEqual([]);
    expect(text(bot)).toContain('có tệp đính kèm «so-tay.pdf», nhưng kênh này chưa gửi được loại tệp đó. Đồng chí mở tài liệu trong /tailieu');
    expect(wantsFileLink(withFile(pdf, { material: true }), 'zalobot', textOnly)).toBe(false);
  });

  it('a guidance’s kept file where the channel cannot carry it: the recipient’s own link, or without one who to ask', () => {
    expect(wantsFileLink(withFile(pdf), 'zalobot', textOnly)).toBe(true);
    expect(wantsFileLink(withFile(pdf), 'zalo', zalo)).toBe(false);
    expect(wantsFileLink(withFile(null), 'zalobot', textOnly)).toBe(false);
    const link = { url: 'https://dlxh.example.vn/tep/abc.def', hours: 72 };
    const linked = deliveryParts(withFile(pdf), 1, 'zalobot', textOnly, 'vi', env, link);
    expect(media(linked)).toEqual([]);
    expect(text(linked)).toContain('«so-tay.pdf» mà kênh này không gửi trực tiếp được. Đồng chí tải tệp tại:\nhttps://dlxh.example.vn/tep/abc.def');
    expect(text(linked)).toContain('dùng được trong 72 giờ');
    expect(text(deliveryParts(withFile(pdf), 1, 'zalobot', textOnly, 'en', env, link))).toContain('Download it here:\nhttps://dlxh.example.vn/tep/abc.def');
    expect(text(deliveryParts(withFile(pdf), 1, 'zalobot', textOnly, 'vi', env, null))).toContain('Đồng chí liên hệ cán bộ phụ trách để nhận tệp');
  });

  it('Zalo OA takes pdf/doc/docx to 5 MB and jpg/png to 1 MB; anything else, or a file not kept, is a note', () => {
    const zaloGets = (f: BroadcastContent['file']) => media(deliveryParts(withFile(f), 1, 'zalo', zalo, 'vi', env)).map((p) => p.type === 'media' && p.kind);
    expect(zaloGets({ ...pdf, mimeType: 'application/zip', fileName: 'huong-dan.docx' })).toEqual(['document']);
    expect(zaloGets({ ...pdf, mimeType: 'application/zip', fileName: 'tai-lieu.zip' })).toEqual([]);
    expect(zaloGets({ ...pdf, size: 6 * 1024 * 1024 })).toEqual([]);
    expect(zaloGets({ ...pdf, mimeType: 'image/png', fileName: 'a.png', size: 500_000 })).toEqual(['photo']);
    expect(zaloGets({ ...pdf, mimeType: 'image/png', fileName: 'a.png', size: 2_000_000 })).toEqual([]);
    expect(zaloGets({ ...pdf, mimeType: 'video/mp4', fileName: 'clip.mp4' })).toEqual([]);
    const notKept = deliveryParts(withFile(null), 1, 'zalo', zalo, 'vi', env);
    expect(media(notKept)).toEqual([]);
    expect(text(notKept)).toContain('«so-tay.pdf»');
  });
});
