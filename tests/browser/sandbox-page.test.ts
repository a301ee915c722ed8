import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { hotSpots } from '../../db/schema/index.js';
import { axeViolations, horizontalOverflow, startHarness, type BrowserHarness } from './harness.js';

let h: BrowserHarness;
beforeAll(async () => {
  h = await startHarness();
}, 90_000);
afterAll(async () => h?.stop());

const RECEIPT = /DN-\d{4}-\d{2}-\d{6}/;

describe('the sandbox page in a real browser', () => {
  it('a collaborator raises a hot spot with a location by buttons and typing; officials get «Mở bảng điều khiển»', async () => {
    const page = await h.page();
    await page.goto(`${h.base}/sandbox`);
    // A newcomer's first screen says where to start, naming people who are in the list.
    const hint = await page.locator('#start-hint').innerText();
    const named = [...hint.matchAll(/«([^»]+\(demo\))»/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThanOrEqual(2);
    await page.locator('#personas li').first().waitFor();
    const listed = await page.locator('#personas').innerText();
    for (const name of named) expect(listed).toContain(name);
    await page.getByRole('listitem').filter({ hasText: 'CTV xã An Bình (demo)' }).click();
    await expect.poll(() => page.locator('#open-console').isHidden()).toBe(true);
    expect(await page.locator('#start-hint').count()).toBe(0);

    await page.locator('#text').fill('/diemnong');
    await page.locator('#text').press('Enter');
    /** Clicks the newest button with this label once it shows up (long lists come over several messages). */
    const press = async (label: string | RegExp) => {
      const button = page.locator('.msg-out .choices button').filter({ hasText: label }).last();
      await button.waitFor({ timeout: 10_000 });
      await button.click();
    };
    await press('Khiếu kiện'); // category
    await press('Đặc biệt khẩn'); // severity 4
    await expect.poll(() => page.locator('#location-panel').isVisible(), { timeout: 10_000 }).toBe(true);
    await page.locator('#lat').fill('10.9050');
    await page.locator('#lng').fill('106.7660');
    await page.locator('#send-location').click();
    await expect.poll(() => page.locator('.msg-out').last().innerText(), { timeout: 10_000 }).toMatch(/Mô tả/);
    await page.locator('#text').fill('Khoảng 40 người tập trung trước cổng trụ sở xã đòi bồi thường đất');
    await page.locator('#send').click();
    await press('10–50 người'); // people range
    await press('Gửi ngay');
    await expect.poll(async () => RECEIPT.exec(await page.locator('#messages').innerText())?.[0] ?? null, { timeout: 10_000 }).not.toBeNull();
    const receipt = RECEIPT.exec(await page.locator('#messages').innerText())![0];
    const [spot] = await h.db.db.select().from(hotSpots).where(eq(hotSpots.receiptNo, receipt));
    expect(spot).toMatchObject({ severity: 4, category: 'khieu_kien', latitude: 10.905, longitude: 106.766 });
    await h.shot(page, 'sandbox-collaborator');

    // The commune's official is notified (outbox → worker → sandbox) and is offered the console.
    await page.getByRole('listitem').filter({ hasText: 'Cán bộ Đảng ủy xã An Bình (demo)' }).click();
    await expect.poll(() => page.locator('#open-console').isVisible()).toBe(true);
    await expect.poll(() => page.locator('#messages').innerText(), { timeout: 15_000 }).toContain(receipt);

    await page.setViewportSize({ width: 390, height: 844 });
    await h.shot(page, 'sandbox-390');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
    expect(h.cspErrors).toEqual([]);
    expect(h.outside).toEqual([]);
  }, 90_000);

  it('a paste longer than one message is announced before sending, sent in parts and joined into one answer (issue 11 item 8)', async () => {
    const page = await h.page();
    await page.goto(`${h.base}/sandbox`);
    await page.getByRole('listitem').filter({ hasText: 'CTV xã An Bình (demo)' }).click();
    const outs = () => page.locator('.msg-out').allInnerTexts();
    await expect.poll(async () => (await outs()).length, { timeout: 10_000 }).toBeGreaterThan(0);
    let seen = (await outs()).length;
    /** Waits for the bot's newer messages to ask `step`. */
    const asked = async (step: RegExp) => {
      await expect.poll(async () => (await outs()).slice(seen).join('\n'), { timeout: 10_000 }).toMatch(step);
      seen = (await outs()).length;
    };
    await page.locator('#text').fill('/diemnong');
    await page.locator('#text').press('Enter');
    const press = async (label: string | RegExp) => {
      const button = page.locator('.msg-out .choices button').filter({ hasText: label }).last();
      await button.waitFor({ timeout: 10_000 });
      await button.click();
    };
    await asked(/1\/5/);
    await press('Khiếu kiện');
    await asked(/2\/5/);
    await press('Theo dõi');
    await asked(/3\/5/);
    await page.locator('#text').fill('Trụ sở UBND xã');
    await page.locator('#send').click();
    await asked(/4\/5/);
    const long = Array.from({ length: 1200 }, (_, i) => `w${i}`).join(' ');
    expect(long.length).toBeGreaterThan(4096);
    await page.locator('#text').fill(long);
    // Said before it is sent; nothing cut at 4,096.
    await expect.poll(() => page.locator('#length-hint').isVisible()).toBe(true);
    expect(await page.locator('#length-hint').innerText()).toMatch(new RegExp(`^${long.length}/4096`));
    expect(await page.locator('#text').inputValue()).toBe(long);
    await page.locator('#send').click();
    await asked(/Đã nối thêm/);
    await press(/Xong, dùng nội dung này/);
    await asked(/5\/5/);
    await press('Dưới 10');
    await asked(/kiểm tra lại/);
    await press('Gửi ngay');
    const newer = async () => RECEIPT.exec((await outs()).slice(seen).join('\n'))?.[0] ?? null;
    await expect.poll(newer, { timeout: 10_000 }).not.toBeNull();
    const [spot] = await h.db.db
      .select()
      .from(hotSpots)
      .where(eq(hotSpots.receiptNo, (await newer())!));
    expect(spot!.description!.split(/\s+/)).toEqual(long.split(' '));
  }, 90_000);
});
