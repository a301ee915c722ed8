import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { parseCsv } from '../../core/kernel/csv.js';
import { auditLog, hotSpots } from '../../db/schema/index.js';
import { axeViolations, consoleLogin, horizontalOverflow, startHarness, type BrowserHarness } from './harness.js';
import { sandboxApi } from './sandbox-api.js';
import type { Page } from 'playwright-core';

let h: BrowserHarness;
let receipt: string;
let reporter: string;
const RECEIPT = /DN-\d{4}-\d{2}-\d{6}/;

/** A collaborator of An Bình raises a severity-4 hot spot with a location, through the sandbox chat API. */
async function raiseHotSpot(): Promise<string> {
  const api = sandboxApi(h.base);
  reporter = (await api.personas()).find((p) => p.name === 'CTV xã An Bình (demo)')!.accountId;
  await api.say(reporter, { text: '/diemnong' });
  await api.press(reporter, /Khiếu kiện/);
  await api.press(reporter, /Đặc biệt khẩn/);
  await api.say(reporter, { photo: true });
  await api.say(reporter, { location: { lat: 10.9061, lng: 106.7633 } });
  await api.say(reporter, { text: 'Khoảng 60 hộ dân tập trung tại trụ sở xã đề nghị đối thoại về bồi thường' });
  await api.press(reporter, /50–200/);
  await api.press(reporter, /Gửi ngay/);
  const text = (await api.messages(reporter)).map((m) => m.payload.text ?? '').join('\n');
  return RECEIPT.exec(text)![0];
}

async function checkA11y(page: Page, name: string) {
  const v = await axeViolations(page);
  expect(v, `${name}: ${JSON.stringify(v, null, 1)}`).toEqual([]);
}

beforeAll(async () => {
  h = await startHarness();
  receipt = await raiseHotSpot();
}, 90_000);
afterAll(async () => h?.stop());

