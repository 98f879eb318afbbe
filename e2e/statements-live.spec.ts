import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const items = (page: Page) =>
  page.getByRole('region', { name: 'Statements', exact: true }).locator('article.statement-item');

/** Marks the document, so a full page load (which would drop the mark) can be told apart. */
async function markDocument(page: Page) {
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
}
async function expectSameDocument(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(
    true,
  );
}

test('filters apply without a page load, through the GraphQL API, and land in the URL', async ({ page }) => {
  await page.goto('/statements');
  await expect(items(page)).toHaveCount(12);
  await markDocument(page);
  const graphql: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/graphql') graphql.push(request.postData() ?? '');
  });

  const form = page.getByRole('form', { name: 'Filter statements' });
  await form.getByLabel('Stance').selectOption('HOSTILE');
  await expect(page).toHaveURL(/[?&]stance=HOSTILE(&|$)/);
  await expect(items(page)).toHaveCount(3);
  for (const item of await items(page).all())
    await expect(item.locator('.badge.stance')).toHaveText('Hostile');
  await expect(page.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
    'href',
    '/api/export/statements.csv?stance=HOSTILE',
  );
  // The chart follows: three hostile statements in May 2025.
  const chart = page.getByRole('figure', { name: /^Statements per month by stance/ });
  await expect(chart.getByRole('row', { name: /^May 2025/ }).getByRole('cell')).toHaveText([
    '3',
    '0',
    '0',
    '0',
    '0',
    '3',
  ]);

  // Words apply when typing pauses, without pressing Apply.
  await form.getByLabel('Stance').selectOption('');
  await form.getByLabel('Words').pressSequentially('unfriendly', { delay: 20 });
  await expect(page).toHaveURL(/[?&]text=unfriendly(&|$)/);
  await expect(items(page)).toHaveCount(1);
  await expect(items(page)).toContainText('not ready to abandon its unfriendly course');

  await expectSameDocument(page);
  expect(graphql.some((body) => body.includes('StatementsFeedPanel'))).toBe(true);
});

test('back and forward step through the filters, the form following the URL', async ({ page }) => {
  await page.goto('/statements');
  await markDocument(page);
  const form = page.getByRole('form', { name: 'Filter statements' });
  await form.getByLabel('Stance').selectOption('HOSTILE');
  await expect(items(page)).toHaveCount(3);
  await form.getByLabel('Stance').selectOption('NEUTRAL');
  await expect(page).toHaveURL(/[?&]stance=NEUTRAL(&|$)/);
  await expect(items(page)).toHaveCount(1);

  await page.goBack();
  await expect(page).toHaveURL(/[?&]stance=HOSTILE(&|$)/);
  await expect(items(page)).toHaveCount(3);
  await expect(form.getByLabel('Stance')).toHaveValue('HOSTILE');
  await page.goBack();
  await expect(page).not.toHaveURL(/stance=/);
  await expect(items(page)).toHaveCount(12);
  await expect(form.getByLabel('Stance')).toHaveValue('');
  await page.goForward();
  await expect(items(page)).toHaveCount(3);
  await expectSameDocument(page);

  // The URL it arrived at, opened afresh, shows the same list: it can be shared.
  await page.goto(page.url());
  await expect(items(page)).toHaveCount(3);
});

test('paging both ways in the browser at a chosen size', async ({ page }) => {
  await page.goto('/statements?first=5');
  await markDocument(page);
  const firstPage = await items(page).evaluateAll((list) => list.map((e) => e.id));
  await page.getByRole('link', { name: 'Next page →' }).click();
  await expect(page.getByText('Showing 6–10 of 12.')).toBeVisible();
  await page.getByRole('link', { name: 'Next page →' }).click();
  await expect(page.getByText('Showing 11–12 of 12.')).toBeVisible();
  await page.getByRole('link', { name: '← Previous page' }).click();
  await expect(page).toHaveURL(/[?&]before=[^&]+/);
  await expect(page.getByText('Showing 6–10 of 12.')).toBeVisible();
  await page.getByRole('link', { name: '← Previous page' }).click();
  await expect(page.getByText('Showing 1–5 of 12.')).toBeVisible();
  expect(await items(page).evaluateAll((list) => list.map((e) => e.id))).toEqual(firstPage);
  await expectSameDocument(page);
});

test('without JavaScript the form submits as GET and the links page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/statements?first=5');
  await expect(items(page)).toHaveCount(5);
  await expect(page.getByText('Showing 1–5 of 12.')).toBeVisible();
  await page.getByRole('link', { name: 'Next page →' }).click();
  await expect(page.getByText('Showing 6–10 of 12.')).toBeVisible();
  await page.getByRole('link', { name: '← Previous page' }).click();
  await expect(page.getByText('Showing 1–5 of 12.')).toBeVisible();

  const form = page.getByRole('form', { name: 'Filter statements' });
  await form.getByLabel('Stance').selectOption('HOSTILE');
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/[?&]stance=HOSTILE(&|$)/);
  await expect(items(page)).toHaveCount(3);
  await expect(page.getByRole('figure', { name: /^Statements per month by stance/ })).toBeVisible();
  await context.close();
});
