/**
 * The statements screen. Its first page comes with the HTML (readable without JavaScript, and
 * no request on load); in the browser the filters, the words (as they are typed), paging and
 * back/forward change the URL in place and re-read the lists through Apollo Client, without
 * loading another document.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible, screenshot } from './page-checks';

const items = (page: Page) =>
  page.getByRole('region', { name: 'Statements', exact: true }).locator('article[data-part="statement"]');

/** The operation names of the GraphQL requests the page makes from now on. */
function graphqlRequests(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname !== '/api/graphql') return;
    const body = request.postDataJSON() as { operationName?: string } | null;
    names.push(body?.operationName ?? '(unnamed)');
  });
  return names;
}

/**
 * Marks the document, so a full page load (which would drop the mark) can be told apart, once
 * the filter form has come alive (before that, a choice would wait for Apply).
 */
async function markDocument(page: Page) {
  await expect(page.locator('[data-live]')).toHaveCount(1);
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
}
async function expectSameDocument(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(
    true,
  );
}

test('the feed shows quotes with stance, intensity and evidence, and a stance-by-month chart, all with the HTML', async ({
  page,
}, testInfo) => {
  const requests = graphqlRequests(page);
  await page.goto('/statements');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statements');
  await expect(items(page)).toHaveCount(12);
  const unfriendly = items(page).filter({ hasText: 'unfriendly course' });
  await expect(unfriendly).toContainText('Critical');
  // The scale is in view, not only on hover.
  await expect(unfriendly).toContainText('Intensity -2.0 of ±10');
  await expect(unfriendly).toContainText('Russia-Japan diplomatic rift grows amid NATO, Ukraine disputes');
  await expect(unfriendly).toContainText('via RIA Novosti');
  await expect(unfriendly.getByRole('link', { name: /Russia-Japan diplomatic rift/ })).toHaveAttribute(
    'href',
    '/sources/almayadeen-2025-russia-japan-rift',
  );

  const chart = page.getByRole('figure', { name: /^Statements per month by stance/ });
  await expect(chart.locator('.recharts-wrapper > svg')).toBeVisible();
  // The list and the chart came with the HTML: loading the page asked the API for nothing.
  await page.waitForLoadState('networkidle');
  expect(requests).toEqual([]);
  await chart.getByText('Table', { exact: true }).click();
  // All twelve are from 5 May 2025: 3 hostile, 8 critical, 1 neutral.
  await expect(chart.getByRole('row', { name: /^May 2025/ }).getByRole('cell')).toHaveText([
    '3',
    '8',
    '1',
    '0',
    '0',
    '12',
  ]);

  await expect(page.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
    'href',
    '/api/export/statements.csv',
  );
  await expectAccessible(page);
  await screenshot(page, testInfo, 'statements');
});

test('a filter applies at once through Apollo Client and lands in the URL; the chart follows', async ({
  page,
}) => {
  await page.goto('/statements');
  await expect(items(page)).toHaveCount(12);
  await markDocument(page);
  const requests = graphqlRequests(page);

  const form = page.getByRole('form', { name: 'Filter statements' });
  await form.getByLabel('Stance').selectOption('HOSTILE');
  await expect(page).toHaveURL(/\/statements\?stance=HOSTILE$/);
  await expect(items(page)).toHaveCount(3);
  for (const item of await items(page).all())
    await expect(item.locator('.badge.stance')).toHaveText('Hostile');
  await expect(page.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
    'href',
    '/api/export/statements.csv?stance=HOSTILE',
  );
  const chart = page.getByRole('figure', { name: /^Statements per month by stance/ });
  await expect(chart).toHaveAccessibleName(/all 3 matching/);
  await chart.getByText('Table', { exact: true }).click();
  await expect(chart.getByRole('row', { name: /^May 2025/ }).getByRole('cell')).toHaveText([
    '3',
    '0',
    '0',
    '0',
    '0',
    '3',
  ]);
  await expect(page.getByRole('link', { name: 'Download JSON' })).toHaveAttribute(
    'href',
    '/api/export/statements.json?stance=HOSTILE',
  );
  expect(requests.sort()).toEqual(['StanceByMonthPanel', 'StatementsFeedPanel']);
  await expectSameDocument(page);

  // A checkbox applies at once too: Russia's speakers, with those who speak for it.
  await form.getByLabel('Stance').selectOption('');
  await form.getByLabel('Speaker').selectOption({ label: 'Russia' });
  await expect(page.getByText('No statement matches these filters.').first()).toBeVisible();
  await form.getByRole('checkbox', { name: /^Include those who speak for it/ }).check();
  await expect(page).toHaveURL(/\/statements\?speaker=russia&include=affiliates$/);
  await expect(items(page)).toHaveCount(12);

  // Dates too: nothing is dated in 2026.
  await form.getByLabel('From').fill('2026');
  await form.getByLabel('From').press('Tab');
  await expect(page).toHaveURL(/[?&]from=2026(&|$)/);
  await expect(page.getByText('No statement matches these filters.').first()).toBeVisible();
});

