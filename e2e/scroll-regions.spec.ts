/**
 * A table's scrolling region is a Tab stop only while it has something to scroll: on a phone a
 * wide table can be scrolled from the keyboard; on a wide screen, where it fits, Tab passes it.
 */
import { expect, test } from './fixtures';

test('a table region takes a Tab stop only while it scrolls, and scrolls from the keyboard', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/alliances');
  const region = page.getByRole('region', { name: 'Memberships table' });
  await expect(region).toHaveAttribute('tabindex', '0');
  expect(await region.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);

  // Wide enough for the table: nothing to scroll, no Tab stop, and it says so again when narrowed.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(region).not.toHaveAttribute('tabindex');
  expect(await region.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(false);
  await page.setViewportSize({ width: 375, height: 800 });
  await expect(region).toHaveAttribute('tabindex', '0');
});
