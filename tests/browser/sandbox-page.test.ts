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
    await page.getByRole('listitem').filter({ hasText: 'CTV xã An Bình (demo)' }).click();
    await expect.poll(() => page.locator('#open-console').isHidden()).toBe(true);

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
});
