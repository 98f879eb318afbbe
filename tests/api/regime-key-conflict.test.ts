/**
 * A new sanctions package never re-points another pair's regime: when the key made from its
 * imposer and target ("probe" on "x-on-y" makes "probe-on-x-on-y") is held by a regime between
 * other parties, the write is refused as a CONFLICT naming that regime, and nothing changes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { addAnalyst } from '../../data/ingest/analysts';
import { sqliteAccounts } from '../../data/store/accounts';
import { freshDatabase } from '../helpers/db';
import { ok, testServer } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

const { token } = await addAnalyst(sqliteAccounts(db), 'Mira Sato');
const auth = { authorization: `Bearer ${token}` };

const ADD_ACTOR = `mutation($i: AddActorInput!) { addActor(input: $i) { actor { key } userErrors { message } } }`;
const ADD_PACKAGE = `mutation($i: AddSanctionPackageInput!) {
  addSanctionPackage(input: $i) { sanctionPackage { key regime { key } } userErrors { field message code } }
}`;
const REGIME = `query($k: String!) { sanctionRegime(key: $k) { imposer { key } target { key } packages { key } } }`;

const actor = async (key: string) => {
  const payload = ok(
    await api.query(ADD_ACTOR, { i: { key, name: `Probe ${key}`, kind: 'STATE' } }, auth),
  ).addActor;
  expect(payload.userErrors).toEqual([]);
};
const pkg = (imposerKey: string, targetKey: string) => ({
  imposerKey,
  targetKey,
  date: '2025-10',
  title: `Package of ${imposerKey} on ${targetKey} (regime key test)`,
  measures: ['asset freeze'],
  evidence: { sourceKey: 'almayadeen-2025-russia-japan-rift', note: 'Package for the test.' },
});

describe('a package whose regime key another pair holds', () => {
  it('is refused as a CONFLICT naming the regime, and the regime keeps its parties', async () => {
    for (const key of ['probe-on-x', 'y', 'probe', 'x-on-y']) await actor(key);
    const first = ok(await api.query(ADD_PACKAGE, { i: pkg('probe-on-x', 'y') }, auth)).addSanctionPackage;
    expect(first.userErrors).toEqual([]);
    expect(first.sanctionPackage.regime.key).toBe('probe-on-x-on-y');

    const before = await api.contents();
    const second = ok(await api.query(ADD_PACKAGE, { i: pkg('probe', 'x-on-y') }, auth)).addSanctionPackage;
    expect(second.sanctionPackage).toBeNull();
    expect(second.userErrors).toEqual([
      {
        field: ['input', 'targetKey'],
        message: expect.stringContaining('"probe-on-x-on-y"'),
        code: 'CONFLICT',
      },
    ]);
    expect(await api.contents()).toEqual(before);

    const regime = ok(await api.query(REGIME, { k: 'probe-on-x-on-y' })).sanctionRegime;
    expect(regime).toEqual({
      imposer: { key: 'probe-on-x' },
      target: { key: 'y' },
      packages: [{ key: first.sanctionPackage.key }],
    });
  });

  it('still files a package under the regime its own pair holds', async () => {
    const next = { ...pkg('probe-on-x', 'y'), date: '2025-11', title: 'A later package (regime key test)' };
    const again = ok(await api.query(ADD_PACKAGE, { i: next }, auth)).addSanctionPackage;
    expect(again.userErrors).toEqual([]);
    expect(again.sanctionPackage.regime.key).toBe('probe-on-x-on-y');
  });
});
