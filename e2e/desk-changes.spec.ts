/**
 * The desk's recent changes: the server's HTML lists the latest writes by anyone (readable
 * without JavaScript); with the desk open, a write made through the API appears in the list
 * without a reload, and is announced. Served by an instance of its own, since it writes.
 */
import type { Page } from '@playwright/test';
import { addAnalyst } from '../data/ingest/analysts';
import { sqliteAccounts } from '../data/store/accounts';
import { createWriteService } from '../data/ingest/api-writes';
import { seededDatabase, startAppServer, type AppServer } from './app-server';
import { signInToDesk } from './desk-sign-in';
import { expect, test } from './fixtures';
import { expectAccessible } from './page-checks';

const SOURCE = 'almayadeen-2025-russia-japan-rift';
let app: AppServer;
let deskToken: string;
let writerToken: string;

test.beforeAll(async () => {
  const database = await seededDatabase(async (db) => {
    deskToken = (await addAnalyst(sqliteAccounts(db), 'Desk Reader')).token;
    const mira = await addAnalyst(sqliteAccounts(db), 'Mira Sato');
    writerToken = mira.token;
    const added = await createWriteService(db).addEvent(mira.analyst, {
      date: '2025-12-02',
      kind: 'DIPLOMATIC',
      title: 'Envoys met in Vladivostok (fictitious, for the browser tests)',
      summary: 'A made-up meeting for the desk’s browser test.',
      actorKeys: ['russia', 'japan'],
      evidence: { sourceKey: SOURCE, note: 'Made up for the test.' },
    });
    if (!added.key) throw new Error(added.problems.map((p) => p.message).join('; '));
  });
  app = await startAppServer(database);
});
test.afterAll(async () => {
  await app?.stop();
});

const signIn = (page: Page) => signInToDesk(page, app.baseURL, deskToken, 'Desk Reader');

const changes = (page: Page) => page.locator('[data-part="recent-changes"] > li');

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the desk’s HTML lists the latest changes: who, what (linked), when (UTC)', async ({ page }) => {
    await signIn(page);
    await expect(page.getByRole('heading', { level: 2, name: 'Recent changes' })).toBeVisible();
    const first = changes(page).first();
    await expect(first).toContainText(
      /^\d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC: Mira Sato added the event Envoys met in Vladivostok/,
    );
    const link = first.getByRole('link', { name: /Envoys met in Vladivostok/ });
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('An event');
    await expect(page).toHaveURL(/\/records\/[\w-]+$/);
  });
});

test('a write through the API appears in the open desk without a reload, and is announced', async ({
  page,
}) => {
  await signIn(page);
  await expect(changes(page)).toHaveCount(1);
  // Survives only as long as the page is not loaded again.
  await page.evaluate(() => Object.assign(window, { deskLoadedOnce: true }));

  const response = await fetch(`${app.baseURL}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${writerToken}` },
    body: JSON.stringify({
      query: `mutation($i: AddStatementInput!) { addStatement(input: $i) { statement { id } userErrors { message } } }`,
      variables: {
        i: {
          speakerKey: 'nikolay-nozdrev',
          targetKeys: ['japan'],
          date: '2025-12-03',
          summary: 'Nozdrev spoke of the ferry line (fictitious, for the browser tests).',
          stance: 'CRITICAL',
          intensity: -2,
          evidence: { sourceKey: SOURCE, note: 'Made up for the test.' },
        },
      },
    }),
  });
  const answer = (await response.json()) as { data: { addStatement: { userErrors: unknown[] } } };
  expect(answer.data.addStatement.userErrors).toEqual([]);

  // The list asks again every ten seconds while the tab is in view.
  await expect(changes(page)).toHaveCount(2, { timeout: 30_000 });
  await expect(changes(page).first()).toContainText(
    'Mira Sato added the statement Nikolay Nozdrev: Nozdrev spoke of the ferry line',
  );
  await expect(page.getByRole('status').filter({ hasText: 'New change' })).toHaveText(
    /^New change: Mira Sato added the statement “Nikolay Nozdrev: Nozdrev spoke of the ferry line/,
  );
  expect(await page.evaluate(() => 'deskLoadedOnce' in window)).toBe(true);
  await expectAccessible(page);
});