test('words apply as they are typed, once typing pauses', async ({ page }) => {
  await page.clock.install();
  await page.goto('/statements');
  await expect(items(page)).toHaveCount(12);
  await markDocument(page);
  const requests = graphqlRequests(page);
  const words = page.getByRole('form', { name: 'Filter statements' }).getByLabel('Words');
  await expect(words).toHaveAttribute('maxlength', '200');
  // From here the page's clock stands still unless the test moves it: a pause in typing is
  // exactly as long as the test says, however busy the machine.
  await page.clock.pauseAt(Date.now() + 1000);
  await words.pressSequentially('unfr');
  await page.clock.runFor(200);
  await words.pressSequentially('iendly');
  // Typing has not paused long enough yet: nothing was asked, the URL is as it was.
  expect(requests).toEqual([]);
  await expect(page).toHaveURL(/\/statements$/);
  await page.clock.runFor(300);
  await expect(page).toHaveURL(/\/statements\?text=unfriendly$/);
  await expect(items(page)).toHaveCount(1);
  await expect(items(page)).toContainText('not ready to abandon its unfriendly course');
  // Ten letters typed, one search: for the whole word.
  expect(requests.filter((name) => name === 'StatementsFeedPanel')).toEqual(['StatementsFeedPanel']);
  await expectSameDocument(page);
});

test('keying through a closed list applies the choice the keys rest on, once', async ({ page }) => {
  await page.clock.install();
  await page.goto('/statements');
  await expect(items(page)).toHaveCount(12);
  await expect(page.locator('[data-live]')).toHaveCount(1);
  const requests = graphqlRequests(page);
  const speaker = page.getByRole('form', { name: 'Filter statements' }).getByLabel('Speaker');
  await page.clock.pauseAt(Date.now() + 1000);
  await speaker.focus();
  for (let step = 0; step < 3; step += 1) await speaker.press('ArrowDown');
  await page.clock.runFor(200);
  // Still keying: nothing asked, no step in the history.
  expect(requests).toEqual([]);
  await expect(page).toHaveURL(/\/statements$/);
  const chosen = await speaker.inputValue();
  expect(chosen).not.toBe('');
  await page.clock.runFor(300);
  await expect(page).toHaveURL(new RegExp(`/statements\\?speaker=${chosen}$`));
  await expect(speaker).toBeFocused();
  await expect
    .poll(() => requests.filter((name) => name === 'StatementsFeedPanel'))
    .toEqual(['StatementsFeedPanel']);
});

test('back and forward step through the filters, the form following the URL', async ({ page }) => {
  await page.goto('/statements');
  await expect(items(page)).toHaveCount(12);
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
  await expect(form.getByLabel('Stance')).toHaveValue('HOSTILE');
  await expectSameDocument(page);

  // The URL it arrived at, opened afresh, shows the same list: it can be shared.
  await page.goto(page.url());
  await expect(items(page)).toHaveCount(3);
});

