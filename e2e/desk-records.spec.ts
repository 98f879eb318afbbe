/**
 * The desk's source, event and sanctions-package forms: an analyst made as `npm run analyst --
 * add` makes one adds each record, sees an error beside the field at fault with every value
 * kept, then finds the record on its list page and its own page; the event form also works as a
 * plain POST with JavaScript off, and each form passes an axe scan. Served by an instance of its
 * own over a database of its own, since it writes.
 */
import type { Page } from '@playwright/test';
import { addAnalyst } from '../data/ingest/analysts';
import { sqliteAccounts } from '../data/store/accounts';
import { seededDatabase, startAppServer, type AppServer } from './app-server';
import { signInToDesk } from './desk-sign-in';
import { expect, test } from './fixtures';
import { expectAccessible } from './page-checks';

let app: AppServer;
let token: string;

test.beforeAll(async () => {
  const database = await seededDatabase(async (db) => {
    token = (await addAnalyst(sqliteAccounts(db), 'Records Tester')).token;
  });
  app = await startAppServer(database);
});
test.afterAll(async () => {
  await app?.stop();
});

const signIn = (page: Page) => signInToDesk(page, app.baseURL, token, 'Records Tester');

const field = (page: Page, label: string) => page.getByRole('main').getByLabel(label, { exact: true });

/** Fills an event, made up for the test, whose title and date vary per test so that no two collide. */
async function fillEvent(page: Page, title: string, date: string) {
  await field(page, 'Title').fill(title);
  await field(page, 'Kind').selectOption('DIPLOMATIC');
  await field(page, 'Date').fill(date);
  await field(page, 'Place').fill('Tokyo');
  await field(page, 'Actors').fill('japan, russia');
  await field(page, 'Summary').fill(`Made-up talks for the desk's browser test (${date}).`);
  await field(page, 'Intensity').fill('1');
  await field(page, 'Source').fill('almayadeen-2025-russia-japan-rift');
  await field(page, 'Note').fill('Made up for the browser test.');
}

