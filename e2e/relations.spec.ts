import { expect, test } from './fixtures';
import { expectAccessible, screenshot } from './page-checks';

test('a relation shows its index, drivers linking to their records, and every record between the two', async ({
  page,
}, testInfo) => {
  await page.goto('/relations/russia/japan?asOf=2025-11-11');
  await expect(page).toHaveTitle(/Russia – Japan/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Russia – Japan');
  await expect(page.getByRole('article', { name: 'Tension index', exact: true })).toContainText('66/100');

  const tension = page.getByRole('region', { name: 'Tension over time' });
  const drivers = tension.locator('[data-part="driver"]');
  await expect(drivers.first().getByRole('link')).toHaveAttribute(
    'href',
    '/sanctions#russia-on-japan-2025-11-11',
  );
  // May 2025, the interview's month: its statements are the point's drivers, read through the API.
  await tension.getByRole('radio', { name: /^May 2025: tension/ }).click();
  await expect(tension.getByRole('heading', { name: 'What moved it at May 2025' })).toBeVisible();
  const statementDriver = drivers.filter({ hasText: 'Nikolay Nozdrev' }).first().getByRole('link');
  await expect(statementDriver).toHaveAttribute(
    'href',
    /^\/statements\?speaker=nikolay-nozdrev&from=2025-05-05&to=2025-05-05#nozdrev-/,
  );

  const statements = page.getByRole('region', { name: 'Statements' });
  await expect(statements).toContainText('All 12 statements');
  await expect(statements).toContainText('not ready to abandon its unfriendly course');
  await expect(statements).toContainText('via RIA Novosti');

  const sanctions = page.getByRole('region', { name: 'Sanctions' });
  const japanOnRussia = sanctions.getByRole('article', { name: /Japan on Russia/ });
  await expect(japanOnRussia).toContainText('5 May 2025 · Nikolay Nozdrev: 25+ sanctions packages');
  await expect(japanOnRussia).toContainText('No listings of this regime are held here to count from.');
  await expect(japanOnRussia.getByRole('link', { name: 'Japan on Russia' })).toHaveAttribute(
    'href',
    '/sanctions#regime-japan-on-russia',
  );
  await expect(sanctions.getByRole('article', { name: /Russia on Japan/ })).toBeVisible();

  await expect(page.getByRole('region', { name: 'Alliance ties' })).toContainText(
    'NATO Security Assistance and Training for Ukraine (NSATU)',
  );
  await expect(page.getByRole('region', { name: 'Events' })).toContainText(
    'Direct flights between Russia and Japan suspended',
  );

  // A statement driver lands on the statement in the filtered feed.
  await statementDriver.click();
  await expect(page).toHaveURL(/\/statements\?speaker=nikolay-nozdrev/);
  const anchor = new URL(page.url()).hash.slice(1);
  expect(anchor).toMatch(/^nozdrev-/);
  const target = page.locator(`article[data-part="statement"][id="${anchor}"]`);
  await expect(target).toBeInViewport();
  await expect(target).toBeFocused();
  await page.goBack();

  await expectAccessible(page);
  await screenshot(page, testInfo, 'relation-russia-japan');
});

test('the period switch re-reads the timeline by quarter and by year', async ({ page }) => {
  await page.goto('/relations/russia/japan?asOf=2025-11-11');
  const tension = page.getByRole('region', { name: 'Tension over time' });
  const periods = tension.getByRole('navigation', { name: 'Timeline period' });
  await expect(periods.getByRole('link', { name: 'Month' })).toHaveAttribute('aria-current', 'page');

  await periods.getByRole('link', { name: 'Quarter' }).click();
  await expect(page).toHaveURL(/\?period=QUARTER&asOf=2025-11-11$/);
  await expect(periods.getByRole('link', { name: 'Quarter' })).toHaveAttribute('aria-current', 'page');
  await expect(tension.getByRole('heading', { name: 'What moved it at Q4 2025' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Trend' })).toContainText('Against Q3 2025');

  await periods.getByRole('link', { name: 'Year' }).click();
  await expect(page).toHaveURL(/\?period=YEAR&asOf=2025-11-11$/);
  await tension.getByText('Table', { exact: true }).click();
  // docs/tension.md: 2022 88.28, 2023 60.54, 2024 32.83, 2025 66.03.
  const rows = tension.locator('.chart-table tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toHaveText(/2022\s*88\.3\s*15/);
  await expect(rows.nth(2)).toHaveText(/2024\s*32\.8\s*1/);
  await expect(rows.nth(3)).toHaveText(/2025\s*66\.0\s*15/);
});

test('a pair with no records says so and shows no index as a number', async ({ page }) => {
  await page.goto('/relations/russia/ukraine');
  const index = page.getByRole('article', { name: 'Current tension index' });
  await expect(index).toContainText('Not enough records');
  await expect(index).toContainText('Not enough records: 0 between Russia and Ukraine');
  await expect(index).not.toContainText('/100');
  await expect(page.getByRole('article', { name: 'Trend' })).toContainText('No trend without enough records');
  const tension = page.getByRole('region', { name: 'Tension over time' });
  await expect(tension).toContainText(
    'No timeline of the index: not enough records: 0 between Russia and Ukraine.',
  );
  await expect(tension.locator('svg')).toHaveCount(0);
  await expect(page.locator('main')).not.toContainText(/\b0\/100|100 rupture/);

  // Two statements of one interview: records, but not enough to mean anything.
  await page.goto('/relations/russia/nato');
  await expect(page.getByRole('article', { name: 'Current tension index' })).toContainText(
    'Not enough records: 2 between Russia and NATO (1 act, from 1 source)',
  );
  await expect(page.getByRole('article', { name: 'Current tension index' })).not.toContainText('/100');
});

test('the pair picker opens another pair; unknown keys are a 404', async ({ page, request }) => {
  await page.goto('/relations/russia/japan');
  const picker = page.getByRole('form', { name: 'Choose a pair' });
  await picker.getByLabel('First actor').selectOption('nato');
  await picker.getByLabel('Second actor').selectOption('russia');
  await picker.getByRole('button', { name: 'Show relation' }).click();
  await expect(page).toHaveURL(/\/relations\/nato\/russia$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('NATO – Russia');

  const missing = await request.get('/relations/russia/atlantis');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('No such relation');
});

test('the relation reads and the picker works without JavaScript', async ({ browser }, testInfo) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/relations/russia/japan?period=YEAR&asOf=2025-11-11');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Russia – Japan');
  await expect(
    page.locator('blockquote').getByText('not ready to abandon its unfriendly course'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What moved it at 2025' })).toBeVisible();
  const picker = page.getByRole('form', { name: 'Choose a pair' });
  await picker.getByLabel('First actor').selectOption('japan');
  await picker.getByLabel('Second actor').selectOption('ukraine');
  await picker.getByRole('button', { name: 'Show relation' }).click();
  await expect(page).toHaveURL(/\/relations\/japan\/ukraine$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Japan – Ukraine');
  await page.setViewportSize({ width: 375, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, testInfo, 'relation-japan-ukraine-no-js-375');
  await context.close();
});

test('a day or period the URL cannot mean is said, not read silently as today or by month', async ({
  page,
}) => {
  await page.goto('/relations/russia/japan?asOf=banana&period=DECADE');
  const problems = page.locator('main').getByRole('alert');
  await expect(problems).toContainText('Day to read the index on: "banana" is not a partial date');
  await expect(problems).toContainText('read as of today instead');
  await expect(problems).toContainText('Period: "DECADE" is not one of Month, Quarter, Year; shown by month');
  await expect(page.getByRole('article', { name: 'Current tension index' })).toContainText('(today)');

  await page.goto('/?asOf=2100-01-01');
  await expect(page.locator('main').getByRole('alert')).toContainText(
    '"2100-01-01" is after today; read as of today instead',
  );
  await expect(page.getByRole('article', { name: 'Current tension index' })).toContainText('(today)');

  // A period named in lower case is the same period.
  await page.goto('/relations/russia/japan?period=year');
  await expect(page.locator('main').getByRole('alert')).toHaveCount(0);
  const periods = page.getByRole('navigation', { name: 'Timeline period' });
  await expect(periods.getByRole('link', { name: 'Year' })).toHaveAttribute('aria-current', 'page');
});
