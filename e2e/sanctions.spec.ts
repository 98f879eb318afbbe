import { parseCsv } from '../app/api/export/csv';
import { importFtm } from '../data/ingest/importers/ftm';
import { regimeOf, writeListingsFile } from '../tests/helpers/ftm';
import { seededDatabase, startAppServer, type AppServer } from './app-server';
import { expect, test } from './fixtures';
import { expectAccessible } from './page-checks';

test('regimes show every reported figure with its bound and source beside the counted ones', async ({
  page,
}, testInfo) => {
  await page.goto('/sanctions');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sanctions');

  const regimes = page.getByRole('region', { name: 'Regimes and their figures' });
  const japan = regimes.getByRole('article', { name: 'Japan → Russia' });
  await expect(japan).toContainText('Since 23 Feb 2022');

  const packages = japan.getByRole('article', { name: 'Sanctions packages' });
  await expect(packages.getByRole('listitem').first()).toContainText('25+ sanctions packages');
  await expect(packages.getByRole('listitem').first()).toContainText('Headline');
  await expect(packages).toContainText('as worded: “over 25”');
  await expect(packages).toContainText('via RIA Novosti');
  await expect(packages).toContainText('15 dated packages held here');

  // Two sources that disagree stand side by side, each attributed: the article's 300 and Izvestia's 800.
  const entities = japan.getByRole('article', { name: 'Designated entities' });
  const claims = entities.getByRole('listitem');
  await expect(claims.nth(0)).toContainText('300+ entities');
  await expect(claims.nth(0)).toContainText('Russia-Japan diplomatic rift grows amid NATO, Ukraine disputes');
  // Izvestia's 800, bounded like the article's 300 ("more than 1,000 individuals and 800 ..."):
  // Nozdrev said it to Izvestia itself, so no outlet stands between them.
  await expect(claims.nth(1)).toContainText('800+ legal entities');
  await expect(claims.nth(1)).toContainText('more than 800');
  await expect(claims.nth(1)).toContainText('Izvestia');
  await expect(claims.nth(1)).not.toContainText('via Nikolay Nozdrev');
  await expect(entities).toContainText('none counted: no designations of this regime are held here');
  await expect(japan.getByRole('article', { name: 'Designated individuals' })).toContainText(
    '1,000+ individuals',
  );

  await expect(regimes.getByRole('article', { name: 'Russia → Japan' })).toContainText(
    'No source reports aggregate figures',
  );
  await page.screenshot({ path: testInfo.outputPath('sanctions.png'), fullPage: true });
});

test('packages over time: charts with names and table fallbacks, and a package per anchor', async ({
  page,
}) => {
  await page.goto('/sanctions');
  const panel = page.getByRole('region', { name: 'Packages over time' });

  const perQuarter = panel.getByRole('img', { name: /^Sanctions packages per quarter\./ });
  await expect(perQuarter).toBeVisible();
  // Recharts draws after hydration, in its own chunk.
  await expect(perQuarter.locator('.recharts-bar-rectangle').first()).toBeVisible();
  const figure = panel.getByRole('figure', { name: 'Sanctions packages per quarter' });
  await figure.getByText('Table', { exact: true }).click();
  const q1 = figure.getByRole('row', { name: /^Q1 2022/ });
  await expect(q1.getByRole('cell')).toHaveText(['6', '2']);

  // The seed holds no designations: the regime says so instead of charting zeros.
  await expect(panel.getByRole('region', { name: 'Japan → Russia: 15 packages' })).toContainText(
    'No designation with a listing date is held for this regime',
  );

  const item = page.locator('[id="japan-on-russia-2022-04-12"]');
  await expect(item).toContainText('12 Apr 2022');
  await expect(item).toContainText('Designates 398 individuals and 28 entities, as its source states.');
  for (const date of ['23 Feb 2022', '25 Feb 2022', '11 Mar 2022', '10 Jan 2025', '12 Sep 2025']) {
    await expect(panel.locator('[data-part="package-date"]', { hasText: date })).toHaveCount(1);
  }
});

test('a package anchor from another page lands on the package', async ({ page }) => {
  await page.goto('/sanctions#japan-on-russia-2025-01-10');
  await expect(page.locator('[id="japan-on-russia-2025-01-10"]')).toBeInViewport();
});

test('counter-measures are listed with their own packages', async ({ page }) => {
  await page.goto('/sanctions');
  const panel = page.getByRole('region', { name: 'Counter-measures' });
  await expect(
    panel.getByRole('heading', { name: 'Russia → Japan, in response to Japan → Russia' }),
  ).toBeVisible();
  await expect(panel.locator('[id="russia-on-japan-2022-03-07"]')).toContainText('7 Mar 2022');
  await expect(panel.locator('[id="russia-on-japan-2025-11-11"]')).toContainText('11 Nov 2025');
  await expect(panel).toContainText('6 packages recorded');
});

