import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SendError, type SendFailure } from '../../core/kernel/errors.js';
import type { Choice, InboundMessage } from '../../core/kernel/messages.js';
import { byteLength } from '../../core/kernel/text.js';
import type { ContractHarness, ContractTraits, HarnessFactory, SentRecord } from './harness.js';

/**
 * The shared adapter contract (DESIGN §8): every channel adapter, wired to a local fake of its
 * platform, must pass these. Capability differences (text-only channels, messaging windows) are
 * asserted differently, never skipped.
 */
export function runAdapterContract(name: string, factory: HarnessFactory, traits: ContractTraits = {}): void {
  describe(`adapter contract: ${name}`, () => {
    let h: ContractHarness;
    let counter = 0;
    const account = async (): Promise<string> => (h.newAccount ? h.newAccount() : String(610_000_000 + counter++));
    const sentTo = async (acct: string): Promise<SentRecord[]> => (await h.sent()).filter((r) => r.accountId === acct);
    const from = (acct: string): InboundMessage[] => h.received.filter((m) => m.accountId === acct);

    /** Runs a user action and returns what the adapter handed to the engine for it. */
    async function inbound(acct: string, act: () => Promise<void>): Promise<InboundMessage> {
      const before = h.received.length;
      await act();
      await h.waitForReceived(before + 1);
      const msg = from(acct).at(-1);
      expect(msg, 'the adapter handed nothing to the engine for this account').toBeDefined();
      expect(msg!.channel).toBe(h.adapter.channel);
      expect(msg!.updateKey).toMatch(/\S/);
      return msg!;
    }

    beforeAll(async () => {
      h = await factory();
      expect(h.supportsOutOfWindow, 'pass { supportsOutOfWindow } to runAdapterContract to match the harness').toBe(traits.supportsOutOfWindow ?? false);
    });
    afterAll(async () => {
      await h?.close();
    });

    it('text in → a text message from that account, emoji and accents intact', async () => {
      const acct = await account();
      const text = 'Xin chào 👋 — tình hình ổn định, người dân đồng tình';
      const msg = await inbound(acct, () => h.userSendsText(acct, text));
      expect(msg.accountId).toBe(acct);
      expect(msg.payload).toEqual({ type: 'text', text });
    });

    it('location in → coordinates', async () => {
      const acct = await account();
      const msg = await inbound(acct, () => h.userSendsLocation(acct, 21.028511, 105.804817));
      expect(msg.payload.type).toBe('location');
      if (msg.payload.type !== 'location') return;
      expect(msg.payload.latitude).toBeCloseTo(21.028511, 5);
      expect(msg.payload.longitude).toBeCloseTo(105.804817, 5);
    });

    it('photo in → media with a file id to download later', async () => {
      const acct = await account();
      const msg = await inbound(acct, () => h.userSendsPhoto(acct));
      expect(msg.payload.type).toBe('media');
      if (msg.payload.type !== 'media') return;
      expect(msg.payload.media.kind).toBe('photo');
      expect(msg.payload.media.fileId).toMatch(/\S/);
    });

    it('a redelivered raw update carries the same update key (the engine dedups on it)', async () => {
      const acct = await account();
      const first = await inbound(acct, () => h.userSendsText(acct, 'Tin nhắn có thể bị gửi lại'));
      const again = await inbound(acct, () => h.redeliverLast());
      expect(again.updateKey).toBe(first.updateKey);
      expect(again.payload).toEqual(first.payload);
    });

    it('choices out → pressable buttons with data ≤ 64 bytes (or a numbered list on text-only channels)', async () => {
      const acct = await account();
      const choices: Choice[] = [
        { label: 'Đồng ý với chủ trương', data: 'c:1' },
        { label: 'Còn băn khoăn về chi phí', data: 'c:2' },
        { label: 'Trái chiều', data: 'a:hs-7f3c9e2b-4d1a-4b8e-9c0f-2a6b5d8e1f00' },
      ];
      await h.adapter.send(acct, { type: 'text', text: 'Ý kiến của nhân dân về việc sáp nhập?', choices });
      const records = await sentTo(acct);
      if (h.textOnly) {
        expectNumbered(records.map((r) => r.text).join('\n'), choices);
        return;
      }
      const last = records.at(-1)!;
      expect(last.text).toContain('Ý kiến của nhân dân');
      expect(last.buttons).toEqual(choices.map((c) => c.label));
      expect(last.buttonData).toEqual(choices.map((c) => c.data));
      for (const d of last.buttonData) expect(byteLength(d)).toBeLessThanOrEqual(Math.min(64, h.adapter.limits.maxCallbackBytes));
      const press = await inbound(acct, () => h.userPressesButton(acct, last.buttonData[2]!));
      expect(press.payload).toEqual({ type: 'choice', data: choices[2]!.data });
    });

    it('more choices than the channel allows on one message are all still reachable', async () => {
      const acct = await account();
      const count = h.textOnly ? 12 : h.adapter.limits.maxButtons + 3;
      const choices = Array.from({ length: count }, (_, i) => ({ label: `Chủ đề số ${i + 1}`, data: `t:${i + 1}` }));
      await h.adapter.send(acct, { type: 'text', text: 'Chọn chủ đề:', choices });
      const records = await sentTo(acct);
      if (h.textOnly) {
        expectNumbered(records.map((r) => r.text).join('\n'), choices);
        return;
      }
      for (const r of records) expect(r.buttons.length).toBeLessThanOrEqual(h.adapter.limits.maxButtons);
      expect(records.flatMap((r) => r.buttonData)).toEqual(choices.map((c) => c.data));
    });

    it('long text out (10,000 chars) is split within the limit, nothing lost', async () => {
      const acct = await account();
      const text = longVietnameseText(10_000);
      const refs = await h.adapter.send(acct, { type: 'text', text });
      const parts = await sentTo(acct);
      expect(parts.length).toBeGreaterThanOrEqual(Math.ceil(text.length / h.adapter.limits.maxText));
      expect(refs).toHaveLength(parts.length);
      for (const p of parts) expect(p.text.length).toBeLessThanOrEqual(h.adapter.limits.maxText);
      const squash = (s: string) => s.replace(/\s+/g, '');
      expect(squash(parts.map((p) => p.text).join(''))).toBe(squash(text));
    });

    it('a location request reaches the user (as a location button where the channel has one)', async () => {
      const acct = await account();
      await h.adapter.send(acct, { type: 'text', text: 'Điểm nóng ở đâu? Gửi vị trí hoặc gõ địa chỉ.', requestLocation: true });
      const records = await sentTo(acct);
      expect(records.some((r) => r.text.includes('Điểm nóng ở đâu?'))).toBe(true);
      if (h.adapter.limits.supportsLocationRequest) expect(records.some((r) => r.kind === 'location_request')).toBe(true);
    });

    it('edit changes the message in place, or falls back to a new send', async () => {
      const acct = await account();
      const [ref] = await h.adapter.send(acct, { type: 'text', text: 'Đang tổng hợp… 10%' });
      const edited = await h.adapter.edit(acct, ref!, { type: 'text', text: 'Đã tổng hợp xong ✅' });
      expect(edited.messageId).toMatch(/\S/);
      const texts = (await sentTo(acct)).map((r) => r.text);
      expect(texts).toContain('Đã tổng hợp xong ✅');
      if (edited.messageId === ref!.messageId) expect(texts).not.toContain('Đang tổng hợp… 10%');
    });

    it("a user who blocked the bot → SendError 'unreachable'", async () => {
      const acct = await account();
      await h.failNextSend(acct, 'blocked');
      await expectSendFailure(h.adapter.send(acct, { type: 'text', text: 'Định hướng mới' }), 'unreachable');
    });

    it("rate limited → SendError 'rate_limited' with retryAfterMs > 0", async () => {
      const acct = await account();
      await h.failNextSend(acct, 'rate_limited');
      const err = await expectSendFailure(h.adapter.send(acct, { type: 'text', text: 'Nhắc nộp báo cáo' }), 'rate_limited');
      expect(err.retryAfterMs).toBeGreaterThan(0);
    });

    if (traits.supportsOutOfWindow) {
      it("outside the messaging window → SendError 'out_of_window'", async () => {
        const acct = await account();
        await h.failNextSend(acct, 'out_of_window');
        await expectSendFailure(h.adapter.send(acct, { type: 'text', text: 'Định hướng mới' }), 'out_of_window');
      });
    }
  });
}

