/**
 * Apollo Client ships only with the pages that query from the browser (the statements feed,
 * the timelines' drill-down); a page without client queries loads none of its code. Checked
 * on what the browser actually loads: every script of the page, its lazy chunks included.
 */
import type { Page, Response } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Strings Apollo Client's own code carries through minification: the client's devtools hook and
 * the React hooks' skip token.
 */
const APOLLO_MARKERS = ['apollo.devtools', 'apollo.skipToken'];

/**
 * The scripts the page loads, once it has settled, with whether each holds Apollo Client. Links
 * are not prefetched (no IntersectionObserver fires): a prefetched route would load the code
 * of the page it leads to, which is not this page's.
 */
async function scriptsOf(page: Page, path: string): Promise<{ url: string; apollo: boolean }[]> {
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
  const scripts: Promise<{ url: string; apollo: boolean }>[] = [];
  const onResponse = (response: Response) => {
    if (response.request().resourceType() !== 'script' || !response.ok()) return;
    scripts.push(
      response.text().then((body) => ({
        url: response.url(),
        apollo: APOLLO_MARKERS.some((marker) => body.includes(marker)),
      })),
    );
  };
  page.on('response', onResponse);
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  return Promise.all(scripts);
}

test('the statements page loads Apollo Client (the check can see it)', async ({ page }) => {
  const scripts = await scriptsOf(page, '/statements');
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((s) => s.apollo).length).toBeGreaterThan(0);
});

for (const path of ['/events', '/sanctions']) {
  test(`${path} has no client queries and loads no Apollo Client code`, async ({ page }) => {
    const scripts = await scriptsOf(page, path);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => s.apollo).map((s) => s.url)).toEqual([]);
  });
}
