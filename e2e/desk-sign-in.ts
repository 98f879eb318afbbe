/** Signing in to the desk of a spec's own app instance, as the browser tests of the desk do. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Opens the desk of `baseURL`, signs in with `token` and waits until it greets `analystName`. */
export async function signInToDesk(page: Page, baseURL: string, token: string, analystName: string) {
  await page.goto(`${baseURL}/desk`);
  await page.getByRole('main').getByLabel('Token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${analystName}.`)).toBeVisible();
}