describe('the officials’ console in a real browser', () => {
  it('login link from the sandbox chat, the new hot spot in the list and on the map, acknowledge, the reporter told, search, CSV export, 390 px', async () => {
    const page = await h.page();
    await page.setViewportSize({ width: 1280, height: 900 });

    // 1. The province's official asks for a login link in the sandbox chat and opens it.
    await consoleLogin(h, page, 'Cán bộ Ban TGDV tỉnh (demo)');
    expect(await page.getByTestId('alerts-4').innerText()).toMatch(/^[1-9]/);
    await h.shot(page, 'console-dashboard');
    await checkA11y(page, 'overview');

    // Keyboard: the first Tab reaches the skip link, which jumps to the content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement && document.activeElement.className')).toBe('skip');

    // 2. Điểm nóng: the just-raised alert is listed and on the map.
    await page.getByRole('link', { name: 'Điểm nóng' }).first().click();
    await expect.poll(() => page.locator('#results').innerText()).toContain(receipt);
    await expect
      .poll(() => page.locator('#map').getAttribute('data-count'), { timeout: 10_000 })
      .not.toBeNull()
      .catch(async (err) => {
        await h.shot(page, 'console-map-failed');
        throw new Error(`${(err as Error).message}; js errors: ${h.jsErrors.join(' | ')}; csp: ${h.cspErrors.join(' | ')}`);
      });
    expect(Number(await page.locator('#map').getAttribute('data-count'))).toBeGreaterThanOrEqual(1);
    expect(await page.locator('#map .leaflet-interactive, #map .sev-cluster').count()).toBeGreaterThanOrEqual(1);
    // A cluster wears its most severe hot spot's colour, never markercluster's green-by-size.
    const clusters = await page
      .locator('#map .sev-cluster')
      .evaluateAll((els) => els.map((e) => ({ cls: e.className, label: e.firstElementChild?.getAttribute('aria-label') ?? '' })));
    for (const c of clusters) expect(c.cls).toContain(`sev-cluster-${/cao nhất mức (\d)/.exec(c.label)?.[1]}`);
    expect(await page.locator('#map .marker-cluster-small, #map .marker-cluster-medium').count()).toBe(0);
    await h.shot(page, 'console-map');
    await checkA11y(page, 'hot spots');

    // 3. Open it and acknowledge, as the chat's "Tiếp nhận" does.
    await page.getByRole('link', { name: receipt }).click();
    await page.getByRole('button', { name: 'Tiếp nhận' }).click();
    await expect.poll(() => page.getByTestId('hs-status').innerText()).toBe('đã tiếp nhận');
    expect(await page.locator('.flash').innerText()).toContain(receipt);
    await checkA11y(page, 'hot-spot detail');
    const [spot] = await h.db.db.select().from(hotSpots).where(eq(hotSpots.receiptNo, receipt));
    expect(spot!.status).toBe('acknowledged');
    const audited = await h.db.db.select().from(auditLog).where(eq(auditLog.action, 'hotspot.ack'));
    expect(audited.some((a) => a.targetId === spot!.id && a.outcome === 'ok')).toBe(true);

    // 4. The reporter's chat got the notice (outbox → worker → sandbox).
    const api = sandboxApi(h.base);
    await expect
      .poll(async () => (await api.messages(reporter)).filter((m) => m.direction === 'out' && (m.payload.text ?? '').includes(receipt)).length, {
        timeout: 15_000,
      })
      .toBeGreaterThanOrEqual(2);
    const notice = (await api.messages(reporter)).filter((m) => m.direction === 'out').at(-1)!.payload.text!;
    expect(notice).toMatch(/tiếp nhận/i);

    // 5. Báo cáo: accent-insensitive search, then export the filtered set as CSV and open it.
    await page.getByRole('link', { name: 'Báo cáo' }).first().click();
    await page.getByLabel('Tìm kiếm (không cần gõ dấu)').fill('boi thuong');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await expect.poll(() => decodeURIComponent(page.url()).replace(/\+/g, ' ')).toContain('q=boi thuong');
    const count = Number(/(\d+)/.exec(await page.locator('#results .count').innerText())![1]);
    expect(count).toBeGreaterThan(0);
    await checkA11y(page, 'reports');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Xuất CSV' }).click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv);
    expect(rows[0]).toContain('Số biên nhận');
    expect(rows.slice(1).filter((r) => r.length > 1)).toHaveLength(count);
    expect(csv).toMatch(/[Bb]ồi thường/);

    // 6. Tiến độ and Xu hướng write periods and dates the Vietnamese way, with no English chart labels.
    await page.goto(`${h.base}/console/progress`);
    expect(await page.locator('p.summary').innerText()).toMatch(/^Tháng \d{2}\/\d{4} \(hạn \d{2}\/\d{2}\/\d{4}\)/);
    await page.goto(`${h.base}/console/trends`);
    const legend = page.locator('.chart .u-legend').first();
    await legend.waitFor({ timeout: 10_000 });
    expect(await legend.innerText()).not.toMatch(/Value/);
    expect(await legend.innerText()).toMatch(/Tháng/);
    expect(await page.locator('details table th[scope=col]').nth(1).textContent()).toMatch(/^\d{2}\/\d{4}$/);
    await checkA11y(page, 'trends');

    // 7. A phone's width: nothing scrolls sideways, still accessible.
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['/console', '/console/hot-spots', '/console/reports']) {
      await page.goto(`${h.base}${path}`);
      await h.shot(page, `console-390${path.replace(/\//g, '-')}`);
      expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
    }
    await checkA11y(page, 'reports at 390 px');

    expect(h.cspErrors).toEqual([]);
    expect(h.jsErrors).toEqual([]);
    expect(h.outside).toEqual([]);
  }, 120_000);

  it('every page of the nav renders for the province official, accessible and error-free; the alert’s photo shows inline; a playbook step ticks onto the timeline; the network links to a scorecard', async () => {
    const page = await h.page();
    await page.setViewportSize({ width: 1280, height: 900 });
    await consoleLogin(h, page, 'Cán bộ Ban TGDV tỉnh (demo)');

    const nav = page.getByRole('navigation', { name: 'Các trang' }).getByRole('link');
    const pages = await nav.evaluateAll((links) => links.map((a) => [a.textContent!.trim(), new URL((a as unknown as { href: string }).href).pathname]));
    expect(pages.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'Tổng quan',
        'Điểm nóng',
        'Báo cáo',
        'Yêu cầu báo cáo',
        'Tiến độ',
        'Định hướng',
        'Khảo sát',
        'Xu hướng',
        'Tổng hợp',
        'Mạng lưới',
      ]),
    );
    // At a desk screen's width every page's link is in view, none cut at the edge (the nav wraps).
    const rights = await nav.evaluateAll((links) => links.map((a) => a.getBoundingClientRect().right));
    for (const [i, right] of rights.entries()) expect(right, pages[i]![0]).toBeLessThanOrEqual(1280);
    for (const [name, path] of pages) {
      const res = await page.goto(`${h.base}${path}`);
      expect(res?.status(), path).toBe(200);
      expect(await page.locator('h1').innerText(), path).not.toBe('');
      await h.shot(page, `console-page${path!.replace(/\//g, '-')}`);
      await checkA11y(page, name!);
    }

    // The alert's photo was fetched by the worker and shows inline on the alert page.
    await page.goto(`${h.base}/console/hot-spots`);
    await page.getByRole('link', { name: receipt }).click();
    const detail = page.url();
    await expect
      .poll(
        async () => {
          await page.goto(detail);
          return page
            .locator('img[src^="/console/media/"]')
            .evaluate(
              (img) => (img as unknown as { complete: boolean; naturalWidth: number }).complete && (img as unknown as { naturalWidth: number }).naturalWidth,
            )
            .catch(() => 0);
        },
        { timeout: 20_000 },
      )
      .toBeGreaterThan(0);

    // The playbook's first step ticked from the console lands on the timeline.
    const tick = page.getByRole('button', { name: /^Đánh dấu đã làm bước 1:/ });
    const step = /bước 1: (.*)$/.exec((await tick.getAttribute('aria-label'))!)![1]!;
    await tick.click();
    await expect.poll(() => page.locator('.playbook li.done').count()).toBe(1);
    expect(await page.locator('ol.timeline').innerText()).toContain(step.slice(0, 30));
    await h.shot(page, 'console-alert-photo-playbook');
    await checkA11y(page, 'alert with photo and ticked step');

    // Mạng lưới lists the collaborators and opens a scorecard.
    await page.goto(`${h.base}/console/network`);
    await page
      .getByRole('link', { name: /Kết quả hoạt động/ })
      .first()
      .click();
    await expect.poll(() => page.locator('h1').innerText()).not.toBe('');
    expect(page.url()).toMatch(/\/console\/network\/[0-9a-f-]{36}\/scorecard$/);
    await checkA11y(page, 'scorecard');

    // …and links to the training library with who has read each material.
    await page.goto(`${h.base}/console/network`);
    await page.getByRole('link', { name: 'Tài liệu bồi dưỡng và người đã đọc' }).click();
    expect(page.url()).toMatch(/\/console\/network\/materials$/);
    expect(await page.locator('h1').innerText()).toContain('Tài liệu bồi dưỡng');
    await checkA11y(page, 'training material');

    expect(h.cspErrors).toEqual([]);
    expect(h.jsErrors).toEqual([]);
    expect(h.outside).toEqual([]);
  }, 150_000);
  it('a survey is written in the console: a mistake is shown by its line, the fixed questionnaire previewed and sent, at 390 px', async () => {
    const page = await h.page();
    await page.setViewportSize({ width: 390, height: 844 });
    await consoleLogin(h, page, 'Cán bộ Ban TGDV tỉnh (demo)');
    await page.goto(`${h.base}/console/surveys`);
    await page.getByRole('link', { name: 'Tạo đợt khảo sát' }).click();
    const yaml = (options: string) =>
      `code: trinh-duyet-${Date.now()}\ntitle: Ý kiến về chợ phiên\nsections:\n  - title: Chung\n    questions:\n      - id: di_cho\n        type: single\n        text: Đồng chí có đi chợ phiên không?\n${options}`;
    await page.getByLabel('Nội dung bộ câu hỏi (YAML/JSON)').fill(yaml(''));
    await page.getByRole('button', { name: 'Kiểm tra phiếu' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/dòng 6 \(câu di_cho\)/);
    await checkA11y(page, 'authoring with a mistake');
    await page.getByLabel('Nội dung bộ câu hỏi (YAML/JSON)').fill(yaml('        options: [Có, Không]\n'));
    await page.getByRole('button', { name: 'Kiểm tra phiếu' }).click();
    await expect.poll(() => page.locator('#sva-preview').innerText()).toMatch(/Xem trước: Ý kiến về chợ phiên/);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await h.shot(page, 'console-survey-authoring-390');
    await checkA11y(page, 'authoring preview');
    await page.getByRole('button', { name: 'Gửi khảo sát' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toMatch(/^Khảo sát số \d+: Ý kiến về chợ phiên$/);
    expect(h.cspErrors).toEqual([]);
    expect(h.jsErrors).toEqual([]);
  }, 90_000);
});
