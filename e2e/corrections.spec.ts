import { addAnalyst } from '../data/ingest/analysts';
import { sqliteAccounts } from '../data/store/accounts';
import { createWriteService } from '../data/ingest/api-writes';
import { createCorrectionService } from '../data/ingest/corrections';
import { fromGlobalId, toGlobalId } from '../graphql/ids';
import { seededDatabase, startAppServer, type AppServer } from './app-server';
import { expect, test } from './fixtures';
import { expectAccessible } from './page-checks';

// Records written, corrected and retracted by a named analyst, on a second instance of the built
// app: the shared e2e database keeps the seed alone.
const SOURCE = 'almayadeen-2025-russia-japan-rift';
const KEPT_QUOTE = 'The channel stays open';
const RETRACTED_QUOTE = 'The channel is closed for good';
let app: AppServer;
let keptId: string;
let retractedId: string;

test.beforeAll(async () => {
  const database = await seededDatabase(async (db) => {
    const { analyst } = await addAnalyst(sqliteAccounts(db), 'Mira Sato');
    const writes = createWriteService(db);
    const corrections = createCorrectionService(db);
    const add = async (quote: string) => {
      const result = await writes.addStatement(analyst, {
        speakerKey: 'nikolay-nozdrev',
        targetKeys: ['japan'],
        date: '2025-12-01',
        quote,
        summary: `Nozdrev said: ${quote.toLowerCase()} (fictitious, for the browser tests).`,
        stance: 'CRITICAL',
        intensity: -2,
        evidence: { sourceKey: SOURCE, excerpt: `"${quote}," he said.` },
      });
      if (!result.key) throw new Error(result.problems.map((p) => p.message).join('; '));
      return toGlobalId('Statement', result.key);
    };
    keptId = await add(KEPT_QUOTE);
    retractedId = await add(RETRACTED_QUOTE);
    const updated = await corrections.updateStatement(analyst, fromGlobalId(keptId), {
      id: keptId,
      reason: 'The source calls it conciliatory.',
      stance: 'CONCILIATORY',
      intensity: 1,
    });
    const retracted = await corrections.retractRecord(analyst, fromGlobalId(retractedId), {
      id: retractedId,
      reason: 'The interview was withdrawn.',
    });
    for (const outcome of [updated, retracted]) {
      if (!outcome.key) throw new Error(outcome.problems.map((p) => p.message).join('; '));
    }
  });
  app = await startAppServer(database);
});
test.afterAll(async () => {
  await app?.stop();
});

test('/statements says who added a record and when, and lists no retracted one', async ({ page }) => {
  await page.goto(`${app.baseURL}/statements`);
  const added = page.locator('article[data-part="statement"]').filter({ hasText: KEPT_QUOTE });
  await expect(added.locator('[data-part="provenance"]')).toContainText(
    /^Added by Mira Sato, \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC/,
  );
  await expect(page.locator('main')).not.toContainText(RETRACTED_QUOTE);
  // A curated statement names no one: who curated it is not recorded.
  const curated = page
    .locator('article[data-part="statement"]')
    .filter({ hasText: 'unfriendly course' })
    .first();
  await expect(curated.locator('[data-part="provenance"]')).not.toContainText('Added by');
  await expectAccessible(page);
});

test('a statement’s page shows its history: who, when, what, which fields and why', async ({ page }) => {
  await page.goto(`${app.baseURL}/statements`);
  const added = page.locator('article[data-part="statement"]').filter({ hasText: KEPT_QUOTE });
  await added.getByRole('link', { name: 'History of this statement' }).click();
  await expect(page).toHaveURL(new RegExp(`/records/${keptId}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A statement');
  const history = page.getByRole('region', { name: 'History' });
  const changes = history.getByRole('listitem');
  await expect(changes).toHaveCount(2);
  await expect(changes.nth(0)).toContainText(
    /UTC: Added by Mira Sato \(fields: speaker, targets, date, quote/,
  );
  await expect(changes.nth(1)).toContainText('Corrected by Mira Sato (fields: stance, intensity)');
  await expect(changes.nth(1)).toContainText('Reason: The source calls it conciliatory.');
  await expect(page.getByRole('region', { name: 'Record' })).toContainText('Conciliatory');
  await expect(page.getByRole('note')).toHaveCount(0);
  await expectAccessible(page);
});

test('a retracted statement’s page says so, with the reason, when and by whom', async ({ page }) => {
  const response = await page.goto(`${app.baseURL}/records/${retractedId}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A retracted statement');
  const notice = page.getByRole('note');
  await expect(notice).toContainText(/Retracted\. This statement was withdrawn on .* UTC by Mira Sato\./);
  await expect(notice).toContainText('Reason: The interview was withdrawn.');
  await expect(page.getByRole('region', { name: 'Record' })).toContainText(RETRACTED_QUOTE);
  const changes = page.getByRole('region', { name: 'History' }).getByRole('listitem');
  await expect(changes).toHaveCount(2);
  await expect(changes.nth(1)).toContainText('Retracted by Mira Sato');
  await expectAccessible(page);
});

test('an event’s and a package’s pages are linked from their lists and say a curated record has no recorded change; an unknown id is a 404', async ({
  page,
}) => {
  await page.goto(`${app.baseURL}/events`);
  await page
    .locator('#direct-flights-suspended')
    .getByRole('link', { name: 'History of this event' })
    .click();
  await expect(page).toHaveURL(new RegExp(`/records/${toGlobalId('Event', 'direct-flights-suspended')}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('An event');
  await expect(page.getByRole('region', { name: 'History' })).toContainText('No changes recorded');
  await page.goto(`${app.baseURL}/sanctions`);
  await page
    .locator('#japan-on-russia-2025-01-10')
    .getByRole('link', { name: 'History of this package' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A sanctions package');
  await expect(page.getByRole('region', { name: 'History' })).toContainText('No changes recorded');
  const missing = await page.request.get(
    `${app.baseURL}/records/${toGlobalId('Statement', 'no-such-statement')}`,
  );
  expect(missing.status()).toBe(404);
});
