/**
 * Correcting and retracting from the desk: an analyst follows a record page's fine-print link,
 * signs in and lands back on the desk page asked for, corrects a statement's summary with a
 * reason (seen on its record page and in its history), retracts an event (gone from /events,
 * marked retracted on its page) and, with JavaScript off, a statement. Served by an instance of
 * its own over a database of its own, since it writes.
 */
import type { Page } from '@playwright/test';
import { addAnalyst } from '../data/ingest/analysts';
import { sqliteAccounts } from '../data/store/accounts';
import { createWriteService } from '../data/ingest/api-writes';
import { toGlobalId } from '../graphql/ids';
import { seededDatabase, startAppServer, type AppServer } from './app-server';
import { expect, test } from './fixtures';
import { expectAccessible } from './page-checks';

const SOURCE = 'almayadeen-2025-russia-japan-rift';
const EVENT_TITLE = 'Made-up envoys met in Sapporo, correction test';
let app: AppServer;
let token: string;
let correctedId: string;
let retractedByFormId: string;
let eventId: string;
let staleId: string;
let raceId: string;

test.beforeAll(async () => {
  const database = await seededDatabase(async (db) => {
    const { analyst, token: written } = await addAnalyst(sqliteAccounts(db), 'Correct Tester');
    token = written;
    const writes = createWriteService(db);
    const keyOf = (result: { key: string | null; problems: { message: string }[] }) => {
      if (!result.key) throw new Error(result.problems.map((p) => p.message).join('; '));
      return result.key;
    };
    const statement = async (quote: string, date: string) =>
      toGlobalId(
        'Statement',
        keyOf(
          await writes.addStatement(analyst, {
            speakerKey: 'nikolay-nozdrev',
            targetKeys: ['japan'],
            date,
            quote,
            summary: `Nozdrev said: ${quote.toLowerCase()} (fictitious, for the browser tests).`,
            stance: 'CRITICAL',
            intensity: -2,
            evidence: { sourceKey: SOURCE, excerpt: `"${quote}," he said.` },
          }),
        ),
      );
    correctedId = await statement('The talks will wait', '2025-12-02');
    retractedByFormId = await statement('The talks are over', '2025-12-03');
    staleId = await statement('The talks may resume', '2025-12-05');
    raceId = await statement('The talks are paused', '2025-12-06');
    eventId = toGlobalId(
      'Event',
      keyOf(
        await writes.addEvent(analyst, {
          date: '2025-12-04',
          kind: 'DIPLOMATIC',
          title: EVENT_TITLE,
          summary: 'Made-up talks for the correction browser test.',
          actorKeys: ['japan', 'russia'],
          evidence: { sourceKey: SOURCE, note: 'Made up for the browser test.' },
        }),
      ),
    );
  });
  app = await startAppServer(database);
});
test.afterAll(async () => {
  await app?.stop();
});

const field = (page: Page, label: string) => page.getByRole('main').getByLabel(label, { exact: true });