test('paging both ways at the chosen size reads each page through Apollo Client', async ({ page }) => {
  await page.goto('/statements?first=5');
  await expect(page.getByText('Showing 1–5 of 12.')).toBeVisible();
  const form = page.getByRole('form', { name: 'Filter statements' });
  await expect(form.getByLabel('Per page')).toHaveValue('5');
  await expect(page.getByRole('link', { name: '← Previous page' })).toHaveCount(0);
  await markDocument(page);
  const requests = graphqlRequests(page);
  const firstPage = await items(page).evaluateAll((list) => list.map((e) => e.id));

  await page.getByRole('link', { name: 'Next page →' }).click();
  await expect(page).toHaveURL(/[?&]first=5&after=[^&]+&page=2$/);
  await expect(page.getByText('Showing 6–10 of 12.')).toBeVisible();
  const secondPage = await items(page).evaluateAll((list) => list.map((e) => e.id));
  expect(secondPage.filter((id) => firstPage.includes(id))).toEqual([]);
  await page.getByRole('link', { name: 'Next page →' }).click();
  await expect(page.getByText('Showing 11–12 of 12.')).toBeVisible();
  await expect(items(page)).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'Next page →' })).toHaveCount(0);
  // Previous reads the page before the first one shown, by its cursor.
  await page.getByRole('link', { name: '← Previous page' }).click();
  await expect(page).toHaveURL(/[?&]before=[^&]+/);
  await expect(page.getByText('Showing 6–10 of 12.')).toBeVisible();
  expect(await items(page).evaluateAll((list) => list.map((e) => e.id))).toEqual(secondPage);
  await page.getByRole('link', { name: '← Previous page' }).click();
  await expect(page.getByText('Showing 1–5 of 12.')).toBeVisible();
  await expect(page).not.toHaveURL(/after=|before=/);
  expect(await items(page).evaluateAll((list) => list.map((e) => e.id))).toEqual(firstPage);

  // Two pages forward, one back by cursor; the first page was in the cache already.
  expect(requests).toEqual(['StatementsFeedPanel', 'StatementsFeedPanel', 'StatementsFeedPanel']);

  // A size from the form's choices replaces the one in the URL, back on the first page.
  await form.getByLabel('Per page').selectOption('50');
  await expect(page).toHaveURL(/\/statements\?first=50$/);
  await expect(items(page)).toHaveCount(12);
  await expect(page.getByRole('navigation', { name: 'Pages of statements' })).toHaveCount(0);
  await expectSameDocument(page);
});

test('an error from the API shows with its message', async ({ page }) => {
  await page.goto('/statements');
  await expect(items(page)).toHaveCount(12);
  await markDocument(page);
  // The API itself refuses this request; the feed says what it said.
  await page.route('**/api/graphql', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        data: null,
        errors: [{ message: 'The database is busy; try again', extensions: { code: 'DATABASE_BUSY' } }],
      }),
    }),
  );
  await page.getByRole('form', { name: 'Filter statements' }).getByLabel('Stance').selectOption('NEUTRAL');
  const feed = page.getByRole('region', { name: 'Statements', exact: true });
  await expect(feed.getByRole('alert')).toContainText('The database is busy; try again');
});

test('From after To is said in words, with the swapped range offered', async ({ page }) => {
  await page.goto('/statements?from=2026&to=2025');
  const feed = page.getByRole('region', { name: 'Statements', exact: true });
  await expect(feed.getByRole('alert')).toHaveText(
    '“From” (2026) is after “To” (2025), so no statement can fall between them. Swap the two dates to see that range. Show 2025 to 2026.',
  );
  // A download of that range would only be refused: none is offered until the range is swapped.
  await expect(page.getByRole('link', { name: 'Download CSV' })).toHaveCount(0);
  await feed.getByRole('link', { name: 'Show 2025 to 2026' }).click();
  await expect(page).toHaveURL(/[?&]from=2025&to=2026(&|$)/);
  await expect(items(page)).toHaveCount(12);
  await expect(page.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
    'href',
    /\/api\/export\/statements\.csv\?.*from=2025/,
  );
});

test('without JavaScript the feed fits 375 px, the links page and the form submits as GET', async ({
  browser,
}, testInfo) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 375, height: 800 },
  });
  const page = await context.newPage();
  await page.goto('/statements?stance=HOSTILE');
  await expect(items(page)).toHaveCount(3);
  await expect(page.getByRole('figure', { name: /^Statements per month by stance/ })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, testInfo, 'statements-no-js-375');

  await page.goto('/statements?first=5');
  await expect(items(page)).toHaveCount(5);
  await page.getByRole('link', { name: 'Next page →' }).click();
  await expect(page.getByText('Showing 6–10 of 12.')).toBeVisible();
  await page.getByRole('link', { name: '← Previous page' }).click();
  await expect(page.getByText('Showing 1–5 of 12.')).toBeVisible();

  const form = page.getByRole('form', { name: 'Filter statements' });
  await form.getByLabel('Words').fill('unfriendly');
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/[?&]text=unfriendly(&|$)/);
  await expect(items(page)).toHaveCount(1);
  await context.close();
});

