import { expect, test } from './fixtures';

/** Words that belong to the team's working files and to the store, never to a page. */
const WORKING_NOTES =
  /facts\.md|DESIGN\.md|\.json\b|\.tsv\b|seed article|designatedEntities|designatedIndividuals|openedOn/;

test('no page shows a working note, a file name or an internal key', async ({ page }) => {
  test.setTimeout(240_000);
  const start = ['/', '/relations/russia/japan', '/statements', '/sanctions', '/alliances', '/events'];
  const seen = new Set<string>();
  const queue = [...start];
  // Every page the main screens link to (actors and sources included), each read once.
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    const text = await page.locator('main').innerText();
    expect(text, path).not.toMatch(WORKING_NOTES);
    // Keys with a digit and a hyphen ("japan-on-russia-2025-01-10") are the store's, not words.
    expect(text, path).not.toMatch(/\b[a-z]+(?:-[a-z0-9]+)*-\d{4}(?:-\d{2})*\b/);
    if (start.includes(path)) {
      const links = await page
        .locator('main a[href^="/actors/"], main a[href^="/sources/"]')
        .evaluateAll((as) =>
          // getAttribute, not .href: the network's links are SVG <a>, whose href is not a string.
          as.map((a) => new URL(a.getAttribute('href')!, location.href).pathname),
        );
      queue.push(...links);
    }
  }
  expect(seen.size).toBeGreaterThan(40);
});

test('the sanctions screen shows the claims as a dated sequence, each with its grade', async ({ page }) => {
  await page.goto('/sanctions');
  const claims = page.getByRole('region', { name: 'Claims over time' });
  const items = claims.getByRole('listitem').filter({ hasText: 'Nikolay Nozdrev' });
  // allInnerTexts does not wait: read the list once its claims have streamed in.
  await expect(items.first()).toBeVisible();
  const text = await items.allInnerTexts();
  const february = text.findIndex((t) => t.startsWith('7 Feb 2025') && t.includes('800'));
  const may = text.findIndex((t) => t.startsWith('5 May 2025') && t.includes('300'));
  expect(february).toBeGreaterThanOrEqual(0);
  expect(may).toBeGreaterThan(february);
  await expect(claims.locator('abbr.grade').first()).toBeVisible();
});

test('a source page shows its grade, the reason and each excerpt taken from it', async ({ page }) => {
  await page.goto('/sources/almayadeen-2025-russia-japan-rift');
  const source = page.getByRole('region', { name: 'Source', exact: true });
  await expect(source).toContainText('fairly reliable');
  await expect(source).toContainText('relaying RIA Novosti');
  const excerpts = page.getByRole('region', { name: 'Its words in this dataset' });
  await expect(excerpts.getByRole('listitem').first()).toBeVisible();
  expect(await excerpts.getByRole('listitem').count()).toBeGreaterThan(20);
});

test('a reader can hide claims below a grade', async ({ page }) => {
  await page.goto('/sanctions');
  const aggregatorLine = page.locator('[data-reliability="D"]').first();
  await expect(aggregatorLine).toBeVisible();
  await page.getByLabel('Sources shown').selectOption('C');
  // The citation folds to a note naming its grade: the record never reads as unsourced.
  await expect(aggregatorLine.locator('a').first()).toBeHidden();
  await expect(aggregatorLine).toHaveText('A source graded D (hidden by “Sources shown”)', {
    useInnerText: true,
  });
  await expect(
    page.getByRole('status').filter({ hasText: 'Citations graded below C are folded' }),
  ).toContainText('every count and the index still include them');
  await page.getByLabel('Sources shown').selectOption('');
  await expect(aggregatorLine.locator('a').first()).toBeVisible();
  await expect(aggregatorLine.locator(':scope > .grade-hidden-note')).toBeHidden();
});
