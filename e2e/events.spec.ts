import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible, screenshot } from './page-checks';

const events = (page: Page) =>
  page.getByRole('region', { name: 'Timeline' }).locator('article[data-part="event"]');

test('the timeline groups events by year, newest first, with bounded figures and sources', async ({
  page,
}, testInfo) => {
  await page.goto('/events');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events');
  await expect(events(page)).toHaveCount(15);
  const years = page.getByRole('region', { name: 'Timeline' }).locator('[data-part="year"]');
  await expect(years).toHaveText(['2026', '2025', '2024', '2023', '2022', '1945']);

  const bombings = page.getByRole('article', { name: 'US atomic bombings of Hiroshima and Nagasaki' });
  await expect(bombings).toContainText('210,000+ people');
  await expect(bombings).toContainText('over 210,000');
  await expect(bombings).toContainText('~140,000 people');
  await expect(bombings).toContainText('Aug 1945');
  await expect(bombings).toContainText('Attack');
  await expect(bombings.locator('.badge.verification')).toHaveText('confirmed');
  await expect(bombings.locator('[data-part="evidence"]')).toHaveCount(4);

  const officers = page.getByRole('article', { name: 'Japan to send its first SDF officers to NSATU' });
  await expect(officers).toContainText('4 officers');

  await expectAccessible(page);
  await screenshot(page, testInfo, 'events');
});

test('kind, actor and date filters change the results and the URL', async ({ page }) => {
  await page.goto('/events');
  const form = page.getByRole('form', { name: 'Filter events' });
  await form.getByLabel('Kind').selectOption('ATTACK');
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/[?&]kind=ATTACK(&|$)/);
  await expect(events(page)).toHaveCount(1);
  await expect(events(page)).toContainText('over 210,000');
  await expect(page.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
    'href',
    '/api/export/events.csv?kind=ATTACK',
  );

  await form.getByLabel('Kind').selectOption('');
  await form.getByLabel('Actor').selectOption('russia');
  await form.getByLabel('From').fill('2025');
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/actor=russia/);
  await expect(page).toHaveURL(/from=2025/);
  await expect(events(page).first()).toBeVisible();
  for (const item of await events(page).all()) {
    await expect(item.locator('[data-part="event-actors"]')).toContainText('Russia');
  }
  await expect(page.getByRole('link', { name: 'Download JSON' })).toHaveAttribute(
    'href',
    '/api/export/events.json?actor=russia&from=2025',
  );
});

test('the events fit 375 px and read without JavaScript', async ({ browser }, testInfo) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 375, height: 800 },
  });
  const page = await context.newPage();
  await page.goto('/events?first=5');
  await expect(events(page)).toHaveCount(5);
  await page.getByRole('link', { name: 'Next page →' }).click();
  await expect(events(page)).toHaveCount(5);
  await expect(page.getByText('Showing 6–10 of 15.')).toBeVisible();
  await page.getByRole('link', { name: 'Next page →' }).click();
  await expect(page.getByText('Showing 11–15 of 15.')).toBeVisible();
  // Back one page at a time, with the cursor of the page's first event.
  await page.getByRole('link', { name: '← Previous page' }).click();
  await expect(page).toHaveURL(/[?&]before=[^&]+/);
  await expect(page.getByText('Showing 6–10 of 15.')).toBeVisible();
  await expect(events(page)).toHaveCount(5);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, testInfo, 'events-no-js-375');
  await context.close();
});

test('an actor key that names no one is said beside its field', async ({ page }) => {
  await page.goto('/events?actor=nobody');
  const form = page.getByRole('form', { name: 'Filter events' });
  await expect(form.getByRole('alert')).toHaveText(
    '“nobody” names nothing in the dataset, so nothing matches it.',
  );
  await expect(form.getByRole('combobox', { name: /^Actor/ })).toHaveValue('nobody');
});
