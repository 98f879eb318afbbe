import { expect, test } from './fixtures';
import { expectAccessible } from './page-checks';

test('alliances, programmes, initiatives and strategies with kind, lead, dates, areas and sources', async ({
  page,
}, testInfo) => {
  await page.goto('/alliances');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alliances, partnerships and offices');
  const panel = page.getByRole('region', { name: 'Alliances, programmes, initiatives and strategies' });

  const itpp = panel.getByRole('article', { name: 'Individually Tailored Partnership Programme (ITPP)' });
  await expect(itpp).toContainText('Partnership programme');
  await expect(itpp.getByRole('link', { name: 'NATO' })).toHaveAttribute('href', '/actors/nato');
  await expect(itpp).toContainText('12 Jul 2023');
  await expect(itpp).toContainText('2026');
  await expect(itpp).toContainText('cyber, space, emerging technologies');
  // The joint statement's "dual-use technologies" is flagged, not listed as an ITPP area.
  await expect(itpp).toContainText('not listed among its areas');
  await itpp.getByText('Sources (3)').click();
  await expect(
    itpp.getByRole('link', { name: 'Russia-Japan diplomatic rift grows amid NATO, Ukraine disputes' }),
  ).toBeVisible();

  await expect(
    panel.getByRole('article', { name: 'North Atlantic Treaty Organization (NATO)' }),
  ).toContainText('Alliance');
  await expect(
    panel.getByRole('article', { name: /NATO Security Assistance and Training for Ukraine/ }),
  ).toContainText('Initiative');
  const foip = panel.getByRole('article', { name: 'Free and Open Indo-Pacific (FOIP)' });
  await expect(foip).toContainText('Strategy');
  await expect(foip.getByRole('link', { name: 'Japan' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('alliances.png'), fullPage: true });
});

test('memberships and offices, open and proposed', async ({ page }) => {
  await page.goto('/alliances');
  const memberships = page.getByRole('region', { name: 'Memberships', exact: true });
  await expect(memberships.getByRole('row', { name: /Japan NSATU/ }).getByRole('cell')).toContainText([
    'NSATU',
    'Participant',
    'Intended',
    '8 Apr 2025',
  ]);
  await expect(memberships.getByRole('row', { name: /Japan ITPP/ })).toContainText('Partner');

  const offices = page.getByRole('region', { name: 'Offices', exact: true });
  const brussels = offices.getByRole('row', { name: /Japan's Mission to NATO/ });
  await expect(brussels).toContainText('Brussels');
  await expect(brussels).toContainText('Open');
  await expect(brussels).toContainText('Jan 2025');
  const tokyo = offices.getByRole('row', { name: /NATO liaison office in Tokyo/ });
  await expect(tokyo).toContainText('Tokyo');
  await expect(tokyo.getByText('Proposed')).toBeVisible();
});

test('the network of ties: server-drawn SVG with a name, a legend and a table of the ties', async ({
  page,
}) => {
  await page.goto('/alliances');
  const panel = page.getByRole('region', { name: 'Network of ties' });
  const graph = panel.getByRole('img', { name: /Actors and their ties/ });
  await expect(graph).toBeVisible();
  await expect(graph.locator('.network-node')).toHaveCount(6);
  await expect(panel.getByRole('list', { name: 'Legend' }).getByRole('listitem')).toHaveCount(5);

  await panel.getByText('Table', { exact: true }).click();
  const table = panel.getByRole('table');
  await expect(table.getByRole('row', { name: /^Japan Sanctions regime/ })).toContainText('Russia');
  await expect(table.getByRole('row', { name: /^Japan Sanctions regime/ })).toContainText('15 packages');
  await expect(table.getByRole('row', { name: /^Nikolay Nozdrev Hostile statements/ })).toContainText(
    '3 hostile statements',
  );
  await expect(table.getByRole('row', { name: /^Japan Membership intended/ })).toContainText('NSATU');
});

test('the network is in the server HTML, before any script runs', async ({ request }) => {
  const html = await (await request.get('/alliances')).text();
  expect(html).toContain('class="network-svg"');
  expect(html).toContain('Hostile statements (speaker → target)');
});

test('no serious accessibility violations, fits 375 px', async ({ page }, testInfo) => {
  await page.goto('/alliances');
  await expect(page.getByRole('img', { name: /Actors and their ties/ })).toBeVisible();
  await expectAccessible(page);

  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/alliances');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: testInfo.outputPath('alliances-375.png'), fullPage: true });
});
