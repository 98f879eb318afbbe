import type { BrowserContext, Page, Response } from '@playwright/test';
import { expect, test } from './fixtures';

// Playwright drives Ctrl+Enter; GraphiQL would want Cmd on a Mac, and these run on Linux.
const RUN = 'Control+Enter';

/**
 * Cuts the network: every request to a host other than this server is aborted and recorded,
 * so a test can both prove the page works offline and that it never tried to go out.
 */
async function offline(context: BrowserContext): Promise<string[]> {
  const outside: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
    outside.push(url.href);
    return route.abort('internetdisconnected');
  });
  return outside;
}

const queryEditor = (page: Page) => page.locator('.graphiql-query-editor .view-lines');
const response = (page: Page) => page.locator('.graphiql-response .view-lines');

/** Opens a playground URL and waits for GraphiQL: megabytes of Monaco, slow on a cold server. */
async function openPlayground(page: Page, url = '/playground') {
  await page.goto(url);
  await expect(queryEditor(page)).toBeVisible({ timeout: 20_000 });
}

/** Replaces the operation editor's text, as pasting would (no bracket auto-closing). */
async function typeQuery(page: Page, text: string) {
  await queryEditor(page).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

let outside: string[];
test.beforeEach(async ({ context }) => {
  outside = await offline(context);
});
test.afterEach(() => {
  expect(outside, 'requests to other hosts').toEqual([]);
});

test('the playground loads offline with the schema from the API', async ({ page }, testInfo) => {
  await openPlayground(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Playground' })).toBeVisible();
  // The Headers pane is there for the write token.
  await expect(page.getByRole('button', { name: 'Headers' })).toBeVisible();

  // Docs come from introspecting /api/graphql.
  await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
  const docs = page.locator('.graphiql-plugin');
  await expect(docs).toContainText('A GraphQL schema provides a root type for each kind of operation.');
  await docs.getByRole('link', { name: 'Query' }).first().click();
  await expect(docs).toContainText('stats');
  await expect(docs).toContainText('relation');

  // Autocomplete knows the schema too.
  await typeQuery(page, '{ sta');
  await page.keyboard.press('Control+Space');
  await expect(page.locator('.monaco-editor .suggest-widget')).toContainText('stats');
  await page.keyboard.press('Escape');
  await expect(queryEditor(page)).toContainText('{ sta');
  await page.screenshot({ path: testInfo.outputPath('playground.png') });
});

test('a saved query opens from the menu and runs', async ({ page }) => {
  await openPlayground(page);
  const menu = page.getByLabel('Saved queries');
  // Every saved query is on the menu, named by the first line of its comment.
  await expect(menu.locator('option:not([disabled])')).toHaveText([
    "Japan's sanctions on Russia",
    /^What did Russia's ambassador, Nikolay Nozdrev, say about Japan\?/,
    /^Who belongs to which alliance, partnership programme/,
    /^How tense is it between Russia and Japan/,
    /^Everything in the dataset that cites the seed article/,
    /^Every statement, newest first, one page at a time/,
  ]);

  await menu.selectOption('nozdrev-on-japan');
  await expect(queryEditor(page)).toContainText('query NozdrevOnJapan');
  // Its defaults are in the variables pane, ready to change.
  await expect(page.locator('.graphiql-editor-tool')).toContainText('"speaker": "nikolay-nozdrev"');

  await page.getByRole('button', { name: /^Execute query/ }).click();
  await expect(response(page)).toContainText('Nikolay Nozdrev');
  await expect(response(page)).toContainText('"quote":');
  await expect(response(page)).not.toContainText('"errors"');
});

test('a typed query runs with Ctrl+Enter and stays in the history', async ({ page }) => {
  await openPlayground(page);
  await typeQuery(page, '{ stats { actors } }');
  await page.keyboard.press(RUN);
  await expect(response(page)).toContainText(/"actors":\s*[1-9]\d*/);

  // GraphiQL keeps its history in the browser's storage: it outlives the page.
  await openPlayground(page);
  await page.getByRole('button', { name: 'Show History' }).click();
  await expect(page.locator('.graphiql-history-item-label').first()).toHaveText('{ stats { actors } }');
});

test('an invalid query shows the API’s error', async ({ page, pageErrors }) => {
  await openPlayground(page);
  await typeQuery(page, '{ nope }');
  await page.keyboard.press(RUN);
  await expect(response(page)).toContainText('Cannot query field \\"nope\\"');
  await expect(response(page)).toContainText('GRAPHQL_VALIDATION_FAILED');
  // The API answers a validation error with HTTP 400, as GraphQL over HTTP says, and the
  // browser logs every 4xx fetch; that one line is expected here, anything else still fails.
  const logged = pageErrors.findIndex((e) => /status of 400 .*\/api\/graphql/.test(e));
  expect(logged, `the 400 logged by the browser, among: ${pageErrors.join('; ')}`).toBeGreaterThanOrEqual(0);
  pageErrors.splice(logged, 1);
});

test('"Open in playground" on a dashboard panel arrives with its operation and variables', async ({
  page,
}) => {
  // Something else is stored first: the panel's operation must still be the one shown.
  await openPlayground(page);
  await typeQuery(page, '{ stats { events } }');
  await page.keyboard.press(RUN);
  await expect(response(page)).toContainText('"events"');

  await page.goto('/');
  const link = page
    .getByRole('region', { name: 'Recent events' })
    .getByRole('link', { name: 'Open in playground' });
  // The link is playgroundHref's: ?operation=<the panel's query name>&variables=<JSON>.
  const href = new URL((await link.getAttribute('href')) ?? '', 'http://127.0.0.1');
  const operation = href.searchParams.get('operation') ?? '';
  const variables = JSON.parse(href.searchParams.get('variables') ?? '{}') as Record<string, unknown>;
  expect(operation).toBe('RecentEventsPanel');
  expect(Object.keys(variables).length).toBeGreaterThan(0);

  await link.click();
  await expect(page).toHaveURL(/\/playground\?operation=RecentEventsPanel/);
  await expect(queryEditor(page)).toBeVisible({ timeout: 20_000 });
  await expect(queryEditor(page)).toContainText(`query ${operation}`);
  const [name, value] = Object.entries(variables)[0] ?? [];
  await expect(page.locator('.graphiql-editor-tool')).toContainText(`"${name}": ${JSON.stringify(value)}`);
  // It runs as it is: the fragments it spreads came with it.
  await page.getByRole('button', { name: /^Execute query/ }).click();
  await expect(response(page)).toContainText('"data"');
  await expect(response(page)).not.toContainText('"errors"');
});

test('a link naming no dashboard query says so and opens the playground as it was', async ({ page }) => {
  await openPlayground(page, '/playground?operation=NoSuchPanel');
  await expect(page.getByRole('status').filter({ hasText: 'No dashboard query is named' })).toContainText(
    '“NoSuchPanel”',
  );
});

test('a playground URL without variables does not reuse stored ones', async ({ page }) => {
  const withVariables = new URLSearchParams({
    query: 'query Some($first: Int!) {\n  statements(first: $first) {\n    totalCount\n  }\n}',
    variables: JSON.stringify({ first: 2 }, null, 2),
  });
  await openPlayground(page, `/playground?${withVariables}`);
  await expect(page.locator('.graphiql-editor-tool')).toContainText('"first": 2');

  await openPlayground(page, `/playground?${new URLSearchParams({ query: '{ stats { actors } }' })}`);
  await expect(queryEditor(page)).toContainText('{ stats { actors } }');
  await expect(page.locator('.graphiql-editor-tool')).not.toContainText('"first"');
  await queryEditor(page).click();
  await page.keyboard.press(RUN);
  await expect(response(page)).toContainText(/"actors":\s*\d+/);
});

test('the overview does not load GraphiQL', async ({ page }) => {
  // The scripts a page loads, read from the page's own responses: no second fetch to fail.
  const bodies = new Map<string, Promise<string>>();
  page.on('response', (r: Response) => {
    if (r.request().resourceType() === 'script')
      bodies.set(
        r.url(),
        r.text().catch(() => ''),
      );
  });
  const mentionsGraphiQL = async () => {
    for (const body of bodies.values())
      if (/graphiql-container|MonacoEnvironment/.test(await body)) return true;
    return false;
  };

  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(bodies.size).toBeGreaterThan(0);
  expect([...bodies.keys()].filter((url) => /graphiql|monaco/i.test(url))).toEqual([]);
  expect(await mentionsGraphiQL(), 'GraphiQL code in the overview’s scripts').toBe(false);

  // The same check finds it on the playground, so the one above is not vacuous. GraphiQL's
  // chunk is asked for only once the page has run, so the scripts are read once the editor shows.
  bodies.clear();
  await page.goto('/playground');
  await expect(queryEditor(page)).toBeVisible({ timeout: 20_000 });
  await expect.poll(mentionsGraphiQL).toBe(true);
});

test('a browser opening /api/graphql is sent to the playground; API clients are not', async ({ request }) => {
  const browser = await request.get('/api/graphql', {
    headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    maxRedirects: 0,
  });
  expect(browser.status()).toBe(302);
  expect(browser.headers()['location']).toBe('/playground');

  const client = await request.get('/api/graphql?query=%7B__typename%7D', {
    headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' },
  });
  expect(client.status()).toBe(200);
  expect(await client.json()).toEqual({ data: { __typename: 'Query' } });
});

test('on a phone the answer is as wide as the screen, below the operation', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openPlayground(page);
  await typeQuery(page, '{ stats { actors } }');
  await page.keyboard.press(RUN);
  await expect(response(page)).toContainText(/"actors":\s*[1-9]\d*/);
  const editors = (await page.locator('.graphiql-editors').boundingBox())!;
  const answer = (await page.locator('.graphiql-response').boundingBox())!;
  expect(answer.width).toBeGreaterThan(250);
  expect(answer.y).toBeGreaterThanOrEqual(editors.y + editors.height - 1);
});