test('a source added through its form has its page; a missing outlet and a held key stand beside their fields', async ({
  page,
}) => {
  await signIn(page);
  await page.getByRole('link', { name: 'New source' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New source' })).toBeVisible();
  await expectAccessible(page);

  await field(page, 'Title').fill('A made-up wire story for the desk test');
  await field(page, 'Published').fill('2025-06');
  await field(page, 'Language').fill('en');
  await field(page, 'Key').fill('almayadeen-2025-russia-japan-rift');
  await page.getByRole('button', { name: 'Add source' }).click();
  const outlet = field(page, 'Outlet');
  await expect(outlet).toHaveAttribute('aria-invalid', 'true');
  await expect(outlet).toHaveAccessibleDescription(/Give the outlet/);
  await expect(field(page, 'Title')).toHaveValue('A made-up wire story for the desk test');

  // The API's own rule, beside its field: a key already held.
  await outlet.fill('Test Wire');
  await page.getByRole('button', { name: 'Add source' }).click();
  await expect(field(page, 'Key')).toHaveAttribute('aria-invalid', 'true');
  await expect(outlet).not.toHaveAttribute('aria-invalid');
  await expectAccessible(page);

  await field(page, 'Key').fill('test-wire-desk-source');
  await page.getByRole('button', { name: 'Add source' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText(
    'Source "A made-up wire story for the desk test" added, with the key "test-wire-desk-source", by Records Tester.',
  );
  await page.getByRole('link', { name: 'Open the source’s page' }).click();
  await expect(page).toHaveURL(/\/sources\/test-wire-desk-source$/);
  await expect(page.getByText('A made-up wire story for the desk test').first()).toBeVisible();
});

test('a source at an address already held is refused beside URL, with a link to the source held', async ({
  page,
}) => {
  await signIn(page);
  await page.getByRole('link', { name: 'New source' }).click();
  await field(page, 'Title').fill('The rift story again, its address written another way');
  await field(page, 'Outlet').fill('Al Mayadeen English');
  await field(page, 'Published').fill('2025-11');
  await field(page, 'Language').fill('en');
  // The seed's address, with the host in capitals and a trailing slash: the same document.
  await field(page, 'URL').fill(
    'https://ENGLISH.almayadeen.net/news/politics/russia-japan-diplomatic-rift-grows-amid-nato--ukraine-disput/',
  );
  await field(page, 'Key').fill('rift-story-again');
  await page.getByRole('button', { name: 'Add source' }).click();
  await expect(field(page, 'URL')).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, 'URL')).toHaveAccessibleDescription(/held already/);
  await expect(field(page, 'URL')).toBeFocused();
  await page.getByRole('link', { name: 'Open the source already held' }).click();
  await expect(page).toHaveURL(/\/sources\/almayadeen-2025-russia-japan-rift$/);
});

test('an event added through its form is on /events and its record page; an unknown actor stands beside Actors', async ({
  page,
}) => {
  await signIn(page);
  await page.getByRole('link', { name: 'New event' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New event' })).toBeVisible();
  await expectAccessible(page);

  await fillEvent(page, 'Made-up talks in Tokyo, desk test one', '2025-06-04');
  await field(page, 'Actors').fill('japan, no-such-actor');
  await page.getByRole('button', { name: 'Add event' }).click();
  const actors = field(page, 'Actors');
  await expect(actors).toHaveAttribute('aria-invalid', 'true');
  await expect(actors).toHaveAccessibleDescription(/no-such-actor/);
  await expect(field(page, 'Kind')).toHaveValue('DIPLOMATIC');
  await expect(field(page, 'Place')).toHaveValue('Tokyo');
  await expectAccessible(page);

  await actors.fill('japan, russia');
  await page.getByRole('button', { name: 'Add event' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText(
    'Event "Made-up talks in Tokyo, desk test one" added, by Records Tester.',
  );
  await page.getByRole('link', { name: 'Open the event’s record' }).click();
  await expect(page).toHaveURL(/\/records\//);
  await expect(page.getByRole('heading', { level: 1, name: 'An event' })).toBeVisible();
  await expect(page.getByText('Made-up talks in Tokyo, desk test one').first()).toBeVisible();

  await page.goto(`${app.baseURL}/events?from=2025-06-04&to=2025-06-04`);
  await expect(page.getByText('Made-up talks in Tokyo, desk test one').first()).toBeVisible();
});

test('a sanctions package added through its form is on /sanctions and its record page; a bad date stands beside Announced', async ({
  page,
}) => {
  await signIn(page);
  await page.getByRole('link', { name: 'New sanctions package' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New sanctions package' })).toBeVisible();
  await expectAccessible(page);

  await field(page, 'Imposer').fill('japan');
  await field(page, 'Target').fill('russia');
  await field(page, 'Announced').fill('2025-14');
  await field(page, 'Title').fill('Made-up export ban, desk test');
  await field(page, 'Measures').fill('Made-up export ban\nMade-up asset freeze');
  await field(page, 'Designated individuals').fill('4');
  await field(page, 'Source').fill('almayadeen-2025-russia-japan-rift');
  await field(page, 'Note').fill('Made up for the browser test.');
  await page.getByRole('button', { name: 'Add package' }).click();
  const announced = field(page, 'Announced');
  await expect(announced).toHaveAttribute('aria-invalid', 'true');
  await expect(announced).toHaveAccessibleDescription(/month 14/);
  await expect(field(page, 'Measures')).toHaveValue('Made-up export ban\nMade-up asset freeze');
  await expectAccessible(page);

  await announced.fill('2025-06-05');
  await page.getByRole('button', { name: 'Add package' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText(
    'Sanctions package "Made-up export ban, desk test" added, by Records Tester.',
  );
  await page.getByRole('link', { name: 'Open the package’s record' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'A sanctions package' })).toBeVisible();
  await expect(page.getByText('Made-up export ban, desk test').first()).toBeVisible();

  await page.goto(`${app.baseURL}/sanctions`);
  await expect(page.getByText('Made-up export ban, desk test').first()).toBeVisible();
});

test('the Actors picker works by keyboard: it searches as one types, arrows choose, Enter picks, Escape closes, and says when nothing matches', async ({
  page,
}) => {
  await signIn(page);
  await page.goto(`${app.baseURL}/desk/event`);
  const actors = page.getByRole('combobox', { name: 'Actors', exact: true });
  const list = page.getByRole('listbox', { name: 'Suggestions' });
  await actors.pressSequentially('japa');
  await expect(list.getByRole('option', { name: 'Japan japan', exact: true })).toBeVisible();
  await expect(actors).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByText(/found: use the up and down arrows/)).toBeVisible();
  await expectAccessible(page);

  await actors.press('ArrowDown');
  const first = page.locator(`#${await actors.getAttribute('aria-activedescendant')}`);
  await expect(first).toHaveAttribute('aria-selected', 'true');
  const key = await first.locator('span').textContent();
  await actors.press('Enter');
  await expect(actors).toHaveValue(`${key}, `);
  await expect(actors).toHaveAttribute('aria-expanded', 'false');
  await expect(list).toBeHidden();

  // The next item of the list is searched on its own; what is typed stays when Escape closes.
  await actors.pressSequentially('russ');
  await expect(list.getByRole('option', { name: 'Russia russia', exact: true })).toBeVisible();
  await actors.press('Escape');
  await expect(list).toBeHidden();
  await expect(actors).toHaveValue(`${key}, russ`);
  // One Down arrow reopens the list on its first suggestion.
  await actors.press('ArrowDown');
  await expect(list).toBeVisible();
  await expect(page.locator(`#${await actors.getAttribute('aria-activedescendant')}`)).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await actors.press('Escape');

  await actors.fill(`${key}, zzqx`);
  await expect(page.getByText('No actor matches “zzqx”.')).toBeVisible();
  await expect(actors).toHaveAttribute('aria-expanded', 'false');
});

test('the Source picker searches sources as one types; the forms ship no list of every source', async ({
  page,
}) => {
  await signIn(page);
  for (const form of ['statement', 'package', 'event', 'intake']) {
    const html = await (await page.request.get(`${app.baseURL}/desk/${form}`)).text();
    expect(html, `/desk/${form}`).toContain('Source');
    expect(html, `/desk/${form}`).not.toContain('izvestia-1834812');
  }
  await page.goto(`${app.baseURL}/desk/package`);
  const source = page.getByRole('combobox', { name: 'Source', exact: true });
  const options = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option');
  await source.pressSequentially('izvestia');
  await expect(options.nth(1)).toBeVisible();
  await source.press('ArrowDown');
  await source.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(source).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!);
  await source.press('ArrowUp');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  const key = await options.nth(0).locator('span').textContent();
  expect(key).toContain('izvestia');
  await source.press('Enter');
  await expect(source).toHaveValue(key!);
  await expectAccessible(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the event form works as a plain form post, its errors beside their fields', async ({ page }) => {
    await signIn(page);
    await page.goto(`${app.baseURL}/desk/event`);
    await fillEvent(page, 'Made-up talks in Tokyo, desk test two', '2025-06-06');
    await field(page, 'End date').fill('2025-06-01');
    await page.getByRole('button', { name: 'Add event' }).click();
    await expect(field(page, 'End date')).toHaveAttribute('aria-invalid', 'true');
    await expect(field(page, 'Title')).toHaveValue('Made-up talks in Tokyo, desk test two');
    await field(page, 'End date').fill('2025-06-07');
    await page.getByRole('button', { name: 'Add event' }).click();
    await expect(page.getByRole('main').getByRole('status')).toContainText(
      'Event "Made-up talks in Tokyo, desk test two" added, by Records Tester.',
    );
  });
});
