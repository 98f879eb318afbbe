import { expect, test } from './fixtures';
import { expectAccessible, screenshot } from './page-checks';

test('the overview shows the pair, its trend, the bounded headline figures and what drives them', async ({
  page,
}, testInfo) => {
  // Read on the day of the pair's latest record, so that the numbers are docs/tension.md's.
  await page.goto('/?asOf=2025-11-11');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Russia\s+–\s+Japan/);
  await expect(page.getByRole('article', { name: 'Current tension index' })).toContainText('66/100');
  await expect(page.getByRole('article', { name: 'Current tension index' })).toContainText(
    'As of 11 Nov 2025; 0 calm, 100 rupture. Latest record: 11 Nov 2025, the same day.',
  );
  await expect(page.getByRole('article', { name: 'Trend' })).toContainText(/(rising|easing|steady)/);
  await expect(page.getByRole('article', { name: 'Trend' })).toContainText('Against Oct 2025');
  await expect(page.getByRole('article', { name: 'Records moving the index' })).toContainText('34');

  const sanctions = page.getByRole('region', { name: 'Japan’s sanctions on Russia' });
  const packages = sanctions.getByRole('article', { name: 'Sanctions packages' });
  await expect(packages).toContainText('25+ sanctions packages');
  await expect(packages).toContainText('15 dated packages held here');
  const individuals = sanctions.getByRole('article', { name: 'Designated individuals' });
  await expect(individuals).toContainText('1,000+ individuals');
  await expect(individuals).toContainText('0 individuals counted from listings held here');
  const entities = sanctions.getByRole('article', { name: 'Designated entities' });
  await expect(entities).toContainText('300+ entities');
  await expect(entities).toContainText('Also reported: 800+ legal entities (C3 Izvestia)');

  // Drivers at asOf are in the server HTML: the latest package first.
  const tension = page.getByRole('region', { name: 'Tension over time, and what drives it' });
  await expect(tension.getByRole('heading', { name: 'What moved it at Nov 2025' })).toBeVisible();
  const drivers = tension.locator('ol.drivers > li');
  await expect(drivers).toHaveCount(8);
  await expect(drivers.first()).toContainText('+8.00');
  await expect(drivers.first().getByRole('link')).toHaveAttribute(
    'href',
    '/sanctions#russia-on-japan-2025-11-11',
  );

  const statements = page.getByRole('region', { name: 'Latest statements' });
  await expect(statements.getByRole('article')).toHaveCount(5);
  await expect(page.getByRole('region', { name: 'Alliance ties' })).toContainText('ITPP');
  await expect(page.getByRole('region', { name: 'Recent events' }).locator('article.event-item')).toHaveCount(
    5,
  );
  await expect(page.getByRole('region', { name: 'Recent events' })).toContainText(
    'Japan to send its first SDF officers',
  );

  await expectAccessible(page);
  await screenshot(page, testInfo, 'overview');
});

test('the timeline: hover shows a point, a click or the arrow keys list what moved it', async ({ page }) => {
  await page.goto('/?asOf=2025-11-11');
  const tension = page.getByRole('region', { name: 'Tension over time, and what drives it' });
  const figure = tension.getByRole('figure', { name: /^Tension index Russia–Japan by month/ });
  await expect(figure).toBeVisible();
  const chart = figure.locator('svg.recharts-surface');
  await expect(chart).toBeVisible();

  // Hover: a tooltip with the period's tension and record count.
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  await expect(figure.locator('.chart-tooltip')).toContainText(/Tension \d+\.\d/);
  await expect(figure.locator('.chart-tooltip')).toContainText(/\d+ records?/);

  // Keyboard: the chart is a slider over the periods.
  const slider = figure.getByRole('slider');
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveAttribute('aria-valuetext', /^Oct 2025: tension/);
  await expect(tension.getByRole('heading', { name: 'What moved it at Oct 2025' })).toBeVisible();
  await page.keyboard.press('Home');
  await expect(tension.getByRole('heading', { name: 'What moved it at Feb 2022' })).toBeVisible();
  await expect(tension.locator('ol.drivers > li').first()).toContainText('new this month');

  // Click: the point under the pointer becomes the selected one.
  await chart.scrollIntoViewIfNeeded();
  const at = (await chart.boundingBox())!;
  await page.mouse.move(at.x + at.width * 0.7, at.y + at.height * 0.5);
  const tip = figure.locator('.chart-tooltip strong');
  await expect(tip).toHaveText(/^[A-Z][a-z]{2} \d{4}$/);
  const label = await tip.textContent();
  await page.mouse.click(at.x + at.width * 0.7, at.y + at.height * 0.5);
  await expect(tension.getByRole('heading', { name: `What moved it at ${label}` })).toBeVisible();
  await expect(slider).toHaveAttribute('aria-valuetext', new RegExp(`^${label}: tension`));

  // The table fallback holds the same numbers.
  await tension.getByText('Table', { exact: true }).click();
  await expect(tension.getByRole('row', { name: /^Nov 2025/ })).toContainText('66.0');
});

test('the overview reads the index as of today, with the latest record and its age', async ({ page }) => {
  await page.goto('/');
  const today = new Date();
  const day = (d: Date) =>
    d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const age = Math.round(
    (Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - Date.UTC(2025, 10, 11)) /
      86_400_000,
  );
  const index = page.getByRole('article', { name: 'Current tension index' });
  await expect(index).toContainText(`As of ${day(today)} (today)`);
  await expect(index).toContainText(
    `Latest record: 11 Nov 2025, ${age.toLocaleString('en-US')} days earlier.`,
  );
  await expect(index).toContainText(/\d+\/100/);
});

test('the overview fits a 375 px screen without horizontal scrolling', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, testInfo, 'overview-375');
});

test('the overview reads without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/?asOf=2025-11-11');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Russia\s+–\s+Japan/);
  await expect(page.getByText('25+ sanctions packages')).toBeVisible();
  // The source's own words stand beside the figure, and every screen is one link away.
  const packages = page
    .getByRole('region', { name: 'Japan’s sanctions on Russia' })
    .getByRole('article', { name: 'Sanctions packages' });
  await expect(packages).toContainText('over 25');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText([
    'Overview',
    'Relations',
    'Statements',
    'Sanctions',
    'Alliances',
    'Events',
    'Playground',
  ]);
  await expect(
    page.getByRole('region', { name: 'In this dataset' }).getByRole('article', { name: 'Actors' }),
  ).toContainText(/[1-9]/);
  await expect(page.getByRole('heading', { name: 'What moved it at Nov 2025' })).toBeVisible();
  await expect(page.getByText('Loading the overview')).toBeHidden();
  await context.close();
});
