import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { consoleLogin, horizontalOverflow, startHarness, type BrowserHarness } from './harness.js';

let h: BrowserHarness;

beforeAll(async () => {
  h = await startHarness();
}, 90_000);
afterAll(async () => h?.stop());

/** The console's list pages, each with one column name its lines must carry at a phone's width. */
const LISTS: [path: string, column: string][] = [
  ['/console/hot-spots', 'Mức độ'],
  ['/console/reports', 'Loại báo cáo'],
  ['/console/progress', 'Phải nộp'],
  ['/console/guidance', 'Trạng thái'],
  ['/console/policies', 'Mức 4'],
  ['/console/network', 'Đơn vị'],
];

/**
 * What scrolls sideways: the document, or any box inside it (a table in its scrolling wrapper
 * counts: its columns are cut until the reader scrolls). The navigation is left out: on a phone
 * its links scroll in one line on purpose.
 */
function sideways(page: Page): Promise<string[]> {
  // A string: the page's code runs in the browser, and the tests' TypeScript has no DOM types.
  return page.evaluate(`[document.documentElement, ...document.querySelectorAll('main *')]
    .filter((el) => el.scrollWidth > el.clientWidth + 1 && (el === document.documentElement || /auto|scroll/.test(getComputedStyle(el).overflowX)))
    .map((el) => el.tagName.toLowerCase() + '[' + (el.getAttribute('aria-label') ?? '') + '] ' + el.scrollWidth + '>' + el.clientWidth)`);
}

/** The column names the first row's cells show before their values (console.css `[data-label]::before`). */
function labelsShown(page: Page): Promise<string[]> {
  return page.evaluate(`[...document.querySelectorAll('main table.stack tbody tr:first-child > *')]
    .map((c) => getComputedStyle(c, '::before').content.replace(/^"|"$/g, ''))`);
}

describe('the console at a phone’s width (390 px)', () => {
  it('every list reads as lines, each value after its column’s name, and nothing scrolls sideways; at a desk the same lists are tables', async () => {
    const page = await h.page();
    await page.setViewportSize({ width: 390, height: 844 });
    await consoleLogin(h, page, 'Cán bộ Ban TGDV tỉnh (demo)');
    for (const [path, column] of LISTS) {
      await page.goto(`${h.base}${path}`);
      await h.shot(page, `console-narrow${path.replace(/\//g, '-')}`);
      expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
      expect(await sideways(page), path).toEqual([]);
      expect(await labelsShown(page), path).toContain(`${column}: `);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${h.base}/console/reports`);
    expect(await page.evaluate(`getComputedStyle(document.querySelector('main table.stack td')).display`)).toBe('table-cell');
    expect(await page.locator('main table.stack thead').isVisible()).toBe(true);
    expect(h.jsErrors).toEqual([]);
  }, 60_000);
});
