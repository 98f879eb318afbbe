/**
 * addSanctionPackage refuses a second copy of a live package (the same number in its regime's
 * series, or the same date and title) and addSource a second copy of a source (the same address,
 * or without one the same outlet, title and date), each as DUPLICATE with the held record's id
 * in existingId, writing nothing. A source dated after today is refused like any record.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { addAnalyst } from '../../data/ingest/analysts';
import { sqliteAccounts } from '../../data/store/accounts';
import { toGlobalId } from '../../graphql/ids';
import { freshDatabase } from '../helpers/db';
import { ok, testServer, type Loose } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());
const auth = { authorization: `Bearer ${(await addAnalyst(sqliteAccounts(db), 'Mira Sato')).token}` };

const SEED_SOURCE = 'almayadeen-2025-russia-japan-rift';
const SEED_URL =
  'https://english.almayadeen.net/news/politics/russia-japan-diplomatic-rift-grows-amid-nato--ukraine-disput';
const ERRORS = 'userErrors { field message code existingId }';

const addPackage = async (over: Record<string, unknown> = {}): Promise<Loose> =>
  ok(
    await api.query(
      `mutation($i: AddSanctionPackageInput!) { addSanctionPackage(input: $i) { sanctionPackage { id key } ${ERRORS} } }`,
      {
        i: {
          imposerKey: 'japan',
          targetKey: 'russia',
          date: '2025-12-05',
          title: 'Asset freeze on shipping firms (duplicate rule test)',
          evidence: { sourceKey: SEED_SOURCE, note: 'Made up for the test.' },
          ...over,
        },
      },
      auth,
    ),
  ).addSanctionPackage;

const addSource = async (over: Record<string, unknown>): Promise<Loose> =>
  ok(
    await api.query(
      `mutation($i: AddSourceInput!) { addSource(input: $i) { source { key } ${ERRORS} } }`,
      {
        i: {
          key: `copy-${Math.random().toString(36).slice(2, 10)}`,
          title: 'A copy',
          outlet: 'Wire',
          ...over,
        },
      },
      auth,
    ),
  ).addSource;

describe('addSanctionPackage and a second copy of a package', () => {
  it('refuses the same date and title in the same regime, naming the package held', async () => {
    const held = (await addPackage()).sanctionPackage;
    const before = await api.contents();
    const copy = await addPackage({ title: '  asset FREEZE on shipping firms (duplicate rule test).' });
    expect(copy.sanctionPackage).toBeNull();
    expect(copy.userErrors).toEqual([
      expect.objectContaining({ code: 'DUPLICATE', field: ['input', 'title'], existingId: held.id }),
    ]);
    expect(copy.userErrors[0].message).toContain('the same sanctions package is held already');
    expect(await api.contents()).toEqual(before);
  });

  it("refuses a number the regime's series holds already", async () => {
    const copy = await addPackage({ ordinal: 25, title: 'Another title', date: '2025-12-06' });
    expect(copy.userErrors).toHaveLength(1);
    expect(copy.userErrors[0]).toMatchObject({ code: 'DUPLICATE', field: ['input', 'ordinal'] });
    expect(copy.userErrors[0].message).toContain('holds package number 25 already');
    expect(copy.userErrors[0].existingId).toMatch(/./);
  });

  it('adds a package that differs in date, title or regime', async () => {
    for (const other of [
      { date: '2025-12-04' },
      { title: 'Export ban on machine tools (duplicate rule test)' },
      { imposerKey: 'russia', targetKey: 'japan' },
      { ordinal: 26, date: '2025-12-07', title: 'The twenty-sixth package (duplicate rule test)' },
    ]) {
      expect((await addPackage(other)).userErrors, JSON.stringify(other)).toEqual([]);
    }
  });
});

describe('addSource and a second copy of a source', () => {
  it('refuses the same address, however it is written, naming the source held', async () => {
    const before = await api.contents();
    for (const url of [
      SEED_URL,
      SEED_URL.replace('https://english.', 'HTTPS://English.') + '/',
      `${SEED_URL}#comments`,
    ]) {
      const copy = await addSource({ url });
      expect(copy.source, url).toBeNull();
      expect(copy.userErrors).toEqual([
        expect.objectContaining({
          code: 'DUPLICATE',
          field: ['input', 'url'],
          existingId: toGlobalId('Source', SEED_SOURCE),
        }),
      ]);
    }
    expect(await api.contents()).toEqual(before);
  });

  it('refuses, without an address, the same outlet, title and publication date', async () => {
    const first = await addSource({ title: 'Envoy statement', outlet: 'TASS', publishedAt: '2025-12-01' });
    expect(first.userErrors).toEqual([]);
    const copy = await addSource({ title: 'envoy statement', outlet: 'tass', publishedAt: '2025-12-01' });
    expect(copy.userErrors[0]).toMatchObject({ code: 'DUPLICATE', field: ['input', 'title'] });
    const later = await addSource({ title: 'Envoy statement', outlet: 'TASS', publishedAt: '2025-12-02' });
    expect(later.userErrors).toEqual([]);
    // Undated, one outlet's two documents may share a title: not refused.
    for (let i = 0; i < 2; i += 1)
      expect((await addSource({ title: 'Press release', outlet: 'TASS' })).userErrors).toEqual([]);
  });

  it('refuses a publication date after today', async () => {
    const future = await addSource({ title: 'From the future', publishedAt: '2199-01-01' });
    expect(future.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'publishedAt'] }),
    ]);
    expect(future.userErrors[0].message).toContain('after today');
  });
});
