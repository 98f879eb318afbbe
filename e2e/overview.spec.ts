import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import AxeBuilder from '@axe-core/playwright';
import { expectAccessible, screenshot } from './page-checks';

test('the overview shows the pair, its trend, the bounded headline figures and what drives them', async ({
  page,
}, testInfo) => {
  // Read on the day of the pair's latest record, so that the numbers are docs/tension.md's.
  await page.goto('/?asOf=2025-11-11');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Russia\s+–\s+Japan/);
  await expect(page.getByRole('article', { name: 'Tension index', exact: true })).toContainText('66/100');
  await expect(page.getByRole('article', { name: 'Tension index', exact: true })).toContainText(
    'As of 11 Nov 2025; 0 calm, 100 rupture. Latest record: 11 Nov 2025, the same day.',
  );
  await expect(page.getByRole('article', { name: 'Trend' })).toContainText(/(rising|easing|steady)/);
  await expect(page.getByRole('article', { name: 'Trend' })).toContainText('Against Oct 2025');
  await expect(page.getByRole('article', { name: 'Records moving the index' })).toContainText('34');

  const sanctions = page.getByRole('region', { name: 'Japan’s sanctions on Russia' });
  const packages = sanctions.getByRole('article', { name: 'Sanctions packages' });
  await expect(packages).toContainText('25+ sanctions packages');
  await expect(packages).toContainText('5 May 2025 · Nikolay Nozdrev (as worded: “over 25”)');
  await expect(packages).toContainText('15 dated packages held here');
  await expect(packages.getByRole('link', { name: 'see them' })).toHaveAttribute(
    'href',
    '/sanctions#regime-japan-on-russia',
  );
  const individuals = sanctions.getByRole('article', { name: 'Designated individuals' });
  await expect(individuals).toContainText('1,000+ individuals');
  await expect(individuals).toContainText('No listings of this regime are held here to count from.');
  const entities = sanctions.getByRole('article', { name: 'Designated entities' });
  await expect(entities).toContainText('300+ entities');
  await expect(entities).toContainText('Also reported:');
  await expect(entities).toContainText('7 Feb 2025 · Nikolay Nozdrev: 800+ legal entities');

  // The latest point's drivers are in the server HTML: the records of Nov 2025, the package first.
  const tension = page.getByRole('region', { name: 'Tension over time, and what drives it' });
  await expect(tension.getByRole('heading', { name: 'What moved it at Nov 2025' })).toBeVisible();
  const drivers = tension.locator('[data-part="driver"]');
  await expect(drivers).toHaveCount(1);
  await expect(drivers.first()).toContainText('+8.00');
  await expect(drivers.first().getByRole('link')).toHaveAttribute(
    'href',
    '/sanctions#russia-on-japan-2025-11-11',
  );

  const statements = page.getByRole('region', { name: 'Latest statements' });
  await expect(statements.getByRole('article')).toHaveCount(5);
  await expect(page.getByRole('region', { name: 'Alliance ties' })).toContainText('ITPP');
  await expect(
    page.getByRole('region', { name: 'Recent events' }).locator('article[data-part="event"]'),
  ).toHaveCount(5);
  await expect(page.getByRole('region', { name: 'Recent events' })).toContainText(
    'Japan to send its first SDF officers',
  );

  await expectAccessible(page);
  await screenshot(page, testInfo, 'overview');
});

test('read today, a trend with no new record says the index only decays, not that it eases', async ({
  page,
}) => {
  await page.goto('/');
  const trend = page.getByRole('article', { name: 'Trend' });
  await expect(trend).toContainText('No new records');
  await expect(trend).toContainText('No new records since 11 Nov 2025; the index only decays');
  await expect(trend).not.toContainText(/easing|rising|▼|▲/);

  // On the day of the latest record, records moved it: the trend has its direction.
  await page.goto('/?asOf=2025-11-11');
  await expect(trend).toContainText(/rising|easing|steady/);
  await expect(trend).not.toContainText('No new records');
});