/** Signs in on the sign-in form the desk has sent the browser to. */
async function signInHere(page: Page) {
  await field(page, 'Token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('from a statement’s page to its correction, through sign-in; only the summary changes, with the reason in its history', async ({
  page,
}) => {
  await page.goto(`${app.baseURL}/records/${correctedId}`);
  await expect(page.locator('[data-part="analyst-links"]')).toHaveText(
    'Analysts: Correct this statement · Retract it',
  );
  await page.getByRole('link', { name: 'Correct this statement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Desk' })).toBeVisible();
  await signInHere(page);
  await expect(page).toHaveURL(`${app.baseURL}/desk/correct/${correctedId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Correct a statement' })).toBeVisible();
  await expect(field(page, 'Speaker')).toHaveValue('nikolay-nozdrev');
  await expect(field(page, 'Quote')).toHaveValue('The talks will wait');
  await expect(field(page, 'Stance')).toHaveValue('CRITICAL');
  await expectAccessible(page);

  // A reason is required, and a correction that changes nothing is the API's refusal, said plainly.
  // Focus lands on what to mend: the field at fault, or the message when no field is.
  await page.getByRole('button', { name: 'Correct statement' }).click();
  await expect(field(page, 'Reason')).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, 'Reason')).toBeFocused();
  await field(page, 'Reason').fill('Checking that nothing changes.');
  await page.getByRole('button', { name: 'Correct statement' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('the correction changes nothing');
  await expect(page.getByRole('main').getByRole('alert')).toBeFocused();
  await expect(field(page, 'Reason')).toHaveValue('Checking that nothing changes.');

  const summary = 'Nozdrev said the talks would wait for spring (fictitious, corrected in the browser test).';
  await field(page, 'Summary').fill(summary);
  await field(page, 'Reason').fill('The source says the talks wait for spring.');
  await page.getByRole('button', { name: 'Correct statement' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText(
    'Statement corrected, by Correct Tester.',
  );
  await expect(page.getByRole('main').getByRole('status')).toBeFocused();
  await expect(field(page, 'Summary')).toHaveValue(summary);
  // The line above the form names the statement as it now stands, not as it was opened.
  await expect(page.locator('[data-part="held-summary"]')).toContainText(summary);
  await page.getByRole('link', { name: 'Open the statement’s record and its history' }).click();
  await expect(page).toHaveURL(`${app.baseURL}/records/${correctedId}`);
  await expect(page.getByRole('region', { name: 'Record' })).toContainText(summary);
  const changes = page.getByRole('region', { name: 'History' }).getByRole('listitem');
  await expect(changes).toHaveCount(2);
  await expect(changes.nth(1)).toContainText('Corrected by Correct Tester (fields: summary)');
  await expect(changes.nth(1)).toContainText('Reason: The source says the talks wait for spring.');
});

test('an over-long reason is refused beside Reason in the desk’s words; an id longer than any id names no record', async ({
  page,
}) => {
  await page.goto(`${app.baseURL}/desk/correct/${correctedId}`);
  await signInHere(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Correct a statement' })).toBeVisible();
  await expect(field(page, 'Reason')).toHaveAttribute('maxlength', '5000');
  // A script or a browser that ignores maxlength sends it anyway: 1 MiB, under the body limit.
  await field(page, 'Reason').evaluate((area: HTMLTextAreaElement) => {
    area.value = 'x'.repeat(1_048_576);
  });
  await page.getByRole('button', { name: 'Correct statement' }).click();
  await expect(page.locator('#field-reason-error')).toHaveText(
    'Reason: at most 5,000 characters; this has 1,048,576.',
  );
  await expect(page.getByRole('main')).not.toContainText('text inputs take at most');

  const tooLong = 'A'.repeat(11_000);
  for (const path of [`/desk/correct/${tooLong}`, `/desk/retract/${tooLong}`]) {
    const answer = await page.goto(`${app.baseURL}${path}`);
    expect(answer?.status(), path.slice(0, 14)).toBe(200);
    await expect(page.getByRole('main')).toContainText('has this id: an id is at most 1,400 letters');
  }
});

test('a correction from a form opened before another correction is refused, and undoes nothing', async ({
  page,
}) => {
  await page.goto(`${app.baseURL}/desk/correct/${staleId}`);
  await signInHere(page);
  await expect(field(page, 'Quote')).toHaveValue('The talks may resume');
  // A second tab corrects the summary first.
  const other = await page.context().newPage();
  await other.goto(`${app.baseURL}/desk/correct/${staleId}`);
  const newer = 'Nozdrev said the talks may resume in spring (fictitious, corrected first).';
  await field(other, 'Summary').fill(newer);
  await field(other, 'Reason').fill('The source says spring.');
  await other.getByRole('button', { name: 'Correct statement' }).click();
  await expect(other.getByRole('main').getByRole('status')).toContainText('Statement corrected');
  // Its form now holds the corrected statement: a further correction from it is taken.
  await field(other, 'Date').fill('2025-12');
  await field(other, 'Reason').fill('Only the month is given.');
  await other.getByRole('button', { name: 'Correct statement' }).click();
  await expect(other.getByRole('main').getByRole('status')).toContainText('Statement corrected');
  await other.close();

  // The first tab's form still shows the old summary; sending it would undo that correction.
  await field(page, 'Intensity').fill('-3');
  await field(page, 'Reason').fill('Sharper than scored.');
  await page.getByRole('button', { name: 'Correct statement' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText(
    'This statement was changed after this form was opened',
  );
  await expect(field(page, 'Intensity')).toHaveValue('-3');
  // It leads to the form as the statement stands now, filled with the newer correction.
  await page.getByRole('link', { name: /^Open the statement as it stands now/ }).click();
  await expect(field(page, 'Summary')).toHaveValue(newer);
  await page.goto(`${app.baseURL}/records/${staleId}`);
  await expect(page.getByRole('region', { name: 'Record' })).toContainText(newer);
  await expect(page.getByRole('region', { name: 'History' }).getByRole('listitem')).toHaveCount(3);
});

test('an event retracted from the desk leaves /events and its page says retracted; its retraction page then says so', async ({
  page,
}) => {
  await page.goto(`${app.baseURL}/records/${eventId}`);
  await expect(
    page.getByRole('region', { name: 'Record' }).locator('[data-part="provenance"]'),
  ).toContainText(/^Added by Correct Tester, \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC/);
  await expect(page.locator('[data-part="analyst-links"]')).toHaveText('Analysts: Retract this event');
  await page.getByRole('link', { name: 'Retract this event' }).click();
  await signInHere(page);
  await expect(page).toHaveURL(`${app.baseURL}/desk/retract/${eventId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Retract an event' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Record' })).toContainText(EVENT_TITLE);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Retract' }).click();
  await expect(field(page, 'Reason')).toHaveAttribute('aria-invalid', 'true');
  await field(page, 'Reason').fill('The meeting was a rumour.');
  await page.getByRole('button', { name: 'Retract' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Retracted, by Correct Tester.');
  await page.getByRole('link', { name: 'Open its record, marked retracted' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A retracted event');
  await expect(page.getByRole('note')).toContainText('Reason: The meeting was a rumour.');
  await expect(page.locator('[data-part="analyst-links"]')).toHaveCount(0);

  await page.goto(`${app.baseURL}/events`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('main')).not.toContainText(EVENT_TITLE);
  await page.goto(`${app.baseURL}/desk/retract/${eventId}`);
  await expect(page.getByRole('note')).toContainText(
    /Retracted\. This event was withdrawn on .* UTC by Correct Tester\./,
  );
  await expect(page.getByRole('button', { name: 'Retract' })).toHaveCount(0);
});

test('a sign-in link naming another site or a path outside the desk lands on the desk', async ({ page }) => {
  await page.goto(`${app.baseURL}/desk?next=${encodeURIComponent('//example.com/desk')}`);
  await signInHere(page);
  await expect(page.getByText('Signed in as Correct Tester.')).toBeVisible();
  await expect(page).toHaveURL(`${app.baseURL}/desk`);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('signing in from a retraction page returns there; the statement is retracted by a plain post; signing out says so', async ({
    page,
  }) => {
    await page.goto(`${app.baseURL}/desk/retract/${retractedByFormId}`);
    await signInHere(page);
    await expect(page).toHaveURL(`${app.baseURL}/desk/retract/${retractedByFormId}`);
    await expect(page.getByRole('region', { name: 'Record' })).toContainText('The talks are over');
    await field(page, 'Reason').fill('The interview was never given.');
    await page.getByRole('button', { name: 'Retract' }).click();
    // The plain post comes back to the page, which now shows the record retracted, and why.
    await expect(page.getByRole('note')).toContainText(
      /This statement was withdrawn on .* UTC by Correct Tester\./,
    );
    await expect(page.getByRole('note')).toContainText('Reason: The interview was never given.');
    await expect(page.getByRole('button', { name: 'Retract' })).toHaveCount(0);
    await page.goto(`${app.baseURL}/desk/correct/${retractedByFormId}`);
    await expect(page.getByRole('main')).toContainText('This statement was retracted');
    await expect(page.getByRole('button', { name: 'Correct statement' })).toHaveCount(0);

    await page.goto(`${app.baseURL}/records/${retractedByFormId}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A retracted statement');

    await page.goto(`${app.baseURL}/desk`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('form', { name: 'Sign in' }).getByRole('status')).toHaveText('Signed out.');
  });

  test('a retraction posted after another analyst retracted the record says it was not recorded', async ({
    page,
    browser,
  }) => {
    await page.goto(`${app.baseURL}/desk/retract/${raceId}`);
    await signInHere(page);
    await field(page, 'Reason').fill('A second opinion.');
    // Meanwhile, from another browser, the record is retracted first.
    const elsewhere = await browser.newContext();
    const other = await elsewhere.newPage();
    await other.goto(`${app.baseURL}/desk/retract/${raceId}`);
    await signInHere(other);
    await field(other, 'Reason').fill('Retracted first.');
    await other.getByRole('button', { name: 'Retract' }).click();
    await expect(other.getByRole('main').getByRole('status')).toContainText('Retracted, by Correct Tester.');
    await elsewhere.close();

    await page.getByRole('button', { name: 'Retract' }).click();
    await expect(page.getByRole('note')).toContainText('Reason: Retracted first.');
    await expect(page.getByRole('main').getByRole('alert')).toContainText(
      /was retracted on .* UTC by Correct Tester/,
    );
    await expect(page.getByRole('button', { name: 'Retract' })).toHaveCount(0);
  });
});
