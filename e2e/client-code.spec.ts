/**
 * Pages load only the code they use. Apollo Client ships only with the pages that query from
 * the browser (the statements feed), or comes when a reader asks for something the server did
 * not send (a timeline point's drivers); Recharts comes with a chart below the fold only when
 * it nears the screen or the reader reaches for it. Checked on what the browser actually
 * loads: every script of the page, its lazy chunks included.
 */
import type { Page, Response } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Strings the libraries' own code carries through minification: Apollo Client's devtools hook
 * and its React hooks' skip token; Recharts' class names for its container and its drawing.
 */
const MARKERS = {
  apollo: ['apollo.devtools', 'apollo.skipToken'],
  recharts: ['recharts-responsive-container', 'recharts-surface'],
};

interface Script {
  url: string;
  /** False when the body could no longer be read (the test ended first, say). */
  readable: boolean;
  apollo: boolean;
  recharts: boolean;
}

/** Every script the page loads from now on; call the result for those loaded so far. */
function recordScripts(page: Page): () => Promise<Script[]> {
  const scripts: Promise<Script>[] = [];
  page.on('response', (response: Response) => {
    if (response.request().resourceType() !== 'script' || !response.ok()) return;
    // A script can arrive after the test has looked, even after it ended: reading its body
    // must then not fail the test, so an unreadable body is recorded as such.
    scripts.push(
      response.text().then(
        (body) => ({
          url: response.url(),
          readable: true,
          apollo: MARKERS.apollo.some((marker) => body.includes(marker)),
          recharts: MARKERS.recharts.some((marker) => body.includes(marker)),
        }),
        () => ({ url: response.url(), readable: false, apollo: false, recharts: false }),
      ),
    );
  });
  return () => Promise.all(scripts);
}

/**
 * No IntersectionObserver fires: links are not prefetched (a prefetched route would load the
 * code of the page it leads to, which is not this page's), and nothing counts as on screen.
 */
async function withoutIntersections(page: Page) {
  await page.addInitScript(() => {
    window.IntersectionObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
      takeRecords() {
        return [];
      }
    } as unknown as typeof IntersectionObserver;
  });
}

/**
 * The scripts a page loads, with nothing intersecting: call the result for those loaded so
 * far. Every body read so far must have been readable, or a check for absence would be vacuous.
 */
async function scriptsOf(page: Page, path: string): Promise<() => Promise<Script[]>> {
  await withoutIntersections(page);
  const scripts = recordScripts(page);
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  return async () => {
    const loaded = await scripts();
    expect(loaded.filter((s) => !s.readable).map((s) => s.url)).toEqual([]);
    return loaded;
  };
}

const urls = (scripts: Script[], library: 'apollo' | 'recharts') =>
  scripts.filter((s) => s[library]).map((s) => s.url);

test('the statements page loads Apollo Client (the check can see it)', async ({ page }) => {
  const scripts = await scriptsOf(page, '/statements');
  // The feed's chunk may be asked for only once the page's first scripts have run, which on a
  // loaded machine can come after the network has been idle for a while: wait for it.
  await expect.poll(async () => urls(await scripts(), 'apollo').length).toBeGreaterThan(0);
});

for (const path of ['/events', '/sanctions']) {
  test(`${path} has no client queries and loads no Apollo Client code`, async ({ page }) => {
    const scripts = await (await scriptsOf(page, path))();
    expect(scripts.length).toBeGreaterThan(0);
    expect(urls(scripts, 'apollo')).toEqual([]);
  });
}

test('/ loads Recharts when the reader reaches for the timeline, and Apollo Client with the first point it reads', async ({
  page,
}) => {
  await withoutIntersections(page);
  const scripts = recordScripts(page);
  await page.goto('/?asOf=2025-11-11');
  await page.waitForLoadState('networkidle');
  const first = await scripts();
  expect(first.length).toBeGreaterThan(0);
  expect(urls(first, 'recharts')).toEqual([]);
  expect(urls(first, 'apollo')).toEqual([]);

  // The pointer over the chart's box draws the chart: Recharts loads, Apollo still not.
  const tension = page.getByRole('region', { name: 'Tension over time, and what drives it' });
  const figure = tension.getByRole('figure', { name: /^Tension index Russia–Japan by month/ });
  await figure.hover();
  await expect(figure.locator('svg.recharts-surface')).toBeVisible();
  expect(urls(await scripts(), 'recharts').length).toBeGreaterThan(0);
  expect(urls(await scripts(), 'apollo')).toEqual([]);

  // A point whose drivers the server did not send: Apollo Client comes to read them.
  await figure.getByRole('radio', { name: /^Nov 2025: tension/ }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(tension.getByText('No record dated in Oct 2025 moves the index.')).toBeVisible();
  expect(urls(await scripts(), 'apollo').length).toBeGreaterThan(0);
});

test('on a phone, / loads Recharts only once the timeline scrolls near the screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, hasTouch: true });
  const page = await context.newPage();
  const scripts = recordScripts(page);
  await page.goto('/?asOf=2025-11-11');
  await page.waitForLoadState('networkidle');
  const figure = page.getByRole('figure', { name: /^Tension index Russia–Japan by month/ });
  // Well below the fold on this screen, so nothing but scrolling brings it near.
  expect(await figure.evaluate((e) => e.getBoundingClientRect().top > 2 * window.innerHeight)).toBe(true);
  expect(urls(await scripts(), 'recharts')).toEqual([]);

  await figure.evaluate((e) => e.scrollIntoView());
  await expect(figure.locator('svg.recharts-surface')).toBeVisible();
  expect(urls(await scripts(), 'recharts').length).toBeGreaterThan(0);
  await context.close();
});

test('/ asks for no other page before a link is followed: the navigation does not prefetch', async ({
  page,
}) => {
  const prefetched: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).searchParams.has('_rsc')) prefetched.push(request.url());
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Statements' }).hover();
  await page.waitForTimeout(500);
  expect(prefetched).toEqual([]);

  // Followed, the link still navigates in place.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Statements' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Statements' })).toBeVisible();
});
