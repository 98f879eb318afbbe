import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';
import { errorText, ok, testServer, type Loose } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

const STATEMENTS = `query Walk($first: Int, $after: String, $filter: StatementFilter, $orderBy: StatementOrder) {
  statements(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges { cursor node { key } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

/** Reads a list page by page; returns the keys in order and each page as read. */
async function walk(first: number, variables: Record<string, unknown> = {}) {
  const pages: Loose[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 50; guard += 1) {
    const { statements }: Loose = ok(await api.query(STATEMENTS, { ...variables, first, after }));
    pages.push(statements);
    if (!statements.pageInfo.hasNextPage) break;
    after = statements.pageInfo.endCursor;
  }
  return { keys: pages.flatMap((p) => p.edges.map((e: Loose) => e.node.key)), pages };
}

describe('Relay pagination', () => {
  it('gives a first page with cursors and page info', async () => {
    const { statements } = ok(await api.query(STATEMENTS, { first: 5 }));
    expect(statements.totalCount).toBe(12);
    expect(statements.edges).toHaveLength(5);
    expect(statements.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(statements.pageInfo.startCursor).toBe(statements.edges[0].cursor);
    expect(statements.pageInfo.endCursor).toBe(statements.edges[4].cursor);
  });

  it('walks every statement exactly once, in the order of a single page', async () => {
    const { statements: all } = ok(await api.query(STATEMENTS, { first: 100 }));
    const { keys, pages } = await walk(5);
    expect(pages.map((p) => p.edges.length)).toEqual([5, 5, 2]);
    expect(keys).toEqual(all.edges.map((e: Loose) => e.node.key));
    expect(new Set(keys).size).toBe(12);
    expect(pages.every((p) => p.totalCount === 12)).toBe(true);
    expect(pages.slice(1).every((p) => p.pageInfo.hasPreviousPage)).toBe(true);
  });

  it('walks in a given order too (intensity, most conflictual first)', async () => {
    const orderBy = { field: 'INTENSITY', direction: 'ASC' };
    const { keys } = await walk(5, { orderBy });
    const { statements: all } = ok(await api.query(STATEMENTS, { first: 100, orderBy }));
    expect(keys).toEqual(all.edges.map((e: Loose) => e.node.key));
    expect(keys[0]).toBe('nozdrev-flights-political-will');
    expect(keys.slice(1, 4).sort()).toEqual([
      'nozdrev-adequate-measures',
      'nozdrev-long-term-consequences',
      'nozdrev-will-not-go-unanswered',
    ]);
  });

  it('ends cleanly when the count is an exact multiple of the page size', async () => {
    const { pages } = await walk(4);
    expect(pages.map((p) => p.edges.length)).toEqual([4, 4, 4]);
    expect(pages.at(-1).pageInfo.hasNextPage).toBe(false);
    // A filtered list: 3 statements on NATO ties, read 3 at a time, is one full, final page.
    const { pages: nato } = await walk(3, { filter: { topics: ['nato'] } });
    expect(nato).toHaveLength(1);
    expect(nato[0]).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
  });

  it('answers an empty list with no cursors and a zero total', async () => {
    const { statements } = ok(await api.query(STATEMENTS, { filter: { speakers: ['atlantis'] } }));
    expect(statements).toEqual({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });

  it.each([0, 101, -1])('refuses first: %i, naming "first" and the range 1..100', async (first) => {
    const answer = await api.query(STATEMENTS, { first });
    // Refused with the request, before anything runs: no data at all.
    expect(answer.data ?? null).toBeNull();
    expect(errorText(answer)).toMatch(/"first".*between 1 and 100/);
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('bounds first on nested connections and drivers as well', async () => {
    const nested = await api.query('{ actor(key: "japan") { statementsAbout(first: 0) { totalCount } } }');
    expect(errorText(nested)).toMatch(/"first".*between 1 and 100/);
    const drivers = await api.query(
      '{ relation(a: "russia", b: "japan") { drivers(first: 101) { weight } } }',
    );
    expect(errorText(drivers)).toMatch(/"first".*between 1 and 100/);
    const events = await api.query('{ events(first: 100) { totalCount } }');
    expect(ok(events).events.totalCount).toBe(15);
  });

  describe('refuses a cursor that is not of this list, naming "after"', () => {
    const cursors: [string, () => Promise<string>][] = [
      ['random base64', async () => Buffer.from('just some bytes').toString('base64url')],
      [
        'base64 JSON of the wrong shape',
        async () => Buffer.from('["statements:DATE:DESC","x","y"]').toString('base64url'),
      ],
      ['not base64 at all', async () => '!!not a cursor!!'],
      [
        'a cursor of the events list',
        async () =>
          ok(await api.query('{ events(first: 1) { pageInfo { endCursor } } }')).events.pageInfo.endCursor,
      ],
      [
        "a cursor of an actor's statements",
        async () =>
          ok(
            await api.query(
              '{ actor(key: "nikolay-nozdrev") { statements(first: 1) { pageInfo { endCursor } } } }',
            ),
          ).actor.statements.pageInfo.endCursor,
      ],
      [
        'a cursor of another order',
        async () =>
          ok(await api.query(STATEMENTS, { first: 1, orderBy: { field: 'INTENSITY', direction: 'ASC' } }))
            .statements.pageInfo.endCursor,
      ],
    ];

    it.each(cursors)('%s', async (_, cursor) => {
      const answer = await api.query(STATEMENTS, { first: 5, after: await cursor() });
      expect(answer.data).toBeNull();
      expect(errorText(answer)).toMatch(/"after"/);
    });
  });
});
