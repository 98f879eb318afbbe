import { expect, test } from './fixtures';
import { expectAccessible } from './page-checks';

const ARTICLE = 'almayadeen-2025-russia-japan-rift';
const ARTICLE_TITLE = 'Russia-Japan diplomatic rift grows amid NATO, Ukraine disputes';

test('an actor page: Nikolay Nozdrev, his profile and his statements', async ({ page }, testInfo) => {
  await page.goto('/actors/nikolay-nozdrev');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nikolay Nozdrev');
  await expect(page).toHaveTitle(/Nikolay Nozdrev/);

  const profile = page.getByRole('region', { name: 'Profile', exact: true });
  await expect(profile).toContainText('Person');
  await expect(profile).toContainText(
    'Ambassador Extraordinary and Plenipotentiary of the Russian Federation to Japan',
  );
  await expect(profile.getByRole('link', { name: 'Russia' })).toHaveAttribute('href', '/actors/russia');
  await expect(profile).toContainText('appointed by decree on 19 Jan 2024');

  const made = page.getByRole('region', { name: 'Statements made', exact: true });
  await expect(made).toContainText('12 in all, newest first.');
  await expect(made.locator('article[data-part="statement"]')).toHaveCount(12);
  await expect(made.locator('[id="nozdrev-pan-western-solidarity"]')).toContainText('pan-Western solidarity');
  await expect(made.getByRole('link', { name: 'Download all as CSV' })).toHaveAttribute(
    'href',
    '/api/export/statements.csv?speaker=nikolay-nozdrev',
  );
  await expect(page.getByRole('region', { name: 'Statements received', exact: true })).toContainText(
    'No statements aimed at Nikolay Nozdrev are recorded.',
  );
  await expect(page.getByRole('region', { name: 'Events', exact: true })).toContainText(
    'Nozdrev appointed Russian ambassador to Japan',
  );
  await page.screenshot({ path: testInfo.outputPath('actor-nozdrev.png'), fullPage: true });
});

test('a state: statements received, memberships, sanctions both ways, offices', async ({ page }) => {
  await page.goto('/actors/japan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Japan');
  await expect(page.getByRole('region', { name: 'Profile', exact: true })).toContainText('JPN');
  await expect(
    page.getByRole('region', { name: 'Profile', exact: true }).getByRole('link', { name: /Q17/ }),
  ).toHaveAttribute('rel', 'noopener noreferrer');
  const received = page.getByRole('region', { name: 'Statements received', exact: true });
  await expect(received).toContainText('12 in all');
  await expect(received.getByRole('heading', { name: /Nikolay Nozdrev on Japan/ }).first()).toBeVisible();

  const memberships = page.getByRole('region', { name: 'Memberships', exact: true });
  await expect(
    memberships.getByRole('link', { name: 'Individually Tailored Partnership Programme (ITPP)' }),
  ).toHaveAttribute('href', '/alliances#membership-japan-itpp');
  const sanctions = page.getByRole('region', { name: 'Sanctions', exact: true });
  await expect(sanctions.getByRole('link', { name: 'Japan → Russia' })).toHaveAttribute(
    'href',
    '/sanctions#regime-japan-on-russia',
  );
  await expect(sanctions).toContainText('5 May 2025 · Nikolay Nozdrev: 25+ sanctions packages');
  await expect(sanctions).toContainText('No listings of this regime are held here to count from.');
  await expect(sanctions.getByRole('link', { name: 'Russia → Japan' })).toBeVisible();
  const offices = page.getByRole('region', { name: 'Offices', exact: true });
  await expect(offices).toContainText("Japan's Mission to NATO");
  await expect(offices).toContainText('Tokyo');
});

