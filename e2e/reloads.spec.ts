/**
 * Every page renders whole on each load, not only the first: the server's caches fill and its
 * API compiles a query text from its second run, and a page's render must not come to depend on
 * either. (The statements page once stopped mid-stream from its second load on.)
 */
import { expect, test } from './fixtures';

const PAGES = [
  '/',
  '/statements',
  '/statements?stance=HOSTILE',
  '/events',
  '/sanctions',
  '/alliances',
  '/relations/russia/japan',
  '/actors/japan',
  '/search?q=japan',
];

test('each page answers whole, three loads running', async ({ page }) => {
  for (const path of PAGES) {
    for (let load = 1; load <= 3; load += 1) {
      const answer = await page.request.get(path, { timeout: 15_000 });
      expect(answer.status(), `${path}, load ${load}`).toBe(200);
      expect(await answer.text(), `${path}, load ${load}`).toMatch(/<\/html>\s*$/);
    }
  }
});
