/**
 * The desk: an analyst made as `npm run analyst -- add` makes one signs in with the printed
 * token, adds a statement through the form and finds it on /statements, sees an error beside
 * the field at fault, and signs out; with JavaScript off the same forms work as plain POSTs.
 * Served by an instance of its own over a database of its own, since it writes.
 */
import type { Page } from '@playwright/test';
import { addAnalyst, revokeAnalyst } from '../data/ingest/analysts';
import { sqliteAccounts } from '../data/store/accounts';
import { openDatabase } from '../data/store/open';
import { seededDatabase, startAppServer, type AppServer } from './app-server';
import { signInToDesk } from './desk-sign-in';
import { expect, test } from './fixtures';
import { expectAccessible } from './page-checks';

let app: AppServer;
let database: string;
let token: string;
let revokedToken: string;

test.beforeAll(async () => {
  database = await seededDatabase(async (db) => {
    token = (await addAnalyst(sqliteAccounts(db), 'Desk Tester')).token;
    revokedToken = (await addAnalyst(sqliteAccounts(db), 'Desk Revoked')).token;
  });
  app = await startAppServer(database);
});
test.afterAll(async () => {
  await app?.stop();
});

const signIn = (page: Page) => signInToDesk(page, app.baseURL, token, 'Desk Tester');

/** Fills the statement form; `date` and the words vary per test so that no two collide. */
async function fillStatement(page: Page, words: string, date: string) {
  await page.getByRole('main').getByLabel('Speaker').fill('nikolay-nozdrev');
  await page.getByRole('main').getByLabel('Targets').fill('japan');
  await page.getByRole('main').getByLabel('Date').fill(date);
  await page.getByRole('main').getByLabel('Quote').fill(words);
  await page
    .getByRole('main')
    .getByLabel('Summary')
    .fill(`A made-up statement for the desk's browser test (${date}).`);
  await page.getByRole('main').getByLabel('Stance').selectOption('CRITICAL');
  await page.getByRole('main').getByLabel('Intensity').fill('-2');
  await page.getByRole('main').getByLabel('Source').fill('almayadeen-2025-russia-japan-rift');
  await page.getByRole('main').getByLabel('Excerpt').fill(`Test copy: "${words}," he said.`);
}

test('a wrong token is refused beside its field; the right one opens a session cookie that is not the token', async ({
  page,
  context,
}) => {
  await page.goto(`${app.baseURL}/desk`);
  await expect(page.getByRole('heading', { level: 1, name: 'Desk' })).toBeVisible();
  await page.getByRole('main').getByLabel('Token').fill('not-a-token');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const field = page.getByRole('main').getByLabel('Token');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/not an active analyst’s token/);
  await expectAccessible(page);

  await signIn(page);
  const [cookie] = (await context.cookies()).filter((c) => c.name === 'faultline_desk');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/desk' });
  expect(cookie!.value).not.toContain(token);
  await expectAccessible(page);
});