test('a source page: the seed article and every record that cites it', async ({ page }, testInfo) => {
  await page.goto(`/sources/${ARTICLE}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE_TITLE);
  const source = page.getByRole('region', { name: 'Source', exact: true });
  await expect(source).toContainText('Al Mayadeen English');
  await expect(source).toContainText('English (en)');
  const url = source.getByRole('link', { name: /english\.almayadeen\.net/ });
  await expect(url).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(url).toHaveAttribute('href', /^https:\/\/english\.almayadeen\.net\//);

  const cited = page.getByRole('region', { name: 'Records citing this source' });
  const count = Number((await source.getByText(/^\d+ records?$/).textContent())!.split(' ')[0]);
  expect(count).toBeGreaterThan(20);
  await expect(cited.getByRole('listitem')).toHaveCount(count);
  await expect(cited.getByRole('heading', { name: 'Statements (12)' })).toBeVisible();
  await expect(cited.getByRole('heading', { name: /^Events \(\d+\)$/ })).toBeVisible();
  await expect(cited.getByRole('heading', { name: 'Sanction regimes (1)' })).toBeVisible();
  await expect(cited.getByRole('heading', { name: 'Alliances and programmes (4)' })).toBeVisible();
  await expect(cited.getByRole('heading', { name: 'Memberships (3)' })).toBeVisible();
  await expect(cited.getByRole('heading', { name: 'Offices (2)' })).toBeVisible();
  await expect(
    cited.getByRole('link', { name: /NATO liaison office in Tokyo, Tokyo \(proposed\)/ }),
  ).toHaveAttribute('href', '/alliances#office-nato-office-tokyo');
  await expect(cited.getByRole('link', { name: /Nozdrev said Moscow views Japan's NSATU/ })).toHaveAttribute(
    'href',
    '/actors/nikolay-nozdrev#nozdrev-will-not-go-unanswered',
  );
  await page.screenshot({ path: testInfo.outputPath('source-seed-article.png'), fullPage: true });

  // Each link lands where the record is shown.
  await cited.getByRole('link', { name: /^Japan → Russia, since/ }).click();
  await expect(page).toHaveURL(/\/sanctions#regime-japan-on-russia$/);
  await expect(page.locator('[id="regime-japan-on-russia"]')).toBeInViewport();
});

test('unknown actor and source keys answer 404, saying what the address names', async ({ request }) => {
  // Through the request API: a browser logs every 404 document as a console error.
  const actor = await request.get('/actors/no-such-actor');
  expect(actor.status()).toBe(404);
  expect(await actor.text()).toContain('No actor has this key');
  const source = await request.get('/sources/no-such-source');
  expect(source.status()).toBe(404);
  expect(await source.text()).toContain('No source has this key');
});

test('no serious accessibility violations and no horizontal scroll at 375 px', async ({ page }, testInfo) => {
  // Six page loads and three accessibility scans: on a busy two-core machine this has taken
  // more than the default minute, so it gets three.
  test.slow();
  for (const path of ['/actors/nikolay-nozdrev', '/actors/japan', `/sources/${ARTICLE}`]) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.screenshot({ path: testInfo.outputPath('source-375.png'), fullPage: true });
});

test('a state’s page counts the statements of those who speak for it and links them', async ({ page }) => {
  await page.goto('/actors/russia');
  const spokenFor = page.getByRole('region', { name: 'Statements by those who speak for it', exact: true });
  await expect(spokenFor).toContainText(
    '12 statements by those who speak for Russia; none by Russia itself.',
  );
  await spokenFor.getByRole('link', { name: 'See them all together' }).click();
  await expect(page).toHaveURL(/\/statements\?speaker=russia&include=affiliates$/);
  await expect(
    page.getByRole('region', { name: 'Statements', exact: true }).locator('article[data-part="statement"]'),
  ).toHaveCount(12);

  // No one speaks for the ambassador himself: no such panel on his page.
  await page.goto('/actors/nikolay-nozdrev');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nikolay Nozdrev');
  await expect(page.getByRole('region', { name: 'Statements by those who speak for it' })).toHaveCount(0);
});
