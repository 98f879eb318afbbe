/**
 * A regime an analyst opened with a package, whose only package is then retracted, holds
 * nothing: it leaves every list of regimes (sanctionRegimes, an actor's sanctions, a pair's
 * sanctions) and search, stays readable by key and through the retracted package, and comes back
 * with its next package. Curated and imported regimes, which hold packages, designations or
 * reported figures, are all still listed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { addAnalyst } from '../../data/ingest/analysts';
import { sqliteAccounts } from '../../data/store/accounts';
import { freshDatabase } from '../helpers/db';
import { ok, testServer, type Loose } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());
const auth = { authorization: `Bearer ${(await addAnalyst(sqliteAccounts(db), 'Mira Sato')).token}` };
const SOURCE = 'almayadeen-2025-russia-japan-rift';

const LISTS = `{
  sanctionRegimes { key }
  actor(key: "testland") { sanctionsImposed { key } }
  russia: actor(key: "russia") { sanctionsReceived { key } }
  relation(a: "testland", b: "russia") { sanctions { key } }
  search(text: "Testland", first: 20) { __typename ... on SanctionRegime { key } }
}`;
const REGIME = 'testland-on-russia';

/** Where the regime is listed, by list. */
async function listedIn(): Promise<Record<string, boolean>> {
  const data: Loose = ok(await api.query(LISTS));
  const has = (list: { key?: string }[]) => list.some((r) => r.key === REGIME);
  return {
    sanctionRegimes: has(data.sanctionRegimes),
    sanctionsImposed: has(data.actor.sanctionsImposed),
    sanctionsReceived: has(data.russia.sanctionsReceived),
    relation: has(data.relation.sanctions),
    search: has(data.search),
  };
}
const everywhere = (listed: boolean) => ({
  sanctionRegimes: listed,
  sanctionsImposed: listed,
  sanctionsReceived: listed,
  relation: listed,
  search: listed,
});

const addPackage = async (title: string): Promise<Loose> => {
  const payload = ok(
    await api.query(
      `mutation($i: AddSanctionPackageInput!) {
        addSanctionPackage(input: $i) { sanctionPackage { id key regime { key } } userErrors { message } } }`,
      {
        i: {
          imposerKey: 'testland',
          targetKey: 'russia',
          date: '2025-12',
          title,
          evidence: { sourceKey: SOURCE, note: 'Made up for the test.' },
        },
      },
      auth,
    ),
  ).addSanctionPackage;
  expect(payload.userErrors).toEqual([]);
  return payload.sanctionPackage;
};

describe('a regime left with nothing', () => {
  let pkg: Loose;
  let curated: string[];

  it('is listed while its package stands', async () => {
    curated = ok(await api.query('{ sanctionRegimes { key } }')).sanctionRegimes.map((r: Loose) => r.key);
    expect(curated).toEqual(['japan-on-russia', 'russia-on-japan']);
    ok(
      await api.query(
        `mutation($i: AddActorInput!) { addActor(input: $i) { actor { key } userErrors { message } } }`,
        { i: { name: 'Testland', kind: 'STATE' } },
        auth,
      ),
    );
    pkg = await addPackage('Testland package one');
    expect(pkg.regime.key).toBe(REGIME);
    expect(await listedIn()).toEqual(everywhere(true));
  });

  it('leaves every list and search once its only package is retracted, and stays readable', async () => {
    const retracted = ok(
      await api.query(
        `mutation($i: RetractRecordInput!) { retractRecord(input: $i) { id userErrors { message } } }`,
        { i: { id: pkg.id, reason: 'Testland imposed nothing.' } },
        auth,
      ),
    ).retractRecord;
    expect(retracted.userErrors).toEqual([]);
    expect(await listedIn()).toEqual(everywhere(false));
    expect(
      ok(await api.query('{ sanctionRegimes { key } }')).sanctionRegimes.map((r: Loose) => r.key),
    ).toEqual(curated);
    const read = ok(
      await api.query(
        `query($id: ID!) {
          sanctionRegime(key: "${REGIME}") { key packages { key } }
          node(id: $id) { ... on SanctionPackage { retracted regime { key imposer { name } } } }
        }`,
        { id: pkg.id },
      ),
    );
    expect(read.sanctionRegime).toEqual({ key: REGIME, packages: [] });
    expect(read.node).toEqual({ retracted: true, regime: { key: REGIME, imposer: { name: 'Testland' } } });
  });

  it('is listed again with its next package', async () => {
    const next = await addPackage('Testland package two');
    expect(next.regime.key).toBe(REGIME);
    expect(await listedIn()).toEqual(everywhere(true));
  });
});
