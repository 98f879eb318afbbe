import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible, screenshot } from './page-checks';

const items = (page: Page) =>
  page.getByRole('region', { name: 'Statements', exact: true }).locator('article.statement-item');

test('the feed shows quotes with stance, intensity and evidence, and a stance-by-month chart', async ({
  page,
}, testInfo) => {
  await page.goto('/statements');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statements');
  await expect(items(page)).toHaveCount(12);
  const unfriendly = items(page).filter({ hasText: 'unfriendly course' });
  await expect(unfriendly).toContainText('Critical');
  await expect(unfriendly).toContainText('Intensity -2.0');
  await expect(unfriendly).toContainText('Russia-Japan diplomatic rift grows amid NATO, Ukraine disputes');
  await expect(unfriendly).toContainText('via RIA Novosti');
  await expect(unfriendly.getByRole('link', { name: /Russia-Japan diplomatic rift/ })).toHaveAttribute(
    'href',
    '/sources/almayadeen-2025-russia-japan-rift',
  );

  const chart = page.getByRole('figure', { name: /^Statements per month by stance/ });
  await expect(chart.locator('.recharts-wrapper > svg')).toBeVisible();
  await chart.getByText('Table', { exact: true }).click();
  // All twelve are from 5 May 2025: 3 hostile, 8 critical, 1 neutral.
  await expect(chart.getByRole('row', { name: /^May 2025/ }).getByRole('cell')).toHaveText([
    '3',
    '8',
    '1',
    '0',
    '0',
    '12',
  ]);

  await expect(page.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
    'href',
    '/api/export/statements.csv',
  );
  await expectAccessible(page);
  await screenshot(page, testInfo, 'statements');
});

test('filters change the results and the URL', async ({ page }) => {
  await page.goto('/statements');
  const form = page.getByRole('form', { name: 'Filter statements' });
  await form.getByLabel('Stance').selectOption('HOSTILE');
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/[?&]stance=HOSTILE(&|$)/);
  await expect(items(page)).toHaveCount(3);
  for (const item of await items(page).all())
    await expect(item.locator('.badge.stance')).toHaveText('Hostile');
  await expect(page.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
    'href',
    '/api/export/statements.csv?stance=HOSTILE',
  );
  await expect(page.getByRole('link', { name: 'Download JSON' })).toHaveAttribute(
    'href',
    '/api/export/statements.json?stance=HOSTILE',
  );

  await form.getByLabel('Stance').selectOption('');
  await form.getByLabel('Words').fill('unfriendly');
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/[?&]text=unfriendly(&|$)/);
  await expect(items(page)).toHaveCount(1);
  await expect(items(page)).toContainText('not ready to abandon its unfriendly course');

  await page.goto('/statements?from=2026');
  await expect(page.getByText('No statement matches these filters.').first()).toBeVisible();
});

test('pagination both ways at a chosen page size, with n–m of N', async ({ page }) => {
  await page.goto('/statements?first=5');
  const form = page.getByRole('form', { name: 'Filter statements' });
  await expect(form.getByLabel('Per page')).toHaveValue('5');
  await expect(items(page)).toHaveCount(5);
  await expect(page.getByText('Showing 1–5 of 12.')).toBeVisible();
  await expect(page.getByRole('link', { name: '← Previous page' })).toHaveCount(0);
  const firstPage = await items(page).evaluateAll((list) => list.map((e) => e.id));

  await page.getByRole('link', { name: 'Next page →' }).click();
  await expect(page).toHaveURL(/[?&]after=[^&]+/);
  await expect(page).toHaveURL(/[?&]first=5(&|$)/);
  await expect(page.getByText('Showing 6–10 of 12.')).toBeVisible();
  await expect(items(page)).toHaveCount(5);
  const secondPage = await items(page).evaluateAll((list) => list.map((e) => e.id));
  expect(secondPage.filter((id) => firstPage.includes(id))).toEqual([]);

  await page.getByRole('link', { name: 'Next page →' }).click();
  await expect(items(page)).toHaveCount(2);
  await expect(page.getByText('Showing 11–12 of 12.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Next page →' })).toHaveCount(0);

  // Previous reads the page before the first one shown, by its cursor.
  await page.getByRole('link', { name: '← Previous page' }).click();
  await expect(page).toHaveURL(/[?&]before=[^&]+/);
  await expect(page.getByText('Showing 6–10 of 12.')).toBeVisible();
  expect(await items(page).evaluateAll((list) => list.map((e) => e.id))).toEqual(secondPage);

  await page.getByRole('link', { name: '← Previous page' }).click();
  await expect(page).not.toHaveURL(/after=|before=/);
  expect(await items(page).evaluateAll((list) => list.map((e) => e.id))).toEqual(firstPage);

  // A size from the form's choices replaces the one in the URL.
  await form.getByLabel('Per page').selectOption('50');
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/[?&]first=50(&|$)/);
  await expect(items(page)).toHaveCount(12);
  await expect(page.getByRole('navigation', { name: 'Pages of statements' })).toHaveCount(0);
});

test('From after To is said in words, with the swapped range offered', async ({ page }) => {
  await page.goto('/statements?from=2026&to=2025');
  const feed = page.getByRole('region', { name: 'Statements', exact: true });
  await expect(feed.getByRole('alert')).toHaveText(
    '“From” (2026) is after “To” (2025), so no statement can fall between them. Swap the two dates to see that range. Show 2025 to 2026.',
  );
  await feed.getByRole('link', { name: 'Show 2025 to 2026' }).click();
  await expect(page).toHaveURL(/[?&]from=2025&to=2026(&|$)/);
  await expect(items(page)).toHaveCount(12);
});

test('the feed fits 375 px and reads without JavaScript', async ({ browser }, testInfo) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 375, height: 800 },
  });
  const page = await context.newPage();
  await page.goto('/statements?stance=HOSTILE');
  await expect(items(page)).toHaveCount(3);
  await expect(page.getByRole('figure', { name: /^Statements per month by stance/ })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, testInfo, 'statements-no-js-375');
  await context.close();
});

test('a speaker can take in those who speak for it, without JavaScript too', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/statements');
  const form = page.getByRole('form', { name: 'Filter statements' });
  await form.getByLabel('Speaker').selectOption({ label: 'Russia' });
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/[?&]speaker=russia(&|$)/);
  await expect(page.getByText('No statement matches these filters.').first()).toBeVisible();

  const include = form.getByRole('checkbox', { name: /^Include those who speak for it/ });
  await expect(include).not.toBeChecked();
  await include.check();
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/[?&]include=affiliates(&|$)/);
  await expect(items(page)).toHaveCount(12);
  for (const item of await items(page).all()) await expect(item).toContainText('Nikolay Nozdrev');
  await expect(form.getByRole('checkbox', { name: /^Include those who speak for it/ })).toBeChecked();
  await expect(page.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
    'href',
    '/api/export/statements.csv?speaker=russia&include=affiliates',
  );
  await context.close();
});