test('a speaker can take in those who speak for it, without JavaScript too', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/statements');
  const form = page.getByRole('form', { name: 'Filter statements' });
  await form.getByLabel('Speaker').selectOption({ label: 'Russia' });
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/[?&]speaker=russia(&|$)/);
  await expect(page.getByText('No statement matches these filters.').first()).toBeVisible();

  const include = form.getByRole('checkbox', { name: /^Include those who speak for it/ });
  await expect(include).not.toBeChecked();
  await include.check();
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/[?&]include=affiliates(&|$)/);
  await expect(items(page)).toHaveCount(12);
  for (const item of await items(page).all()) await expect(item).toContainText('Nikolay Nozdrev');
  await expect(form.getByRole('checkbox', { name: /^Include those who speak for it/ })).toBeChecked();
  await expect(page.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
    'href',
    '/api/export/statements.csv?speaker=russia&include=affiliates',
  );
  await context.close();
});

test('a speaker filter that finds nothing says how many its speakers’ spokespeople add, and links there', async ({
  page,
}) => {
  await page.goto('/statements?speaker=russia');
  const feed = page.getByRole('region', { name: 'Statements', exact: true });
  await expect(feed).toContainText('No statement matches these filters.');
  const advice = feed.locator('[data-part="affiliates-advice"]');
  await expect(advice).toHaveText(
    'With those who speak for it included (an ambassador for his state), 12 statements match: include them.',
  );
  await advice.getByRole('link', { name: 'include them' }).click();
  await expect(page).toHaveURL(/\/statements\?speaker=russia&include=affiliates$/);
  await expect(items(page)).toHaveCount(12);
  await expect(feed.locator('[data-part="affiliates-advice"]')).toHaveCount(0);
});

test('words with nothing to search for are said to have none, beside the box', async ({ page }) => {
  await page.goto('/statements?text=%21%3F');
  const form = page.getByRole('form', { name: 'Filter statements' });
  const words = form.getByLabel('Words');
  const problem = form.locator('[data-part="words-problem"]');
  await expect(problem).toHaveText('“text” has no words to search for');
  await expect(words).toHaveAccessibleDescription('“text” has no words to search for');
  // Said once, beside the box; the list shows every statement, the words being left out.
  await expect(page.getByText('has no words to search for')).toHaveCount(1);
  await expect(items(page)).toHaveCount(12);

  // Typed in the box, it is said as the URL follows the typing.
  await expect(page.locator('[data-live]')).toHaveCount(1);
  await words.fill('unfriendly');
  await expect(page).toHaveURL(/\/statements\?text=unfriendly$/);
  await expect(problem).toBeEmpty();
  await words.fill('?!');
  await expect(page).toHaveURL(/\/statements\?text=%3F%21$/);
  await expect(problem).toHaveText('“text” has no words to search for');
});

test('a speaker or target key that names no one is said beside its field, and stays chosen', async ({
  page,
}) => {
  await page.goto('/statements?speaker=nobody&target=japan');
  const form = page.getByRole('form', { name: 'Filter statements' });
  await expect(form.getByRole('alert')).toHaveText(
    '“nobody” names nothing in the dataset, so nothing matches it.',
  );
  await expect(form.getByRole('combobox', { name: /^Speaker/ })).toHaveValue('nobody');
  await expect(form.getByRole('combobox', { name: /^Aimed at/ })).toHaveValue('japan');
  await expect(page.getByText('No statement matches these filters.').first()).toBeVisible();
});

test('a cursor the list cannot read says why and leads back to the first page of the same filters', async ({
  page,
}) => {
  await page.goto('/statements?stance=HOSTILE&after=garbage');
  const feed = page.getByRole('region', { name: 'Statements', exact: true });
  await expect(feed.getByRole('alert')).toContainText('is not a cursor of this list');
  await feed.getByRole('link', { name: 'Back to the first page' }).click();
  await expect(page).toHaveURL(/\/statements\?stance=HOSTILE$/);
  await expect(items(page).first()).toBeVisible();
});