test('a statement added through the form is on /statements; an error stands beside its field', async ({
  page,
}) => {
  await signIn(page);
  await page.getByRole('link', { name: 'New statement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New statement' })).toBeVisible();

  await fillStatement(page, 'Desk test words one', '2025-13-01');
  await page.getByRole('button', { name: 'Add statement' }).click();
  const date = page.getByRole('main').getByLabel('Date');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveAccessibleDescription(/month 13/);
  await expect(page.getByRole('main').getByLabel('Quote')).toHaveValue('Desk test words one');
  await expect(page.getByRole('main').getByLabel('Stance')).toHaveValue('CRITICAL');
  await expectAccessible(page);

  // The API's own rule, shown beside its field: the quote must be in the excerpt.
  await date.fill('2025-06-02');
  await page.getByRole('main').getByLabel('Excerpt').fill('Words that do not hold the quote.');
  await page.getByRole('button', { name: 'Add statement' }).click();
  await expect(page.getByRole('main').getByLabel('Quote')).toHaveAccessibleDescription(
    /does not occur in the evidence's excerpt/,
  );
  await expect(date).not.toHaveAttribute('aria-invalid');

  await page.getByRole('main').getByLabel('Excerpt').fill('Test copy: "Desk test words one," he said.');
  await page.getByRole('button', { name: 'Add statement' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Statement added, by Desk Tester.');
  await expect(page.getByRole('link', { name: 'Open the statement’s record' })).toHaveAttribute(
    'href',
    /^\/records\/[^/]+$/,
  );
  await page.getByRole('link', { name: 'See Nikolay Nozdrev’s statements' }).click();
  await expect(page).toHaveURL(/\/statements\?speaker=nikolay-nozdrev/);
  await expect(page.getByText('Desk test words one').first()).toBeVisible();

  // The same statement again, on a phone: refused as a repeat, linked to the one held, and the
  // message (which quotes the held record's long id) breaks rather than widen the page.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`${app.baseURL}/desk/statement`);
  await fillStatement(page, 'Desk test words one', '2025-06-02');
  await page.getByRole('button', { name: 'Add statement' }).click();
  await expect(page.getByRole('main').getByLabel('Quote')).toHaveAccessibleDescription(/held already/);
  await expect(page.getByRole('link', { name: 'Open the statement already held' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test('an actor added through its form is matched by the intake, whose accepted proposal becomes a statement', async ({
  page,
}) => {
  await signIn(page);
  // A made-up official, for a made-up wire story.
  await page.getByRole('link', { name: 'New actor' }).click();
  await page.getByRole('main').getByLabel('Name').fill('Haruto Minabe');
  await page.getByRole('main').getByLabel('Kind').selectOption('PERSON');
  await page.getByRole('main').getByLabel('Affiliation').fill('japan');
  await page.getByRole('button', { name: 'Add actor' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText(
    'Haruto Minabe added, with the key "haruto-minabe"',
  );

  await page.goto(`${app.baseURL}/desk/intake`);
  await page.getByRole('main').getByLabel('Source').fill('jiji-2025040900009');
  await page
    .getByRole('main')
    .getByLabel('Text')
    .fill(
      'TOKYO, April 8 (Wire) - Chief Cabinet Secretary Haruto Minabe said Japan would study every option. ' +
        '"We regret the decision taken in Moscow," Minabe told reporters. "Our position is unchanged," he added.',
    );
  await page.getByRole('button', { name: 'Read the text' }).click();
  const proposals = page.getByRole('region', { name: 'Proposals' });
  await expect(proposals.locator('mark')).toHaveText([
    'We regret the decision taken in Moscow',
    'Our position is unchanged',
  ]);
  const first = proposals.getByRole('group', { name: 'Proposal 1: Chief Cabinet Secretary Haruto Minabe' });
  await expect(first.getByLabel('Speaker')).toHaveValue('haruto-minabe');
  await expect(first.getByLabel('Targets')).toHaveValue('russia');
  await expect(first.getByLabel('Date')).toHaveValue('2025-04-08');
  await expect(first.getByLabel('Stance')).toHaveValue('CRITICAL');
  await expectAccessible(page);

  await proposals.getByRole('button', { name: 'Reject proposal 2' }).click();
  await expect(proposals.locator('mark')).toHaveText(['We regret the decision taken in Moscow']);

  // The analyst puts the words to the government he speaks for: the confirmation names it.
  await first.getByLabel('Speaker').fill('japan');
  await first.getByLabel('Summary').fill('A made-up regret over a made-up decision, for the intake test.');
  await first.getByLabel('Intensity').fill('-2');
  await proposals.getByRole('button', { name: 'Accept proposal 1' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText(
    'Accepted: Japan’s statement was added, by Desk Tester.',
  );
  await expect(proposals).toContainText('No attributed quote is left to propose.');
  await page.getByRole('link', { name: 'See Japan’s statements' }).click();
  await expect(page.getByText('We regret the decision taken in Moscow').first()).toBeVisible();
});

const MINABE_TEXT =
  'TOKYO, April 8 (Wire) - Chief Cabinet Secretary Haruto Minabe said Japan would study every option. ' +
  '"We regret the decision taken in Moscow," Minabe told reporters. "Our position is unchanged," he added.';

test('the intake refuses plainly a proposal its text no longer holds, and text over its limit beside the field', async ({
  page,
}) => {
  await signIn(page);
  await page.goto(`${app.baseURL}/desk/intake`);
  const text = page.getByRole('main').getByLabel('Text');
  await expect(text).toHaveAttribute('maxlength', '100000');
  await expect(text).toHaveAccessibleDescription(/up to 100,000 characters/);
  await page.getByRole('main').getByLabel('Source').fill('jiji-2025040900009');
  await text.fill(MINABE_TEXT);
  await page.getByRole('button', { name: 'Read the text' }).click();
  const proposals = page.getByRole('region', { name: 'Proposals' });
  await expect(proposals.locator('mark')).toHaveCount(2);

  // The text is edited after it was read: proposal 1's place in it has moved.
  await text.fill(`UPDATED. ${MINABE_TEXT}`);
  await proposals.getByRole('button', { name: 'Accept proposal 1' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText(
    'That proposal is no longer in the text',
  );
  await expect(page.getByRole('main').getByText('Accepted:')).toHaveCount(0);
  await expect(proposals.locator('mark')).toHaveCount(2);

  // A script (or a browser ignoring maxlength) sends more than the intake reads.
  await text.evaluate((area: HTMLTextAreaElement, length) => {
    area.removeAttribute('maxlength');
    area.value = 'w'.repeat(length);
  }, 100_001);
  await page.getByRole('button', { name: 'Read the text' }).click();
  await expect(page.getByRole('main').getByLabel('Text')).toHaveAccessibleDescription(
    /Text: at most 100,000 characters; this has 100,001\./,
  );
  await expect(page.getByRole('main')).not.toContainText('200000');
  await expect(page.getByRole('main')).not.toContainText('200,000');

  // More than the server takes at all is not sent: what was typed stays.
  await page
    .getByRole('main')
    .getByLabel('Text')
    .evaluate((area: HTMLTextAreaElement, length) => {
      area.removeAttribute('maxlength');
      area.value = 'word '.repeat(length);
    }, 450_000);
  await page.getByRole('button', { name: 'Read the text' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('The form could not be sent');
  expect(
    await page
      .getByRole('main')
      .getByLabel('Text')
      .evaluate((a: HTMLTextAreaElement) => a.value.length),
  ).toBe(2_250_000);
});

test('a quote over its limit is refused beside Quote in the desk’s words', async ({ page }) => {
  await signIn(page);
  await page.goto(`${app.baseURL}/desk/statement`);
  await fillStatement(page, 'Desk test words three', '2025-06-04');
  const quote = page.getByRole('main').getByLabel('Quote');
  await expect(quote).toHaveAttribute('maxlength', '5000');
  await quote.evaluate((area: HTMLTextAreaElement, length) => {
    area.removeAttribute('maxlength');
    area.value = 'q'.repeat(length);
  }, 6_210);
  await page.getByRole('button', { name: 'Add statement' }).click();
  await expect(page.getByRole('main').getByLabel('Quote')).toHaveAccessibleDescription(
    /Quote: at most 5,000 characters; this has 6,210\./,
  );
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);
});

test('signing out ends the session: the forms send the browser back to sign in', async ({ page }) => {
  await signIn(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('form', { name: 'Sign in' }).getByRole('status')).toHaveText('Signed out.');
  await page.goto(`${app.baseURL}/desk/statement`);
  // Sent to sign in, and back to the new-statement form afterwards.
  await expect(page).toHaveURL(/\/desk\?next=%2Fdesk%2Fstatement$/);
  await expect(page.getByRole('main').getByLabel('Token')).toBeVisible();
});

test('a session ends when its analyst’s token is revoked, and the desk says why', async ({ page }) => {
  await page.goto(`${app.baseURL}/desk`);
  await page.getByRole('main').getByLabel('Token').fill(revokedToken);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Signed in as Desk Revoked.')).toBeVisible();
  const db = openDatabase(database);
  try {
    await revokeAnalyst(sqliteAccounts(db), 'Desk Revoked');
  } finally {
    db.close();
  }
  await page.goto(`${app.baseURL}/desk`);
  await expect(
    page.getByText('Your session ended: the token it was opened with is no longer valid.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByRole('main').getByLabel('Token')).toBeVisible();
  await expectAccessible(page);
});

test('a POST to the desk, or an action posted to any page, from another site gets 403 and a plain message, not a 500', async ({
  request,
}) => {
  for (const path of ['/desk', '/desk/statement', '/records/U3RhdGVtZW50OmE', '/statements']) {
    const response = await request.post(`${app.baseURL}${path}`, {
      headers: {
        origin: 'https://evil.example',
        'next-action': '0'.repeat(40),
        'content-type': 'text/plain',
      },
      data: '[]',
      maxRedirects: 0,
    });
    expect(response.status()).toBe(403);
    expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toBe('This form can only be sent from Faultline’s own pages.');
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a form post over the size limit gets a plain page saying so, not a bare 500', async ({ request }) => {
    // The app's own server (npm start) answers before Next reads the body.
    const answer = await request.post('/desk/intake', {
      multipart: { sourceKey: 'jiji-2025040900009', text: 'word '.repeat(450_000), intent: 'read' },
      maxRedirects: 0,
    });
    expect(answer.status()).toBe(413);
    const page = await answer.text();
    expect(page).toContain('<h1>Form too large</h1>');
    expect(page).toContain('the desk takes up to 2 MB at once');
  });

  test('signing in and adding a statement work as plain form posts', async ({ page }) => {
    await signIn(page);
    await page.goto(`${app.baseURL}/desk/statement`);
    await fillStatement(page, 'Desk test words two', '2025-06-03');
    await page.getByRole('main').getByLabel('Intensity').fill('minus two');
    await page.getByRole('button', { name: 'Add statement' }).click();
    await expect(page.getByRole('main').getByLabel('Intensity')).toHaveAccessibleDescription(
      /is not an intensity/,
    );
    await page.getByRole('main').getByLabel('Intensity').fill('-2');
    await page.getByRole('button', { name: 'Add statement' }).click();
    await expect(page.getByRole('main').getByRole('status')).toContainText(
      'Statement added, by Desk Tester.',
    );
  });
});
