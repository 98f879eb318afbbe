import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '../../data/store/open';
import { NODE_TYPES } from '../../graphql/ids';
import { freshDatabase } from '../helpers/db';
import { ok, testServer, type Loose } from '../helpers/graphql';

/** One designation, written straight to the store: the seed holds none and no importer runs here. */
function addDesignation(db: Db): void {
  const id = (sql: string) => db.prepare(sql).pluck().get() as number;
  db.prepare(
    `INSERT INTO sanction_designations (key, regime_id, designee_id, authority, listed_on, sort_date, status,
       origin_dataset, origin, content_hash)
     VALUES ('jp-mof-test-listing', ?, ?, 'Ministry of Finance', '2022-03-11', '2022-03-11', 'ACTIVE',
       'jp_mof_sanctions', 'test', 'test')`,
  ).run(
    id("SELECT id FROM sanction_regimes WHERE key = 'japan-on-russia'"),
    id("SELECT id FROM actors WHERE key = 'russia'"),
  );
}

/** Every Node of the dataset reachable from the root lists, with its key, by type. */
const EVERY_NODE = `{
  actors(first: 100) { nodes { __typename id key } }
  sources { __typename id key }
  topics { __typename id key }
  statements(first: 100) { nodes { __typename id key } }
  events(first: 100) { nodes { __typename id key } }
  sanctionRegimes {
    __typename id key
    packages { __typename id key }
    designations(first: 100) { nodes { __typename id key } }
  }
  alliances { __typename id key members { __typename id key } }
  offices { __typename id key }
}`;

type Ref = { __typename: string; id: string; key: string };

function collect(data: Loose): Ref[] {
  const refs: Ref[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.id === 'string' && typeof o.__typename === 'string') refs.push(o as Ref);
      Object.values(o).forEach(walk);
    }
  };
  walk(data);
  return refs;
}

const NODE = `query Node($id: ID!) {
  node(id: $id) { __typename id ${NODE_TYPES.map((t) => `... on ${t} { key }`).join(' ')} }
}`;

const first = freshDatabase();
addDesignation(first.db);
const api = testServer(first.db);
const second = freshDatabase();
addDesignation(second.db);
const api2 = testServer(second.db);
afterAll(() => Promise.all([api.stop(), api2.stop()]));

describe('Query.node', () => {
  it('round-trips every Node type: node(id) gives back the same type and key', async () => {
    const refs = collect(ok(await api.query(EVERY_NODE)));
    expect(new Set(refs.map((r) => r.__typename))).toEqual(new Set(NODE_TYPES));
    for (const ref of refs) {
      const { node } = ok(await api.query(NODE, { id: ref.id }));
      expect(node, `${ref.__typename} ${ref.key}`).toEqual({
        __typename: ref.__typename,
        id: ref.id,
        key: ref.key,
      });
    }
  });

  it('gives every record a distinct id', async () => {
    const refs = collect(ok(await api.query(EVERY_NODE)));
    const unique = new Map(refs.map((r) => [r.id, `${r.__typename}:${r.key}`]));
    expect(unique.size).toBe(new Set(refs.map((r) => `${r.__typename}:${r.key}`)).size);
  });

  it('keeps ids stable across two freshly seeded databases', async () => {
    const ids = async (server: typeof api) =>
      Object.fromEntries(
        collect(ok(await server.query(EVERY_NODE))).map((r) => [`${r.__typename}:${r.key}`, r.id]),
      );
    const [a, b] = await Promise.all([ids(api), ids(api2)]);
    expect(Object.keys(a).length).toBeGreaterThan(100);
    expect(b).toEqual(a);
  });

  const garbage: [string, string][] = [
    ['a word', 'garbage'],
    ['an empty string', ''],
    ['base64 of an unknown type', Buffer.from('Planet:earth').toString('base64url')],
    ['base64 of a type with no key', Buffer.from('Actor:').toString('base64url')],
    ['an unknown key of a known type', Buffer.from('Actor:atlantis').toString('base64url')],
    ['a padded form of a real id', `${Buffer.from('Actor:russia').toString('base64')}==`],
    ['random bytes', 'q83vASNFZ4mrze8BI0VniQ'],
    ['non-ASCII text', 'Акт😀ор'],
    ['a very long id', 'A'.repeat(5000)],
  ];

  it.each(garbage)('answers null, without an error, for %s', async (_, id) => {
    const answer = await api.query(NODE, { id });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.node).toBeNull();
  });
});