async function expectSendFailure(p: Promise<unknown>, failure: SendFailure): Promise<SendError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, `expected a SendError '${failure}'`).toBeInstanceOf(SendError);
  expect((err as SendError).failure).toBe(failure);
  return err as SendError;
}

/** Each label appears after its 1-based number on the same line ("1. Đồng ý", "2) …"). */
function expectNumbered(text: string, choices: Choice[]): void {
  choices.forEach((c, i) => {
    const label = c.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(text).toMatch(new RegExp(`(^|\\D)${i + 1}\\D[^\\n]*${label}`, 'm'));
  });
}

/** Paragraphs of Vietnamese with emoji, at least `min` UTF-16 units long. */
export function longVietnameseText(min: number): string {
  const sentences = [
    'Nhân dân cơ bản đồng tình với chủ trương sắp xếp đơn vị hành chính cấp xã.',
    'Một bộ phận băn khoăn về việc đi lại làm thủ tục 🏛️ khi trụ sở xa hơn.',
    'Có ý kiến đề nghị sớm công khai phương án bố trí cán bộ, công chức.',
    'Giá cả mặt hàng thiết yếu ổn định; người dân phấn khởi trước vụ mùa bội thu 🌾.',
  ];
  let text = '';
  for (let i = 0; text.length < min; i++) text += sentences[i % sentences.length] + (i % 9 === 8 ? '\n\n' : ' ');
  return text.trim();
}