test('the timeline: a point per period, chosen by keyboard, its drivers read through the API', async ({
  page,
}) => {
  await page.goto('/?asOf=2025-11-11');
  const tension = page.getByRole('region', { name: 'Tension over time, and what drives it' });
  const figure = tension.getByRole('figure', { name: /^Tension index Russia–Japan by month/ });
  const chart = figure.locator('svg.recharts-surface');
  // Below the fold, the chart is drawn once it comes near the screen.
  await figure.scrollIntoViewIfNeeded();
  await expect(chart).toBeVisible();

  // The index's axis reads 0 to 100 in full, inside the drawing.
  const indexTicks = chart
    .locator('.recharts-yAxis-tick-labels')
    .first()
    .locator('.recharts-cartesian-axis-tick-value');
  await expect(indexTicks).toHaveText(['0', '25', '50', '75', '100']);
  const drawing = (await chart.boundingBox())!;
  for (const tick of await indexTicks.all())
    expect((await tick.boundingBox())!.x, (await tick.textContent()) ?? '').toBeGreaterThanOrEqual(drawing.x);

  // Hover: a tooltip with the period's tension and record count.
  const box = (await chart.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  await expect(figure.locator('.chart-tooltip')).toContainText(/Tension \d+\.\d/);

  // Every period of the table has a visible point on the chart; only the chosen one is a Tab stop.
  const points = figure.getByRole('radio');
  const rows = await tension.locator('.chart-table tbody tr').count();
  await expect(points).toHaveCount(rows);
  await expect(points.last()).toBeVisible();
  await expect(points.last()).toHaveAttribute('aria-checked', 'true');
  await expect(figure.locator('[role="radio"][tabindex="0"]')).toHaveCount(1);

  // Keyboard: arrows move the choice and the focus; the drivers come from the API.
  const latest = figure.getByRole('radio', { name: /^Nov 2025: tension/ });
  await latest.focus();
  await page.keyboard.press('ArrowLeft');
  const october = figure.getByRole('radio', { name: /^Oct 2025: tension/ });
  await expect(october).toBeFocused();
  await expect(october).toHaveAttribute('aria-checked', 'true');
  await expect(tension.getByRole('heading', { name: 'What moved it at Oct 2025' })).toBeVisible();
  await expect(tension.getByText('No record dated in Oct 2025 moves the index.')).toBeVisible();
  await page.keyboard.press('Home');
  const first = figure.getByRole('radio', { name: /^Feb 2022: tension/ });
  await expect(first).toBeFocused();
  await expect(tension.getByRole('heading', { name: 'What moved it at Feb 2022' })).toBeVisible();
  const count = Number(/(\d+) records?$/.exec((await first.getAttribute('aria-label'))!)![1]);
  await expect(tension.locator('[data-part="driver"]')).toHaveCount(Math.min(8, count));
  for (const item of await tension
    .locator('[data-part="driver"] [data-part="driver-meta"]')
    .allTextContents())
    expect(item).toMatch(/Feb 2022/);

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

test('a reader tabbing into the timeline panel finds the chosen point next', async ({ page }) => {
  await page.goto('/?asOf=2025-11-11');
  const tension = page.getByRole('region', { name: 'Tension over time, and what drives it' });
  // Focus brings the panel's first link on screen, and the chart below it is drawn.
  await tension.getByRole('link', { name: 'Open in playground' }).focus();
  const chosen = tension.getByRole('radio', { checked: true });
  await expect(chosen).toHaveAccessibleName(/^Nov 2025: tension/);
  // The next Tab stop is the chosen point: the chart's drawing layers are none.
  await page.keyboard.press('Tab');
  await expect(chosen).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(tension.getByRole('radio', { name: /^Oct 2025: tension/ })).toBeFocused();
});

/** Where the timeline's periods lie on screen: the plot's box and each period's slice of it. */
async function periodSlices(page: Page) {
  const tension = page.getByRole('region', { name: 'Tension over time, and what drives it' });
  const figure = tension.getByRole('figure', { name: /^Tension index Russia–Japan by month/ });
  const grid = figure.locator('.recharts-cartesian-grid');
  await figure.scrollIntoViewIfNeeded();
  await expect(grid).toBeVisible();
  const plot = (await grid.boundingBox())!;
  const n = await figure.getByRole('radio').count();
  return { tension, figure, plot, slice: plot.width / n };
}

test('the first click near the right end of the timeline chooses the period under the pointer', async ({
  page,
}) => {
  await page.goto('/?asOf=2025-11-11');
  const { tension, figure, plot, slice } = await periodSlices(page);
  // The middle of the second-to-last period's slice, high above its point: no hover before.
  await page.mouse.click(plot.x + plot.width - slice * 1.5, plot.y + plot.height * 0.2);
  await expect(tension.getByRole('heading', { name: 'What moved it at Oct 2025' })).toBeVisible();
  await expect(figure.getByRole('radio', { name: /^Oct 2025: tension/ })).toHaveAttribute(
    'aria-checked',
    'true',
  );
});

test('a tap on the timeline chooses the period under the finger', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 414, height: 860 } });
  const page = await context.newPage();
  await page.goto('/?asOf=2025-11-11');
  const { tension, plot, slice } = await periodSlices(page);
  await page.touchscreen.tap(plot.x + plot.width - slice * 1.5, plot.y + plot.height * 0.5);
  await expect(tension.getByRole('heading', { name: 'What moved it at Oct 2025' })).toBeVisible();
  await page.touchscreen.tap(plot.x + slice * 0.5, plot.y + plot.height * 0.5);
  await expect(tension.getByRole('heading', { name: 'What moved it at Feb 2022' })).toBeVisible();
  await context.close();
});

test('the overview fits a 375 px screen without horizontal scrolling', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('figure', { name: /^Tension index/ }).scrollIntoViewIfNeeded();
  await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, testInfo, 'overview-375');
});

test('every link and control on the overview is a touch target of 24 px or well spaced, on a phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
  expect(violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
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
    'Desk',
  ]);
  await expect(
    page.getByRole('region', { name: 'In this dataset' }).getByRole('article', { name: 'Actors' }),
  ).toContainText(/[1-9]/);
  await expect(page.getByRole('heading', { name: 'What moved it at Nov 2025' })).toBeVisible();
  await expect(page.getByText('Loading the overview')).toBeHidden();
  await context.close();
});
