/**
 * A regime's designations paged through the API with real rows: a generated FtM file of 130
 * listings by one imposer, imported with the importer, then walked with `after` cursors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFtm } from '../../data/ingest/importers/ftm';
import { freshDatabase } from '../helpers/db';
import { regimeOf, writeListingsFile } from '../helpers/ftm';
import { errorText, ok, testServer, type Loose } from '../helpers/graphql';

const COUNT = 130;
const { db } = freshDatabase();
const api = testServer(db);
const listings = writeListingsFile(COUNT);
let regime: { key: string; imposer: string; target: string };

beforeAll(async () => {
  const summary = await importFtm(db, listings.file);
  expect(summary.designations.created).toBe(COUNT);
  const key = regimeOf(db, listings.keys[0]!)!;
  const row = db
    .prepare(
      `SELECT i.key AS imposer, t.key AS target FROM sanction_regimes r
       JOIN actors i ON i.id = r.imposer_id JOIN actors t ON t.id = r.target_id WHERE r.key = ?`,
    )
    .get(key) as { imposer: string; target: string };
  regime = { key, ...row };
});
afterAll(() => api.stop());

const PAGE = `query Page($imposer: String!, $target: String!, $first: Int, $after: String) {
  sanctionRegimes(filter: { imposer: $imposer, target: $target }) {
    key
    counted { designations individuals }
    designations(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { key listedOn designee { name } } }
    }
  }
}`;

async function page(first: number, after: string | null, r = regime) {
  const data = ok(await api.query(PAGE, { imposer: r.imposer, target: r.target, first, after }));
  return (data.sanctionRegimes as Loose[]).find((x) => x.key === r.key);
}

/** Every page from the first, following endCursor, as the screen's Next link does. */
async function walk(first: number) {
  const pages: Loose[] = [];
  let after: string | null = null;
  for (;;) {
    const regimePage = await page(first, after);
    pages.push(regimePage.designations);
    if (!regimePage.designations.pageInfo.hasNextPage) return { pages, counted: regimePage.counted };
    after = regimePage.designations.pageInfo.endCursor;
    expect(pages.length, 'more pages than the rows allow').toBeLessThanOrEqual(COUNT);
  }
}

describe('designations paged through the API', () => {
  it('walks every designation once, newest listing first, 20 a page', async () => {
    const { pages, counted } = await walk(20);
    // Individuals count people, not listings: five listings each.
    expect(counted).toEqual({ designations: COUNT, individuals: new Set(listings.designees.values()).size });
    expect(counted.individuals).toBe(26);
    expect(pages.map((p) => p.edges.length)).toEqual([20, 20, 20, 20, 20, 20, 10]);
    expect(pages.every((p) => p.totalCount === COUNT)).toBe(true);
    const keys = pages.flatMap((p) => p.edges.map((e: Loose) => e.node.key));
    expect(keys).toEqual(listings.keys);
    const dates = pages.flatMap((p) => p.edges.map((e: Loose) => e.node.listedOn));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(pages.flatMap((p) => p.edges.map((e: Loose) => e.node.designee.name))).toEqual(
      listings.keys.map((k) => listings.designees.get(k)),
    );
    // Page info: the last edge's cursor is endCursor; only the last page has no next one.
    for (const p of pages) {
      expect(p.pageInfo.endCursor).toBe(p.edges.at(-1).cursor);
      expect(p.pageInfo.startCursor).toBe(p.edges[0].cursor);
    }
    expect(pages.map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, true, true, true, true, false]);
    expect(pages[0].pageInfo.hasPreviousPage).toBe(false);
  });

  it('gives the same rows at the largest page size, in two pages', async () => {
    const { pages } = await walk(100);
    expect(pages.map((p) => p.edges.length)).toEqual([100, COUNT - 100]);
    expect(pages.flatMap((p) => p.edges.map((e: Loose) => e.node.key))).toEqual(listings.keys);
  });

  it('continues after any edge cursor, not only endCursor', async () => {
    const first = await page(20, null);
    const seventh = first.designations.edges[6].cursor;
    const next = await page(5, seventh);
    expect(next.designations.edges.map((e: Loose) => e.node.key)).toEqual(listings.keys.slice(7, 12));
  });

  it("refuses another regime's cursor, naming the argument", async () => {
    const cursor = (await page(20, null)).designations.pageInfo.endCursor;
    const answer = await api.query(PAGE, { imposer: 'japan', target: 'russia', first: 20, after: cursor });
    expect(errorText(answer)).toMatch(/"after".*is not a cursor of this list/);
  });
});
