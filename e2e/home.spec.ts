import { expect, test } from './fixtures';

test('the overview shows the Russia–Japan headline figures', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Russia\s+–\s+Japan/);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText([
    'Overview',
    'Relations',
    'Statements',
    'Sanctions',
    'Alliances',
    'Events',
    'Playground',
  ]);

  const tension = page.getByRole('article', { name: 'Current tension index' });
  await expect(tension).toContainText(/\d+\/100/);

  const sanctions = page.getByRole('region', { name: 'Japan’s sanctions on Russia' });
  const packages = sanctions.getByRole('article', { name: 'Sanctions packages' });
  await expect(packages).toContainText('25+ sanctions packages');
  await expect(packages).toContainText('over 25');
  await expect(sanctions.getByRole('article', { name: 'Designated individuals' })).toContainText(
    '1,000+ individuals',
  );
  await expect(sanctions.getByRole('article', { name: 'Designated entities' })).toContainText(
    /\d[\d,]*\+ entities/,
  );
  const dataset = page.getByRole('region', { name: 'In this dataset' });
  await expect(dataset.getByRole('article', { name: 'Actors' })).toContainText(/[1-9]/);

  await page.screenshot({ path: testInfo.outputPath('home.png'), fullPage: true });
});

test('the overview fits a 375 px screen without horizontal scrolling', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: testInfo.outputPath('home-375.png'), fullPage: true });
});
