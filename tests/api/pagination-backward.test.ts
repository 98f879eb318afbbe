import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';
import { errorText, ok, testServer, type Loose } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

const STATEMENTS = `query Page($first: Int, $after: String, $last: Int, $before: String, $filter: StatementFilter, $orderBy: StatementOrder) {
  statements(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    nodes { key }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

const keys = (connection: Loose): string[] => connection.nodes.map((n: Loose) => n.key);

async function page(variables: Record<string, unknown>): Promise<Loose> {
  return ok(await api.query(STATEMENTS, variables)).statements;
}

describe('paging backward with last and before', () => {
  it('walks back from the last page to the first, meeting the forward pages in the same order', async () => {
    const all = keys(await page({ first: 100 }));
    expect(all).toHaveLength(12);

    const forward: string[][] = [];
    let cursor: string | null = null;
    let current: Loose;
    do {
      current = await page({ first: 5, after: cursor });
      forward.push(keys(current));
      cursor = current.pageInfo.endCursor;
    } while (current.pageInfo.hasNextPage);
    expect(forward.map((p) => p.length)).toEqual([5, 5, 2]);

    // From the last page (2 rows), Previous gives the middle page, then the first.
    const middle = await page({ last: 5, before: current.pageInfo.startCursor });
    expect(keys(middle)).toEqual(forward[1]);
    expect(middle.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const first = await page({ last: 5, before: middle.pageInfo.startCursor });
    expect(keys(first)).toEqual(forward[0]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.totalCount).toBe(12);
    expect([...keys(first), ...keys(middle), ...forward[2]!]).toEqual(all);
  });

  it('gives the end of the list with last and no cursor', async () => {
    const all = keys(await page({ first: 100 }));
    const tail = await page({ last: 3 });
    expect(keys(tail)).toEqual(all.slice(-3));
    expect(tail.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('pages back through a filtered list in another order', async () => {
    const orderBy = { field: 'INTENSITY', direction: 'ASC' };
    const filter = { stances: ['CRITICAL', 'HOSTILE'] };
    const all = keys(await page({ first: 100, orderBy, filter }));
    expect(all.length).toBe(11);
    const second = await page({ first: 4, after: null, orderBy, filter }).then((p) =>
      page({ first: 4, after: p.pageInfo.endCursor, orderBy, filter }),
    );
    const back = await page({ last: 4, before: second.pageInfo.startCursor, orderBy, filter });
    expect(keys(back)).toEqual(all.slice(0, 4));
    // A shorter backward page takes the rows just before the cursor.
    const two = await page({ last: 2, before: second.pageInfo.startCursor, orderBy, filter });
    expect(keys(two)).toEqual(all.slice(2, 4));
    expect(two.pageInfo.hasPreviousPage).toBe(true);
  });

  it('pages events back too', async () => {
    const EVENTS = `query ($first: Int, $after: String, $last: Int, $before: String) {
      events(first: $first, after: $after, last: $last, before: $before) {
        nodes { key } pageInfo { startCursor endCursor hasPreviousPage hasNextPage }
      }
    }`;
    const all = ok(await api.query(EVENTS, { first: 100 })).events.nodes.map((n: Loose) => n.key);
    const one = ok(await api.query(EVENTS, { first: 6 })).events;
    const two = ok(await api.query(EVENTS, { first: 6, after: one.pageInfo.endCursor })).events;
    const back = ok(await api.query(EVENTS, { last: 6, before: two.pageInfo.startCursor })).events;
    expect(back.nodes.map((n: Loose) => n.key)).toEqual(all.slice(0, 6));
    expect(back.pageInfo.hasPreviousPage).toBe(false);
  });

  it('refuses before without last, after with last, and a last out of range', async () => {
    const start = (await page({ first: 5 })).pageInfo.endCursor;
    expect(errorText(await api.query(STATEMENTS, { before: start }))).toMatch(/"before" needs "last"/);
    expect(errorText(await api.query(STATEMENTS, { last: 5, after: start }))).toMatch(
      /"after" cannot be combined with "last"/,
    );
    for (const last of [0, 101]) {
      const answer = await api.query(STATEMENTS, { last });
      expect(answer.data ?? null).toBeNull();
      expect(errorText(answer)).toMatch(/"last".*between 1 and 100/);
    }
    const forged = await api.query(STATEMENTS, { last: 5, before: 'bm90IGEgY3Vyc29y' });
    expect(errorText(forged)).toMatch(/"before" is not a cursor of this list; use a startCursor/);
  });

  it('weighs a backward page by its size in the cost limit, as a forward one', async () => {
    const nested = (paging: string) =>
      `{ statements(${paging}) { nodes { speaker { statements(first: 100) { nodes { key } } } } } }`;
    expect(ok(await api.query(nested('last: 2'))).statements.nodes).toHaveLength(2);
    for (const paging of ['first: 100', 'last: 100', 'first: 2, last: 100']) {
      const answer = await api.query(nested(paging));
      expect(answer.data ?? null).toBeNull();
      expect(errorText(answer)).toMatch(/cost/i);
    }
  });
});
