import { expect, test } from './fixtures';
import { expectAccessible, screenshot } from './page-checks';

const headerSearch = (page: import('@playwright/test').Page) =>
  page.getByRole('search', { name: 'Site search' }).getByRole('searchbox', { name: 'Search the dataset' });
const results = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: /^Results for/ }).getByRole('list');

test('a word typed into the header on the overview lands on /search, whose results lead to their pages', async ({
  page,
}) => {
  await page.goto('/');
  await headerSearch(page).fill('nato');
  await headerSearch(page).press('Enter');
  await expect(page).toHaveURL(/\/search\?q=nato$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  await expect(page.getByRole('searchbox', { name: 'Words to find' })).toHaveValue('nato');
  await expect(page.getByRole('heading', { level: 2, name: 'Results for “nato”' })).toBeVisible();
  const list = results(page);
  await expect(list.getByRole('link', { name: 'North Atlantic Treaty Organization (NATO)' })).toHaveAttribute(
    'href',
    '/alliances#alliance-nato',
  );
  await list.getByRole('link', { name: 'Mark Rutte', exact: true }).click();
  await expect(page).toHaveURL(/\/actors\/mark-rutte$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Mark Rutte');
});

test('blank words ask nothing and say what to type', async ({ page }) => {
  await page.goto('/');
  await headerSearch(page).press('Enter');
  await expect(page).toHaveURL(/\/search\?q=$/);
  await expect(page.getByText('Type a word or a name')).toBeVisible();
  await expect(page.getByRole('list').filter({ has: page.locator('.record-card') })).toHaveCount(0);
});

test('words nothing holds are said back plainly', async ({ page }) => {
  await page.goto('/search?q=zzqqxx');
  await expect(page.getByText('Nothing matches “zzqqxx”.')).toBeVisible();
  await expect(page.getByRole('region', { name: /^Results for/ })).toHaveCount(0);
});

test("words the API refuses are said beside the box in the API's words, on a page that still answers 200", async ({
  page,
}) => {
  const response = await page.goto(`/search?q=${'x'.repeat(201)}`);
  expect(response?.status()).toBe(200);
  const box = page.getByRole('searchbox', { name: 'Words to find' });
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'Argument "text" is limited to 200 characters; got 201',
  );

  await box.fill('?!');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=%3F%21$/);
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'Argument "text" has no words to search for',
  );
});

test('the header box searches without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/events');
  await headerSearch(page).fill('japan');
  await headerSearch(page).press('Enter');
  await expect(page).toHaveURL(/\/search\?q=japan$/);
  await expect(results(page).getByRole('link', { name: 'Japan', exact: true })).toHaveAttribute(
    'href',
    '/actors/japan',
  );
  await context.close();
});

test('no serious accessibility violation, and the header fits 375 px', async ({ page }, testInfo) => {
  await page.goto('/search?q=japan');
  await expect(results(page).getByRole('listitem')).toHaveCount(20);
  await expectAccessible(page);
  // /search shows one box, its own, holding the words; the header's steps aside there.
  await expect(page.getByRole('search')).toHaveCount(1);
  await expect(page.getByRole('searchbox', { name: 'Words to find' })).toHaveValue('japan');
  await expect(headerSearch(page)).toBeHidden();
  await page.setViewportSize({ width: 375, height: 800 });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  for (const path of ['/statements', '/']) {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(path);
    await expect(headerSearch(page)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal scroll on ${path}`).toBeLessThanOrEqual(0);
    const header = await page.locator('.site-search').boundingBox();
    expect(header && header.x + header.width, `the header's search box on ${path}`).toBeLessThanOrEqual(375);
    // The navigation keeps to one row that scrolls sideways: the header leaves the page most of
    // a phone's screen (it took 243 px of 800 with the links in three rows).
    const height = (await page.locator('.site-header').boundingBox())?.height ?? Infinity;
    expect(height, `the header's height on ${path}`).toBeLessThanOrEqual(170);
    const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
    await expect(links).toHaveCount(8);
    for (const link of await links.all()) {
      await link.scrollIntoViewIfNeeded();
      const box = await link.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 375, `${await link.textContent()} in view`).toBe(true);
      expect(box?.height ?? 0, 'a link tall enough to tap').toBeGreaterThanOrEqual(24);
    }
  }
  await screenshot(page, testInfo, 'overview-header-375');
});
