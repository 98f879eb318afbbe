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

test('the network draws every tie the API counts, NATO among the nodes, each node a link', async ({
  page,
}) => {
  await page.goto('/alliances');
  const panel = page.getByRole('region', { name: 'Network of ties' });
  const graph = panel.getByRole('group', { name: /Actors, alliances and their ties/ });
  await expect(graph).toBeVisible();
  // Ties from the API's network (Japan–Russia, Japan–NATO, …), weights written on them.
  await expect(graph.locator('[data-part="ties"] path')).not.toHaveCount(0);
  await expect(graph.locator('[data-part="tie-weight"]').first()).toHaveText('38');
  await expect(graph.getByRole('link', { name: 'NATO, actor' })).toHaveAttribute('href', '/actors/nato');
  await expect(graph.getByRole('link', { name: 'NATO, alliance or programme' })).toHaveAttribute(
    'href',
    '/alliances#alliance-nato',
  );
  await expect(graph.getByRole('link', { name: 'Japan, actor' })).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Legend' }).getByRole('listitem')).toHaveCount(6);

  await panel.getByText('Table', { exact: true }).click();
  const table = panel.getByRole('table');
  const japanRussia = table.getByRole('row', {
    name: /^Japan Records between the two, most of them hostile \(number of records\) Russia/,
  });
  await expect(japanRussia).toContainText('Russia');
  await expect(japanRussia).toContainText(/38 records \(34 move the index\), 33 hostile, tension \d+\.\d/);
  await expect(table.getByRole('row', { name: /^Japan Records between .* NATO/ })).toContainText(
    'both in ITPP',
  );
  await expect(table.getByRole('row', { name: /^NATO Leads the alliance or programme NATO/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Japan Membership intended/ })).toContainText('NSATU');
});

test('a tie resting on too few records shows no tension, and its two counts say what each counts', async ({
  page,
  request,
}) => {
  await page.goto('/alliances');
  const panel = page.getByRole('region', { name: 'Network of ties' });
  await panel.getByText('Table', { exact: true }).click();
  const table = panel.getByRole('table');
  for (const [from, to] of [
    ['Japan', 'United States'],
    ['Belarus', 'Japan'],
  ]) {
    const row = table.getByRole('row', { name: new RegExp(`^${from} Records between .* ${to} \\d`) });
    await expect(row).toContainText('tension: not enough records');
    await expect(row).not.toContainText(/tension \d/);
    // The picture's tie says the same in its title.
    const tie = panel.locator('[data-part="ties"] path title', { hasText: `${from} – ${to}:` });
    await expect(tie).toContainText('tension: not enough records');
    await expect(tie).not.toContainText(/tension \d/);
  }

  // Each number is what its label says: every record between the two, and those moving the index.
  const answer = await request.post('/api/graphql', {
    data: { query: '{ network(first: 100) { a { key } b { key } records coverage { records } } }' },
  });
  const { data } = (await answer.json()) as {
    data: {
      network: { a: { key: string }; b: { key: string }; records: number; coverage: { records: number } }[];
    };
  };
  const api = data.network.find((t) => t.a.key === 'japan' && t.b.key === 'russia')!;
  expect(api.records).toBeGreaterThan(api.coverage.records);
  const japanRussia = table.getByRole('row', { name: /^Japan Records between .* Russia \d/ });
  await expect(japanRussia).toContainText(`${api.records} records (${api.coverage.records} move the index)`);
  // One record is one, in both counts.
  await expect(table).toContainText('(1 moves the index)');
  await expect(table).not.toContainText('(1 move the index)');
  await page.goto('/relations/japan/russia');
  await expect(page.getByRole('article', { name: 'Records moving the index' })).toContainText(
    String(api.coverage.records),
  );
});

test('the network nodes are reached with the Tab key and open their page', async ({ page }) => {
  await page.goto('/alliances');
  const graph = page.getByRole('group', { name: /Actors, alliances and their ties/ });
  const links = graph.getByRole('link');
  // count() does not wait: the graph is drawn once its panel streams in.
  await expect(links.nth(5)).toBeAttached();
  const count = await links.count();
  expect(count).toBeGreaterThan(5);
  await page.getByRole('heading', { name: 'Network of ties' }).click();
  const reached: string[] = [];
  for (let i = 0; i < 40 && reached.length < count; i += 1) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() =>
      document.activeElement?.closest('[data-part="network"]')
        ? document.activeElement.getAttribute('aria-label')
        : null,
    );
    if (name) reached.push(name);
    else if (reached.length) break;
  }
  expect(reached).toHaveLength(count);
  expect(reached).toContain('NATO, actor');
  await graph.getByRole('link', { name: 'Russia, actor' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/actors\/russia$/);
});

test('the network is in the server HTML, before any script runs', async ({ request }) => {
  const html = await (await request.get('/alliances')).text();
  expect(html).toContain('data-part="network"');
  expect(html).toContain('Records between the two, most of them hostile');
  expect(html).toContain('aria-label="NATO, actor"');
});

test('no serious accessibility violations, fits 375 px', async ({ page }, testInfo) => {
  await page.goto('/alliances');
  await expect(page.getByRole('group', { name: /Actors, alliances and their ties/ })).toBeVisible();
  await expectAccessible(page);

  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/alliances');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: testInfo.outputPath('alliances-375.png'), fullPage: true });
});