test('designations: empty state, downloads, and an error state for a bad cursor', async ({ page }) => {
  await page.goto('/sanctions');
  const panel = page.getByRole('region', { name: 'Designations', exact: true });
  await expect(panel).toContainText('No individual listings are held for Japan → Russia');
  await expect(panel.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
    'href',
    '/api/export/designations.csv?regime=japan-on-russia',
  );
  await expect(panel.getByRole('link', { name: 'Download JSON' })).toHaveAttribute(
    'href',
    '/api/export/designations.json?regime=japan-on-russia',
  );

  await panel.getByRole('link', { name: /Russia → Japan/ }).click();
  await expect(page).toHaveURL(/regime=russia-on-japan/);
  await expect(page.getByRole('region', { name: 'Designations' })).toContainText(
    'No individual listings are held for Russia → Japan',
  );

  await page.goto('/sanctions?regime=japan-on-russia&after=not-a-cursor');
  await expect(page.getByRole('region', { name: 'Designations' }).getByRole('alert')).toContainText(
    'is not a cursor of this list',
  );
  // The other panels still render.
  await expect(page.getByRole('region', { name: 'Packages over time' })).toBeVisible();
});

test.describe('designations paging, with imported listings', () => {
  // 130 listings (seven pages of 20) imported into a database of this spec's own, served by a
  // second instance of the built app: the shared e2e database keeps the seed alone.
  const listings = writeListingsFile(130);
  let app: AppServer;
  let regimeKey: string;

  test.beforeAll(async () => {
    const database = await seededDatabase(async (db) => {
      await importFtm(db, listings.file);
      regimeKey = regimeOf(db, listings.keys[0]!)!;
    });
    app = await startAppServer(database);
  });
  test.afterAll(async () => {
    await app?.stop();
  });

  test('Next walks every page, newest listing first, and the download holds them all', async ({ page }) => {
    // The regime with listings is the one the page opens on.
    await page.goto(`${app.baseURL}/sanctions`);
    const panel = page.getByRole('region', { name: 'Designations', exact: true });
    await expect(panel.getByRole('link', { name: /\(130\)$/ })).toHaveAttribute('aria-current', 'page');
    await expect(panel).toContainText('130 designations held, newest listing first; 20 on this page.');
    await expect(panel.getByRole('link', { name: 'First page' })).toHaveCount(0);

    // Each page holds the next twenty designees in the API's order (toHaveText waits for the
    // page the Next link leads to, so a page is never read before it has replaced the last one).
    const expected = listings.keys.map((key) => listings.designees.get(key)!);
    for (let n = 1; n <= 7; n += 1) {
      await expect(panel.locator('tbody tr th')).toHaveText(expected.slice((n - 1) * 20, n * 20));
      await expect(panel).toContainText(`${n < 7 ? 20 : 10} on this page.`);
      const next = panel.getByRole('link', { name: 'Next page' });
      if (n === 7) {
        await expect(next).toHaveCount(0);
        break;
      }
      await next.click();
      await expect(page).toHaveURL(/[?&]after=/);
      await expect(panel.getByRole('link', { name: 'First page' })).toBeVisible();
    }

    await panel.getByRole('link', { name: 'First page' }).click();
    await expect(panel.locator('tbody tr th')).toHaveText(expected.slice(0, 20));

    const csv = panel.getByRole('link', { name: 'Download CSV' });
    await expect(csv).toHaveAttribute('href', `/api/export/designations.csv?regime=${regimeKey}`);
    const response = await page.request.get(`${app.baseURL}/api/export/designations.csv?regime=${regimeKey}`);
    expect(response.status()).toBe(200);
    const [header, ...records] = parseCsv(await response.text());
    expect(header?.[0]).toBe('key');
    expect(records.map((r) => r[0])).toEqual(listings.keys);
  });

  test('Next works without scripts: each page is server-rendered', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.baseURL}/sanctions?regime=${regimeKey}`);
    const panel = page.getByRole('region', { name: 'Designations', exact: true });
    await panel.getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/[?&]after=/);
    await expect(panel.locator('tbody tr').first().locator('th')).toHaveText(
      listings.designees.get(listings.keys[20]!)!,
    );
    await context.close();
  });
});

test('no serious accessibility violations, fits 375 px, readable without scripts', async ({
  page,
  browser,
}, testInfo) => {
  await page.goto('/sanctions');
  await expect(
    page
      .getByRole('img', { name: /^Sanctions packages per quarter\./ })
      .locator('.recharts-bar-rectangle')
      .first(),
  ).toBeVisible();
  await expectAccessible(page);

  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/sanctions');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: testInfo.outputPath('sanctions-375.png'), fullPage: true });

  const context = await browser.newContext({
    javaScriptEnabled: false,
    baseURL: testInfo.project.use.baseURL,
  });
  const noScript = await context.newPage();
  await noScript.goto('/sanctions');
  await expect(noScript.getByText('as worded: “over 25”').first()).toBeVisible();
  await expect(noScript.getByText('Q1 2022', { exact: true })).toBeAttached();
  await context.close();
});
