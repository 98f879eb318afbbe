import { expect, test } from './fixtures';

const PAGES = [
  '/',
  '/relations/russia/japan',
  '/statements',
  '/sanctions',
  '/alliances',
  '/events',
  '/actors/japan',
  '/sources/almayadeen-2025-russia-japan-rift',
  '/playground',
  '/search?q=nato',
];

for (const path of PAGES) {
  test(`the first Tab on ${path} reaches the skip link, which moves to the content`, async ({ page }) => {
    await page.goto(path);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    // The next Tab starts from the content: the first control inside <main>, not the navigation.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main')?.id)).toBe('main');
  });
}
